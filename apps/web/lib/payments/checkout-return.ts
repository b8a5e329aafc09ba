import type { TBooking } from '@ladder/domain';

/** The `?checkout=` a hosted checkout (Stripe) sends the mentee back to the booking page with. */
export type TCheckoutReturn = 'success' | 'cancelled';

export function checkoutReturnOf(value: string | string[] | undefined): TCheckoutReturn | null {
  return value === 'success' || value === 'cancelled' ? value : null;
}

/**
 * What the booking page tells its mentee about the payment:
 * - `confirming`: back from a successful checkout while the booking is still held — the payment
 *   webhook has not arrived yet; the page refreshes until it has;
 * - `confirmed`: back from checkout and confirmed;
 * - `refunded`: the payment came after the hold ended and the time was taken (or the booking was
 *   gone), so it was refunded in full — the booking is not confirmed;
 * - `retry`: back from a cancelled checkout while the hold still lasts: pay, or cancel to free the time;
 * - `hold_ended`: back from a cancelled checkout after the hold ended;
 * - null: nothing to say.
 */
export type TCheckoutNotice = 'confirming' | 'confirmed' | 'refunded' | 'retry' | 'hold_ended';

type TPaidBooking = Pick<TBooking, 'status' | 'priceAmount' | 'holdExpiresAt' | 'refundAmount'>;

export function checkoutNotice(
  booking: TPaidBooking,
  returned: TCheckoutReturn | null,
  now: number = Date.now(),
): TCheckoutNotice | null {
  if (
    booking.status === 'expired' &&
    booking.priceAmount > 0 &&
    booking.refundAmount !== null &&
    booking.refundAmount !== undefined &&
    booking.refundAmount >= booking.priceAmount
  )
    return 'refunded';
  if (!returned) return null;
  const live =
    booking.status === 'held' && !!booking.holdExpiresAt && Date.parse(booking.holdExpiresAt) > now;
  if (returned === 'success') {
    if (booking.status === 'confirmed') return 'confirmed';
    // Paid: the hold may run out before the webhook lands; the API still confirms or refunds it.
    if (booking.status === 'held' || booking.status === 'expired') return 'confirming';
    return null;
  }
  if (live) return 'retry';
  if (booking.status === 'held' || booking.status === 'expired') return 'hold_ended';
  return null;
}

/**
 * Where "Pay" goes for a held booking: the API's checkoutUrl (Stripe's hosted page, or the offline
 * demo page on this site), else the demo page. `sameOrigin` tells the caller to navigate in-app.
 */
export function checkoutTarget(
  booking: { id: string; checkoutUrl?: string | null },
  origin: string,
): { href: string; sameOrigin: boolean } {
  const fallback = `/checkout/${encodeURIComponent(booking.id)}`;
  let url: URL;
  try {
    url = new URL(booking.checkoutUrl ?? fallback, origin);
  } catch {
    url = new URL(fallback, origin);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') url = new URL(fallback, origin);
  // The offline demo checkout is always this app's page, whatever host the API put in its URL.
  return url.origin === new URL(origin).origin || url.pathname === fallback
    ? { href: `${url.pathname}${url.search}`, sameOrigin: true }
    : { href: url.toString(), sameOrigin: false };
}

/** How long the page keeps refreshing while a payment is being confirmed, and how often. */
export const CONFIRM_POLL_MS = 2_000;
export const CONFIRM_POLL_LIMIT_MS = 60_000;
