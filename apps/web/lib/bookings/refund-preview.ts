import { formatMoney, refundFor, type TBookingStatus, type TCancellationRule } from '@ladder/domain';

export type TCancelParty = 'mentee' | 'mentor' | 'admin';

export type TRefundPreview = {
  refundAmount: number;
  rule: TCancellationRule;
  /** One sentence for the cancel dialog, in the canceller's own words. */
  message: string;
};

/**
 * What cancelling now would refund, by the same policy the API applies (`refundFor` from
 * @ladder/domain), worded for whoever is cancelling. The API's answer stays authoritative: the
 * dialog shows this before confirming, and the booking's `refundAmount` afterwards.
 */
export function refundPreview(
  booking: { priceAmount: number; currency: string; startsAt: string; status: TBookingStatus },
  party: TCancelParty,
  now: Date = new Date(),
): TRefundPreview {
  const { refundAmount, rule } = refundFor({
    priceAmount: booking.priceAmount,
    startsAt: new Date(booking.startsAt),
    cancelledAt: now,
    cancelledBy: party,
    status: booking.status,
  });
  const price = formatMoney(booking.priceAmount, booking.currency);
  const refund = refundAmount === 0 ? '' : formatMoney(refundAmount, booking.currency);
  const youOrThey = party === 'mentee' ? 'You get' : 'The mentee gets';
  const messages: Record<TCancellationRule, string> = {
    free: 'This session is free, so there is nothing to refund.',
    not_paid: 'Nothing has been paid yet, so there is nothing to refund. The held time is released.',
    mentor_cancelled: `${youOrThey} a full refund of ${refund}.`,
    full_24h: `More than 24 hours before the start: you get a full refund of ${refund}.`,
    half_late: `Less than 24 hours before the start: you get 50% back, ${refund} of ${price}.`,
    none_after_start: 'The session has already started, so there is no refund.',
    none_no_show: 'The session was marked as a no-show, so there is no refund.',
  };
  return { refundAmount, rule, message: messages[rule] };
}

type TChangeable = { status: TBookingStatus; startsAt: string; endsAt: string };

/** Held or confirmed and not over yet: its mentee or mentor may still cancel it. */
export function canCancel(booking: TChangeable, now: Date = new Date()): boolean {
  return (
    (booking.status === 'held' || booking.status === 'confirmed') &&
    Date.parse(booking.endsAt) > now.getTime()
  );
}

/**
 * Confirmed and started: its mentor may record that the mentee did not come. Ladder marks a
 * session completed a few minutes after its end, and a completed one is final.
 */
export function canRecordNoShow(booking: TChangeable, now: Date = new Date()): boolean {
  return booking.status === 'confirmed' && Date.parse(booking.startsAt) <= now.getTime();
}

/** Held or confirmed and not started yet: it may still move to another free slot. */
export function canReschedule(booking: TChangeable, now: Date = new Date()): boolean {
  return (
    (booking.status === 'held' || booking.status === 'confirmed') &&
    Date.parse(booking.startsAt) > now.getTime()
  );
}
