import type {
  TBooking,
  TCancelBooking,
  TCreateBooking,
  TListBookingsQuery,
  TRescheduleBooking,
  TSlotsResponse,
} from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

/** CONTRACT.md `booking` plus the names and zones the API adds for dashboards. */
export type TBookingView = TBooking & {
  source: string;
  offering: { title: string; durationMinutes: number };
  mentor: { name: string; slug: string; timezone: string; userId: string };
  mentee: { name: string; timezone: string };
  cancelledBy: string | null;
  createdAt: string;
  /** The mentee has left their review (once per booking). */
  reviewed?: boolean;
};

/**
 * Headers for calls made on someone's behalf from the server (`sessionHeaders()`: cookies,
 * Origin). Browser calls need none: they go through the same-origin rewrite.
 */
type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

const NO_STORE = { cache: 'no-store' } as const;

/** `GET /mentors/{slug}/slots` — free start times of one offering in `[from, to)` (≤ 62 days), UTC. */
export function getSlots(
  slug: string,
  query: { offeringId: string; from: string; to: string },
  init: TInit = {},
): Promise<TSlotsResponse> {
  return apiFetch<TSlotsResponse>(`/mentors/${encodeURIComponent(slug)}/slots`, {
    ...NO_STORE,
    ...init,
    query,
  });
}

/**
 * `POST /bookings` → 201: `confirmed` (free) or `held` with `checkoutUrl`. Pass one
 * `idempotencyKey` per attempt and reuse it when retrying that attempt. 409 `slot_unavailable`,
 * 409 `mentee_overlap`, 422 `cannot_book_self`.
 */
export function createBooking(
  body: TCreateBooking,
  idempotencyKey: string,
  init: TInit = {},
): Promise<TBookingView> {
  return apiFetch<TBookingView>('/bookings', {
    ...NO_STORE,
    ...init,
    method: 'POST',
    body,
    headers: { ...init.headers, 'idempotency-key': idempotencyKey },
  });
}

/** `GET /bookings` — the caller's bookings as mentee, as mentor, or both (no role). */
export function listBookings(
  query: TListBookingsQuery = {},
  init: TInit = {},
): Promise<{ items: TBookingView[] }> {
  return apiFetch<{ items: TBookingView[] }>('/bookings', { ...NO_STORE, ...init, query });
}

/** `GET /bookings/{id}` — for its mentee, its mentor and admins; ApiError 404 for anyone else. */
export function getBooking(id: string, init: TInit = {}): Promise<TBookingView> {
  return apiFetch<TBookingView>(`/bookings/${encodeURIComponent(id)}`, { ...NO_STORE, ...init });
}

/** `POST /bookings/{id}/cancel` → the cancelled booking with its `refundAmount`. */
export function cancelBooking(id: string, body: TCancelBooking, init: TInit = {}): Promise<TBookingView> {
  return apiFetch<TBookingView>(`/bookings/${encodeURIComponent(id)}/cancel`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
    body,
  });
}

/** `POST /bookings/{id}/reschedule` → the booking at its new time; 409 `slot_unavailable`. */
export function rescheduleBooking(
  id: string,
  body: TRescheduleBooking,
  init: TInit = {},
): Promise<TBookingView> {
  return apiFetch<TBookingView>(`/bookings/${encodeURIComponent(id)}/reschedule`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
    body,
  });
}

/**
 * `POST /bookings/{id}/no-show` (its mentor, once a confirmed session has started) → `no_show`;
 * 409 `not_no_show` before the start or once it is no longer confirmed, 403 `mentor_only`.
 */
export function markNoShow(id: string, init: TInit = {}): Promise<TBookingView> {
  return apiFetch<TBookingView>(`/bookings/${encodeURIComponent(id)}/no-show`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
  });
}

/** `POST /payments/offline/{id}/pay` (demo payments) → confirmed; 409 `hold_expired`. */
export function payOffline(id: string, init: TInit = {}): Promise<TBookingView> {
  return apiFetch<TBookingView>(`/payments/offline/${encodeURIComponent(id)}/pay`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
  });
}
