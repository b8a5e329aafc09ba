import {
  type TListMentorsQuery,
  type TMentorProfile,
  type TMentorSummary,
  type TPage,
  ZListMentorsQuerySchema,
} from '@ladder/domain';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { OptionalUser, Public } from '../../common/auth/decorators';
import { ApiZodQuery, ZodQuery } from '../../common/decorators/zod.decorators';
import { MentorSearchService } from './mentor-search.service';
import { MentorsService } from './mentors.service';

@ApiTags('mentors')
@Public()
@Controller('mentors')
export class MentorsController {
  constructor(
    private readonly mentors: MentorsService,
    private readonly search: MentorSearchService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Search approved mentors',
    description:
      'Full-text and fuzzy-name search with filters; keyset pagination through the opaque `nextCursor`. ' +
      '`expertise` may repeat (any of). Sort defaults to relevance with `q`, else rating.',
  })
  @ApiZodQuery(ZListMentorsQuerySchema)
  list(@ZodQuery(ZListMentorsQuerySchema) query: TListMentorsQuery): Promise<TPage<TMentorSummary>> {
    return this.search.search(query);
  }

  @Get(':slug')
  @ApiOperation({
    summary: 'A mentor profile with offerings and rating',
    description: '404 unless approved and visible; the mentor themself and admins see it in any state.',
  })
  get(@Param('slug') slug: string, @OptionalUser() viewer: AuthUser | null): Promise<TMentorProfile> {
    return this.mentors.getBySlug(slug, viewer);
  }
}
