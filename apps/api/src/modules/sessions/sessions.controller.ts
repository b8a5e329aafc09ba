import {
  type TCreateNote,
  type TCreateReview,
  type TListReviewsQuery,
  type TNote,
  type TPage,
  type TReview,
  type TUpdateNote,
  ZCreateNoteSchema,
  ZCreateReviewSchema,
  ZListReviewsQuerySchema,
  ZUpdateNoteSchema,
} from '@ladder/domain';
import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, OptionalUser, Public } from '../../common/auth/decorators';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '../../common/decorators/zod.decorators';
import { AppError } from '../../common/errors/app-error';
import { SessionsService } from './sessions.service';

const bookingId = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Booking') });
const noteId = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Note') });

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('bookings')
export class SessionNotesController {
  constructor(private readonly sessions: SessionsService) {}

  @Post(':id/notes')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Add a note: the mentor chooses private or shared; a private note from the mentee is 422 `private_note_not_allowed`; a booking whose hold expired is 422 `booking_expired`',
    description:
      'Plain text (rendered escaped), 1 to 5000 characters after trimming. Anyone but the mentee and mentor gets 404. ' +
      'Adding, editing and deleting notes share a budget of 120 per user per hour (then 429 `rate_limited` with Retry-After).',
  })
  @ApiZodBody(ZCreateNoteSchema)
  addNote(
    @CurrentUser() user: AuthUser,
    @Param('id', bookingId) id: string,
    @ZodBody(ZCreateNoteSchema) body: TCreateNote,
  ): Promise<TNote> {
    return this.sessions.addNote(user, id, body);
  }

  @Get(':id/notes')
  @ApiOperation({
    summary: "The booking's notes, oldest first; the mentee never sees the mentor's private notes",
  })
  listNotes(@CurrentUser() user: AuthUser, @Param('id', bookingId) id: string): Promise<{ items: TNote[] }> {
    return this.sessions.listNotes(user, id);
  }

  @Patch(':id/notes/:noteId')
  @ApiOperation({
    summary:
      "Edit a note: its author only. The other party gets 403 `not_the_author` for a note they can read and 404 for one they cannot (the mentor's private notes); anyone else 404",
    description:
      'Any of `body` and `visibility`, at least one; a mentee making a note private is 422 `private_note_not_allowed`.',
  })
  @ApiZodBody(ZUpdateNoteSchema)
  updateNote(
    @CurrentUser() user: AuthUser,
    @Param('id', bookingId) id: string,
    @Param('noteId', noteId) note: string,
    @ZodBody(ZUpdateNoteSchema) body: TUpdateNote,
  ): Promise<TNote> {
    return this.sessions.updateNote(user, id, note, body);
  }

  @Delete(':id/notes/:noteId')
  @HttpCode(204)
  @ApiOperation({
    summary:
      "Delete a note: its author only. The other party gets 403 `not_the_author` for a note they can read and 404 for one they cannot (the mentor's private notes); anyone else 404",
  })
  async deleteNote(
    @CurrentUser() user: AuthUser,
    @Param('id', bookingId) id: string,
    @Param('noteId', noteId) note: string,
  ): Promise<void> {
    await this.sessions.deleteNote(user, id, note);
  }

  @Post(':id/review')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'The mentee reviews a confirmed session once it has started: 409 `already_reviewed`, 422 `not_reviewable`',
    description:
      "Updates the mentor's rating at once. The mentor gets 403 `not_the_mentee`; anyone else 404.",
  })
  @ApiZodBody(ZCreateReviewSchema)
  review(
    @CurrentUser() user: AuthUser,
    @Param('id', bookingId) id: string,
    @ZodBody(ZCreateReviewSchema) body: TCreateReview,
  ): Promise<TReview> {
    return this.sessions.review(user, id, body);
  }
}

@ApiTags('mentors')
@Public()
@Controller('mentors')
export class MentorReviewsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get(':slug/reviews')
  @ApiOperation({
    summary: "An approved mentor's reviews, newest first (keyset pagination through `nextCursor`)",
    description: '404 unless the mentor is approved and visible.',
  })
  @ApiZodQuery(ZListReviewsQuerySchema)
  list(
    @Param('slug') slug: string,
    @ZodQuery(ZListReviewsQuerySchema) query: TListReviewsQuery,
    @OptionalUser() viewer: AuthUser | null,
  ): Promise<TPage<TReview>> {
    return this.sessions.listMentorReviews(slug, query, viewer);
  }
}
