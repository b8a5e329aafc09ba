import {
  type TCreateMentorProfile,
  type TCreateOffering,
  type TMentorProfile,
  type TOffering,
  type TUpdateMentorProfile,
  type TUpdateOffering,
  ZCreateMentorProfileSchema,
  ZCreateOfferingSchema,
  ZUpdateMentorProfileSchema,
  ZUpdateOfferingSchema,
} from '@ladder/domain';
import { Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { ApiZodBody, ZodBody } from '../../common/decorators/zod.decorators';
import { MentorsService } from './mentors.service';
import { OfferingsService } from './offerings.service';

/** The signed-in user's own mentor profile and offerings. */
@ApiTags('mentors')
@ApiBearerAuth()
@Controller('mentors/me')
export class MyMentorProfileController {
  constructor(
    private readonly mentors: MentorsService,
    private readonly offerings: OfferingsService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Apply as a mentor',
    description:
      'Creates a pending profile and gives the caller the mentor role. 409 `mentor_profile_exists`.',
  })
  @ApiZodBody(ZCreateMentorProfileSchema)
  apply(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZCreateMentorProfileSchema) body: TCreateMentorProfile,
  ): Promise<TMentorProfile> {
    return this.mentors.apply(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'My mentor profile, in any status (404 when I have none)' })
  get(@CurrentUser() user: AuthUser): Promise<TMentorProfile> {
    return this.mentors.getMine(user);
  }

  @Patch()
  @ApiOperation({ summary: 'Edit my profile (any subset); a rejected profile goes back to pending' })
  @ApiZodBody(ZUpdateMentorProfileSchema)
  update(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZUpdateMentorProfileSchema) body: TUpdateMentorProfile,
  ): Promise<TMentorProfile> {
    return this.mentors.updateMine(user, body);
  }

  @Post('offerings')
  @ApiOperation({ summary: 'Add an offering (price in integer minor units; 0 = free intro call)' })
  @ApiZodBody(ZCreateOfferingSchema)
  createOffering(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZCreateOfferingSchema) body: TCreateOffering,
  ): Promise<TOffering> {
    return this.offerings.create(user, body);
  }

  @Get('offerings')
  @ApiOperation({ summary: 'My offerings (archived ones excluded)' })
  listOfferings(@CurrentUser() user: AuthUser): Promise<{ items: TOffering[] }> {
    return this.offerings.listMine(user);
  }

  @Patch('offerings/:id')
  @ApiOperation({ summary: 'Edit one of my offerings' })
  @ApiZodBody(ZUpdateOfferingSchema)
  updateOffering(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @ZodBody(ZUpdateOfferingSchema) body: TUpdateOffering,
  ): Promise<TOffering> {
    return this.offerings.update(user, id, body);
  }

  @Delete('offerings/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Archive one of my offerings (bookings keep referencing it)' })
  async deleteOffering(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    await this.offerings.archive(user, id);
  }
}
