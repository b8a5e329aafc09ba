import type { TBookingStatus } from '../enums';
import { assertMinorUnits } from '../money';

export const CANCELLATION_RULES = [
  'mentor_cancelled',
  'full_24h',
  'half_late',
  'none_after_start',
  'none_no_show',
  'free',
  'not_paid',
] as const;
export type TCancellationRule = (typeof CANCELLATION_RULES)[number];

export type TCanceller = 'mentor' | 'mentee' | 'admin';

export interface TRefundInput {
  /** What the mentee paid, integer minor units. */
  priceAmount: number;
  startsAt: Date;
  cancelledAt: Date;
  cancelledBy: TCanceller;
  /** The booking's status when the cancellation (or no-show) is being settled. */
  status: TBookingStatus;
}

export interface TRefund {
  /** Back to the mentee, integer minor units. */
  refundAmount: number;
  /** Stays with the booking's charge (later split by `splitPlatformFee`); refund + kept = price. */
  keptAmount: number;
  rule: TCancellationRule;
}

/** Mentee cancellations at least this long before the start are refunded in full. */
export const FULL_REFUND_NOTICE_MS = 24 * 60 * 60 * 1000;

/**
 * The refund owed when a booking ends without taking place (DESIGN.md, cancellation policy):
 *
 * | case                                          | refund | rule               |
 * |-----------------------------------------------|--------|--------------------|
 * | held (never paid)                             | 0      | `not_paid`         |
 * | price 0                                       | 0      | `free`             |
 * | status `no_show` (the mentee did not come)    | 0      | `none_no_show`     |
 * | status `completed`                            | 0      | `none_after_start` |
 * | mentor or admin cancels, at any time          | all    | `mentor_cancelled` |
 * | mentee cancels ≥ 24 h before the start        | all    | `full_24h`         |
 * | mentee cancels later, but before the start    | half   | `half_late`        |
 * | mentee cancels at or after the start          | 0      | `none_after_start` |
 *
 * Rounding: the half refund is `floor(price / 2)` in minor units, so an odd amount leaves the odd
 * minor unit with the charge (1001 → refund 500, kept 501). Rounding down means the platform never
 * refunds more than the policy promises and needs no float: `price` is a safe integer, so
 * `(price - price % 2) / 2` is exact.
 *
 * `held` has nothing captured to refund (`not_paid`, an addition to the rules in the brief so the
 * caller need not special-case it); `cancelled` and `expired` bookings were already settled and
 * throw a `RangeError`.
 */
export function refundFor(input: TRefundInput): TRefund {
  const { priceAmount, status } = input;
  assertMinorUnits(priceAmount);
  const startsAt = input.startsAt.getTime();
  const cancelledAt = input.cancelledAt.getTime();
  if (!Number.isFinite(startsAt) || !Number.isFinite(cancelledAt)) {
    throw new RangeError('startsAt and cancelledAt must be valid dates');
  }
  if (status === 'cancelled' || status === 'expired') {
    throw new RangeError(`A ${status} booking has already been settled`);
  }
  if (status === 'held') return settle(priceAmount, 0, 'not_paid');
  if (priceAmount === 0) return settle(priceAmount, 0, 'free');
  if (status === 'no_show') return settle(priceAmount, 0, 'none_no_show');
  if (status === 'completed') return settle(priceAmount, 0, 'none_after_start');
  if (input.cancelledBy === 'mentor' || input.cancelledBy === 'admin') {
    return settle(priceAmount, priceAmount, 'mentor_cancelled');
  }
  const lead = startsAt - cancelledAt;
  if (lead >= FULL_REFUND_NOTICE_MS) return settle(priceAmount, priceAmount, 'full_24h');
  if (lead > 0) return settle(priceAmount, (priceAmount - (priceAmount % 2)) / 2, 'half_late');
  return settle(priceAmount, 0, 'none_after_start');
}

function settle(price: number, refundAmount: number, rule: TCancellationRule): TRefund {
  return { refundAmount, keptAmount: price - refundAmount, rule };
}
