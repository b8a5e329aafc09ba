import {
  type TListMentorsQuery,
  type TMentorProfile,
  type TMentorSummary,
  type TPage,
  ZListMentorsQuerySchema,
} from '@ladder/domain';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators';
import { ApiZodQuery, ZodQuery } from '../../common/decorators/zod.decorators';
import { MentorsService } from './mentors.service';

@ApiTags('mentors')
@Public()
@Controller('mentors')
export class MentorsController {
  constructor(private readonly mentors: MentorsService) {}

  @Get()
  @ApiOperation({ summary: 'Search approved mentors' })
  @ApiZodQuery(ZListMentorsQuerySchema)
  list(@ZodQuery(ZListMentorsQuerySchema) query: TListMentorsQuery): Promise<TPage<TMentorSummary>> {
    return this.mentors.list(query);
  }

  @Get(':slug')
  @ApiOperation({ summary: 'A mentor profile with offerings and rating' })
  get(@Param('slug') slug: string): Promise<TMentorProfile> {
    return this.mentors.getPublicBySlug(slug);
  }
}
