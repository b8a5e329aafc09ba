import {
  type TListMentorApplicationsQuery,
  type TMentorApplication,
  type TMentorProfile,
  type TPage,
  type TRejectMentor,
  ZListMentorApplicationsQuerySchema,
  ZRejectMentorSchema,
} from '@ladder/domain';
import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../common/auth/decorators';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '../../common/decorators/zod.decorators';
import { MentorsService } from './mentors.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/mentors')
export class AdminMentorsController {
  constructor(private readonly mentors: MentorsService) {}

  @Get()
  @ApiOperation({ summary: 'Mentor applications, oldest first, with the applicant email' })
  @ApiZodQuery(ZListMentorApplicationsQuerySchema)
  list(
    @ZodQuery(ZListMentorApplicationsQuerySchema) query: TListMentorApplicationsQuery,
  ): Promise<TPage<TMentorApplication>> {
    return this.mentors.listApplications(query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve an application; the mentor is emailed' })
  approve(@CurrentUser() admin: AuthUser, @Param('id') id: string): Promise<TMentorProfile> {
    return this.mentors.approve(admin, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject an application with a reason; the mentor is emailed' })
  @ApiZodBody(ZRejectMentorSchema)
  reject(
    @CurrentUser() admin: AuthUser,
    @Param('id') id: string,
    @ZodBody(ZRejectMentorSchema) body: TRejectMentor,
  ): Promise<TMentorProfile> {
    return this.mentors.reject(admin, id, body.reason);
  }
}
