import type {
  TCreateNote,
  TCreateReview,
  TListReviewsQuery,
  TNote,
  TPage,
  TReview,
  TUpdateNote,
} from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

/*
 * "After the session" (CONTRACT.md): notes on a booking and the mentee's review. Calls made on
 * someone's behalf from the server pass `sessionHeaders()` in `init.headers`.
 */
type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

const NO_STORE = { cache: 'no-store' } as const;

const notesPath = (bookingId: string) => `/bookings/${encodeURIComponent(bookingId)}/notes`;

/** `GET /bookings/{id}/notes` — oldest first; the mentee never gets the mentor's private notes. */
export function listNotes(bookingId: string, init: TInit = {}): Promise<{ items: TNote[] }> {
  return apiFetch<{ items: TNote[] }>(notesPath(bookingId), { ...NO_STORE, ...init });
}

/** `POST /bookings/{id}/notes` → 201 `note`; 422 `private_note_not_allowed` for a mentee's private note. */
export function addNote(bookingId: string, body: TCreateNote, init: TInit = {}): Promise<TNote> {
  return apiFetch<TNote>(notesPath(bookingId), { ...NO_STORE, ...init, method: 'POST', body });
}

const notePath = (bookingId: string, noteId: string) =>
  `${notesPath(bookingId)}/${encodeURIComponent(noteId)}`;

/**
 * `PATCH /bookings/{id}/notes/{noteId}` → 200 `note`: its author only (the other party 403
 * `not_the_author`); 422 `private_note_not_allowed` for a mentee making a note private.
 */
export function updateNote(
  bookingId: string,
  noteId: string,
  body: TUpdateNote,
  init: TInit = {},
): Promise<TNote> {
  return apiFetch<TNote>(notePath(bookingId, noteId), { ...NO_STORE, ...init, method: 'PATCH', body });
}

/** `DELETE /bookings/{id}/notes/{noteId}` → 204: its author only (the other party 403 `not_the_author`). */
export function deleteNote(bookingId: string, noteId: string, init: TInit = {}): Promise<void> {
  return apiFetch<void>(notePath(bookingId, noteId), { ...NO_STORE, ...init, method: 'DELETE' });
}

/** `POST /bookings/{id}/review` → 201 `review`; 409 `already_reviewed`; 422 `not_reviewable`. */
export function reviewBooking(bookingId: string, body: TCreateReview, init: TInit = {}): Promise<TReview> {
  return apiFetch<TReview>(`/bookings/${encodeURIComponent(bookingId)}/review`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
    body,
  });
}

/** `GET /mentors/{slug}/reviews` — newest first, public; ApiError 404 unless the mentor is visible. */
export function listMentorReviews(
  slug: string,
  query: TListReviewsQuery = {},
  // With the reader's session headers, their own reviews come back marked `mine`.
  init: Pick<TApiRequestInit, 'cache' | 'next' | 'signal' | 'headers'> = NO_STORE,
): Promise<TPage<TReview>> {
  return apiFetch<TPage<TReview>>(`/mentors/${encodeURIComponent(slug)}/reviews`, { ...init, query });
}
