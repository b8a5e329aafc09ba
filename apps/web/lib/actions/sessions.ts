'use server';

import { type TNote, type TReview, ZCreateNoteSchema, ZCreateReviewSchema, ZUuid } from '@ladder/domain';
import type { ApiError } from '@/lib/api/client';
import { callWithSession } from '@/lib/api/server-session';
import { addNote, reviewBooking } from '@/lib/api/sessions';
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

export type TReviewFormState =
  | { status: 'idle' }
  | { status: 'done'; review: TReview | null; message: string }
  | { status: 'failed'; message: string; rating: string; body: string };

const NOTE_MESSAGES: Record<string, string> = {
  private_note_not_allowed: 'Only the mentor can keep private notes. Share this note or keep it elsewhere.',
  not_found: 'We couldn’t find this session. It may have been removed.',
  unauthorized: 'Your session has ended. Please sign in again.',
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
