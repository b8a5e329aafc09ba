import { z } from 'zod';
import { ZIsoDateTime, ZUuid } from './common';

export const NOTE_VISIBILITIES = ['shared', 'private'] as const;
export type TNoteVisibility = (typeof NOTE_VISIBILITIES)[number];

export const NOTE_AUTHOR_ROLES = ['mentor', 'mentee'] as const;
export type TNoteAuthorRole = (typeof NOTE_AUTHOR_ROLES)[number];

export const NOTE_BODY_MAX = 5000;
export const REVIEW_BODY_MAX = 2000;

/** POST /bookings/{id}/notes — plain text; `private` is for the booking's mentor only. */
export const ZCreateNoteSchema = z.strictObject({
  body: z
    .string()
    .trim()
    .min(1, 'Write something first')
    .max(NOTE_BODY_MAX, `At most ${NOTE_BODY_MAX} characters`),
  visibility: z.enum(NOTE_VISIBILITIES),
});
export type TCreateNote = z.infer<typeof ZCreateNoteSchema>;

/** PATCH /bookings/{id}/notes/{noteId} — its author fixes the text or (mentor) the visibility. */
export const ZUpdateNoteSchema = ZCreateNoteSchema.partial().refine(
  (v) => v.body !== undefined || v.visibility !== undefined,
  { message: 'Change the text or the visibility', path: ['body'] },
);
export type TUpdateNote = z.infer<typeof ZUpdateNoteSchema>;

/** The `note` resource. */
export const ZNoteSchema = z.object({
  id: ZUuid,
  bookingId: ZUuid,
  authorId: ZUuid,
  authorRole: z.enum(NOTE_AUTHOR_ROLES),
  visibility: z.enum(NOTE_VISIBILITIES),
  body: z.string(),
  createdAt: ZIsoDateTime,
  /** The last edit by its author; equal to `createdAt` until then (an addition to the CONTRACT shape). */
  updatedAt: ZIsoDateTime.optional(),
});
export type TNote = z.infer<typeof ZNoteSchema>;

/** POST /bookings/{id}/review — plain text, may be empty. */
export const ZCreateReviewSchema = z.strictObject({
  rating: z.number().int('A whole number of stars').min(1, 'At least 1 star').max(5, 'At most 5 stars'),
  body: z.string().trim().max(REVIEW_BODY_MAX, `At most ${REVIEW_BODY_MAX} characters`),
});
export type TCreateReview = z.infer<typeof ZCreateReviewSchema>;

/** The `review` resource. */
export const ZReviewSchema = z.object({
  id: ZUuid,
  bookingId: ZUuid,
  mentorId: ZUuid,
  rating: z.number().int().min(1).max(5),
  body: z.string(),
  author: z.object({ name: z.string() }),
  createdAt: ZIsoDateTime,
  /** In a list read by a signed-in user: true on the reviews they wrote. */
  mine: z.literal(true).optional(),
});
export type TReview = z.infer<typeof ZReviewSchema>;

/** GET /mentors/{slug}/reviews */
export const ZListReviewsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).optional(),
  cursor: z.string().max(500).optional(),
});
export type TListReviewsQuery = z.infer<typeof ZListReviewsQuerySchema>;
