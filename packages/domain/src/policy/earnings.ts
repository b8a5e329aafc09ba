import { assertMinorUnits } from '../money';

/**
 * The platform fee's share of a refund: the fee is refunded in proportion to the money refunded
 * (a full refund returns the whole fee, half a refund half of it), rounded half up to the minor
 * unit, in integers only. The API's SQL uses the same formula:
 * `(2 · refunded · fee + amount) / (2 · amount)`, integer division.
 */
export function feeShareOfRefund(p: { amount: number; platformFee: number; refunded: number }): number {
  assertMinorUnits(p.amount);
  assertMinorUnits(p.platformFee);
  assertMinorUnits(p.refunded);
  if (p.platformFee > p.amount || p.refunded > p.amount) {
    throw new RangeError('The fee and the refund are at most the amount');
  }
  if (p.amount === 0) return 0;
  const num = 2n * BigInt(p.refunded) * BigInt(p.platformFee) + BigInt(p.amount);
  return Number(num / (2n * BigInt(p.amount)));
}

/**
 * What the mentor keeps of a payment: the amount less the platform fee, less the mentor's part of
 * any refund (the refund less the fee's share of it). Never negative; equals amount − fee when
 * nothing was refunded, and 0 after a full refund.
 */
export function mentorShareOf(p: { amount: number; platformFee: number; refunded: number }): number {
  const refundedFee = feeShareOfRefund(p);
  return p.amount - p.platformFee - (p.refunded - refundedFee);
}
