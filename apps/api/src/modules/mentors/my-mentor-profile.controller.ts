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
import { CurrentUser, Roles } from '../../common/auth/decorators';
import { ApiZodBody, ZodBody } from '../../common/decorators/zod.decorators';
import { MentorsService } from './mentors.service';
import { OfferingsService } from './offerings.service';

/**
 * The signed-in user's own mentor profile and offerings. Applying is open to any user; the rest is
 * "the mentor"'s (CONTRACT.md): a caller without the mentor role gets 403, as for any missing role.
 */
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
  @Roles('mentor')
  @ApiOperation({
    summary: 'My mentor profile, in any status (403 without the mentor role, i.e. before applying)',
  })
  get(@CurrentUser() user: AuthUser): Promise<TMentorProfile> {
    return this.mentors.getMine(user);
  }

  @Patch()
  @Roles('mentor')
  @ApiOperation({ summary: 'Edit my profile (any subset); a rejected profile goes back to pending' })
  @ApiZodBody(ZUpdateMentorProfileSchema)
  update(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZUpdateMentorProfileSchema) body: TUpdateMentorProfile,
  ): Promise<TMentorProfile> {
    return this.mentors.updateMine(user, body);
  }

  @Post('offerings')
  @Roles('mentor')
  @ApiOperation({ summary: 'Add an offering (price in integer minor units; 0 = free intro call)' })
  @ApiZodBody(ZCreateOfferingSchema)
  createOffering(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZCreateOfferingSchema) body: TCreateOffering,
  ): Promise<TOffering> {
    return this.offerings.create(user, body);
  }

  @Get('offerings')
  @Roles('mentor')
  @ApiOperation({ summary: 'My offerings (archived ones excluded)' })
  listOfferings(@CurrentUser() user: AuthUser): Promise<{ items: TOffering[] }> {
    return this.offerings.listMine(user);
  }

  @Patch('offerings/:id')
  @Roles('mentor')
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
  @Roles('mentor')
  @HttpCode(204)
  @ApiOperation({ summary: 'Archive one of my offerings (bookings keep referencing it)' })
  async deleteOffering(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    await this.offerings.archive(user, id);
  }
}
