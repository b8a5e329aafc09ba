'use server';

import { ZCancelBookingSchema, ZCreateBookingSchema, ZRescheduleBookingSchema, ZUuid } from '@ladder/domain';
import {
  cancelBooking as apiCancelBooking,
  createBooking as apiCreateBooking,
  markNoShow as apiMarkNoShow,
  payOffline as apiPayOffline,
  rescheduleBooking as apiRescheduleBooking,
  type TBookingView,
} from '@/lib/api/bookings';
import type { ApiError } from '@/lib/api/client';
import { callWithSession } from '@/lib/api/server-session';
import { tooManyAttemptsMessage, UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE } from '@/lib/forms';

/*
 * Booking mutations. They run on the web server and forward the visitor's session cookies and
 * Origin to the API (as lib/actions/auth.ts does). Going through a page POST also means proxy.ts
 * has refreshed an expired access token first, so a visitor who sat on the checkout page for a
 * quarter of an hour can still pay. The API checks who may do what on every call.
 */

export type TBookingActionResult =
  | { ok: true; booking: TBookingView }
  | {
      ok: false;
      /** The API's stable code (`slot_unavailable`, `hold_expired` …), `unauthorized` when signed out. */
      code: string;
      message: string;
      /** The request may not have reached the API: retrying the same attempt is safe and sensible. */
      retryable: boolean;
    };

const MESSAGES: Record<string, string> = {
  slot_unavailable:
    'Sorry, that time was just taken or is no longer free. We refreshed the free times: please pick another.',
  mentee_overlap: 'You already have a session at that time. Please pick another time.',
  cannot_book_self: 'This is your own profile. Mentors can’t book their own sessions.',
  hold_expired: 'This hold expired and the slot was released.',
  not_cancellable: 'This booking can no longer be cancelled.',
  not_reschedulable: 'This booking can no longer be moved.',
  not_no_show:
    'A no-show can only be recorded for a confirmed session once it has started, before Ladder marks it completed.',
  unauthorized: 'Your session has ended. Please sign in again.',
  not_found: 'We couldn’t find this booking. It may have been removed.',
  payment_provider_unavailable:
    'Payments are unavailable for a moment. Nothing was charged or changed: please try again in a minute.',
};

function failure(code: string, message?: string, retryable = false): TBookingActionResult {
  return {
    ok: false,
    code,
    message: message ?? (Object.hasOwn(MESSAGES, code) ? MESSAGES[code] : undefined) ?? UNEXPECTED_MESSAGE,
    retryable,
  };
}

function fromApiError(error: ApiError): TBookingActionResult {
  if (error.status === 401) return failure('unauthorized');
  if (error.status === 404) return failure('not_found');
  if (error.status === 429) return failure('rate_limited', tooManyAttemptsMessage(error.retryAfterSeconds));
  if (error.isUnreachable) return failure(error.code, UNREACHABLE_MESSAGE, true);
  if (Object.hasOwn(MESSAGES, error.code)) return failure(error.code);
  if (error.status === 409 || error.status === 422) {
    return failure(error.code, error.detail ?? error.title);
  }
  if (error.code === 'validation_failed')
    return failure(error.code, 'That time isn’t valid. Please pick a slot.');
  return failure(error.code, UNEXPECTED_MESSAGE, error.status >= 500);
}

async function run(
  call: (headers: Record<string, string>) => Promise<TBookingView>,
): Promise<TBookingActionResult> {
  const result = await callWithSession(call);
  return result.ok ? { ok: true, booking: result.data } : fromApiError(result.error);
}

/**
 * Book `start` of an offering. `idempotencyKey` is a UUID made in the browser for this attempt;
 * a retry of the same attempt (after a network failure) sends the same key and gets the same booking.
 */
export async function bookSlot(input: {
  offeringId: string;
  start: string;
  idempotencyKey: string;
}): Promise<TBookingActionResult> {
  const body = ZCreateBookingSchema.safeParse({ offeringId: input.offeringId, start: input.start });
  const key = ZUuid.safeParse(input.idempotencyKey);
  if (!body.success || !key.success) return failure('validation_failed', 'Please pick a time to book.');
  return run((headers) => apiCreateBooking(body.data, key.data, { headers }));
}

/** Cancel a booking (its mentee or mentor); the answer carries the refund the API settled. */
export async function cancelBookingAction(id: string, reason: string): Promise<TBookingActionResult> {
  if (!ZUuid.safeParse(id).success) return failure('not_found');
  const trimmed = reason.trim();
  const body = ZCancelBookingSchema.safeParse(trimmed ? { reason: trimmed } : {});
  if (!body.success)
    return failure('validation_failed', body.error.issues[0]?.message ?? 'Check the reason.');
  return run((headers) => apiCancelBooking(id, body.data, { headers }));
}

/** Move a booking to another free slot of the same offering; atomic on the API side. */
export async function rescheduleBookingAction(id: string, start: string): Promise<TBookingActionResult> {
  if (!ZUuid.safeParse(id).success) return failure('not_found');
  const body = ZRescheduleBookingSchema.safeParse({ start });
  if (!body.success) return failure('validation_failed', 'Please pick a new time.');
  return run((headers) => apiRescheduleBooking(id, body.data, { headers }));
}

/** The mentor records that the mentee did not come to a session that has started. */
export async function markNoShowAction(id: string): Promise<TBookingActionResult> {
  if (!ZUuid.safeParse(id).success) return failure('not_found');
  return run((headers) => apiMarkNoShow(id, { headers }));
}

/** Demo payment of a held booking (PAYMENTS_PROVIDER=offline): confirms it; 409 `hold_expired`. */
export async function payOfflineAction(id: string): Promise<TBookingActionResult> {
  if (!ZUuid.safeParse(id).success) return failure('not_found');
  return run((headers) => apiPayOffline(id, { headers }));
}
