'use server';

import {
  type TNote,
  type TReview,
  ZCreateNoteSchema,
  ZCreateReviewSchema,
  ZUpdateNoteSchema,
  ZUuid,
} from '@ladder/domain';
import type { ApiError } from '@/lib/api/client';
import { callWithSession } from '@/lib/api/server-session';
import { addNote, deleteNote, reviewBooking, updateNote } from '@/lib/api/sessions';
import { formString, tooManyAttemptsMessage, UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE } from '@/lib/forms';

/*
 * Notes and reviews on a booking, for `useActionState` forms (they work without JavaScript too).
 * The API decides who may write what; these only turn form fields into its bodies and its
 * problems into sentences.
 */

export type TNoteFormState = {
  /** Notes this form added since the page was rendered, oldest first. */
  added: TNote[];
  error: string | null;
  /** The text to keep in the box after a failure (cleared after a success). */
  draft: string;
};

/** One of the viewer's own notes being edited or deleted. */
export type TNoteEditState = {
  /** The note as last saved by this form (null until then). */
  note: TNote | null;
  /** True once the note is deleted. */
  deleted: boolean;
  error: string | null;
  /** The text to keep in the box after a failed save. */
  draft: string | null;
};

export type TReviewFormState =
  | { status: 'idle' }
  | { status: 'done'; review: TReview | null; message: string }
  | { status: 'failed'; message: string; rating: string; body: string };

const NOTE_MESSAGES: Record<string, string> = {
  private_note_not_allowed: 'Only the mentor can keep private notes. Share this note or keep it elsewhere.',
  booking_expired: 'This hold expired before it was paid for, so notes can no longer be added.',
  not_found: 'We couldn’t find this session. It may have been removed.',
  unauthorized: 'Your session has ended. Please sign in again.',
};

const NOTE_EDIT_MESSAGES: Record<string, string> = {
  ...NOTE_MESSAGES,
  not_the_author: 'Only the person who wrote a note can change or delete it.',
  not_found: 'We couldn’t find this note. It may have been deleted already.',
};

const REVIEW_MESSAGES: Record<string, string> = {
  not_reviewable: 'You can review a session once it has started, and only if it was confirmed.',
  not_the_mentee: 'Only the mentee can review a session.',
  not_found: 'We couldn’t find this session. It may have been removed.',
  unauthorized: 'Your session has ended. Please sign in again.',
};

/** A sentence for an API failure: known codes first, then the status. */
function messageFor(error: ApiError, messages: Record<string, string>): string {
  const code = error.status === 401 ? 'unauthorized' : error.status === 404 ? 'not_found' : error.code;
  if (Object.hasOwn(messages, code)) return messages[code] ?? UNEXPECTED_MESSAGE;
  if (error.status === 429) return tooManyAttemptsMessage(error.retryAfterSeconds);
  if (error.isUnreachable) return UNREACHABLE_MESSAGE;
  if (error.code === 'validation_failed') return error.errors[0]?.message ?? 'Please check what you wrote.';
  return UNEXPECTED_MESSAGE;
}

/** Adds a note (`body`, `visibility`) to booking `bookingId`; bind the id in the page. */
export async function addNoteAction(
  bookingId: string,
  previous: TNoteFormState,
  formData: FormData,
): Promise<TNoteFormState> {
  const draft = formString(formData, 'body');
  if (!ZUuid.safeParse(bookingId).success) {
    return { ...previous, error: NOTE_MESSAGES.not_found ?? UNEXPECTED_MESSAGE, draft };
  }
  const parsed = ZCreateNoteSchema.safeParse({
    body: draft,
    visibility: formString(formData, 'visibility') || 'shared',
  });
  if (!parsed.success) {
    return { ...previous, error: parsed.error.issues[0]?.message ?? 'Please check your note.', draft };
  }
  const result = await callWithSession((headers) => addNote(bookingId, parsed.data, { headers }));
  if (!result.ok) return { ...previous, error: messageFor(result.error, NOTE_MESSAGES), draft };
  return { added: [...previous.added, result.data], error: null, draft: '' };
}

const validNoteIds = (ids: { bookingId: string; noteId: string }) =>
  ZUuid.safeParse(ids.bookingId).success && ZUuid.safeParse(ids.noteId).success;

/** Saves the new text (`body`) of one of the viewer's notes; bind the ids in the page. */
export async function updateNoteAction(
  ids: { bookingId: string; noteId: string },
  previous: TNoteEditState,
  formData: FormData,
): Promise<TNoteEditState> {
  const draft = formString(formData, 'body');
  if (!validNoteIds(ids))
    return { ...previous, error: NOTE_EDIT_MESSAGES.not_found ?? UNEXPECTED_MESSAGE, draft };
  const parsed = ZUpdateNoteSchema.safeParse({ body: draft });
  if (!parsed.success) {
    return { ...previous, error: parsed.error.issues[0]?.message ?? 'Please check your note.', draft };
  }
  const result = await callWithSession((headers) =>
    updateNote(ids.bookingId, ids.noteId, parsed.data, { headers }),
  );
  if (!result.ok) return { ...previous, error: messageFor(result.error, NOTE_EDIT_MESSAGES), draft };
  return { note: result.data, deleted: false, error: null, draft: null };
}

/** Deletes one of the viewer's notes (after the form's confirmation step). */
export async function deleteNoteAction(
  ids: { bookingId: string; noteId: string },
  previous: TNoteEditState,
  _formData: FormData,
): Promise<TNoteEditState> {
  if (!validNoteIds(ids)) return { ...previous, error: NOTE_EDIT_MESSAGES.not_found ?? UNEXPECTED_MESSAGE };
  const result = await callWithSession((headers) => deleteNote(ids.bookingId, ids.noteId, { headers }));
  if (!result.ok) {
    // Already gone: what the author wanted.
    if (result.error.status === 404) return { ...previous, deleted: true, error: null };
    return { ...previous, error: messageFor(result.error, NOTE_EDIT_MESSAGES) };
  }
  return { ...previous, deleted: true, error: null };
}

/** The mentee's review (`rating` 1–5 from radio buttons, `body`) of booking `bookingId`. */
export async function reviewSessionAction(
  bookingId: string,
  _previous: TReviewFormState,
  formData: FormData,
): Promise<TReviewFormState> {
  const rating = formString(formData, 'rating');
  const body = formString(formData, 'body');
  const failed = (message: string): TReviewFormState => ({ status: 'failed', message, rating, body });
  if (!ZUuid.safeParse(bookingId).success) return failed(REVIEW_MESSAGES.not_found ?? UNEXPECTED_MESSAGE);
  if (!/^[1-5]$/.test(rating)) return failed('Choose a rating from 1 to 5 stars.');
  const parsed = ZCreateReviewSchema.safeParse({ rating: Number(rating), body });
  if (!parsed.success) return failed(parsed.error.issues[0]?.message ?? 'Please check your review.');
  const result = await callWithSession((headers) => reviewBooking(bookingId, parsed.data, { headers }));
  if (result.ok)
    return { status: 'done', review: result.data, message: 'Thank you — your review is published.' };
  if (result.error.code === 'already_reviewed') {
    return { status: 'done', review: null, message: 'You have already reviewed this session. Thank you!' };
  }
  return failed(messageFor(result.error, REVIEW_MESSAGES));
}
