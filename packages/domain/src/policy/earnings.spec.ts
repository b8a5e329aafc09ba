import fc from 'fast-check';
import { feeShareOfRefund, mentorShareOf } from './earnings';

describe('feeShareOfRefund and mentorShareOf', () => {
  it.each([
    // amount, fee, refunded → refunded fee, mentor keeps
    [10_000, 1_500, 0, 0, 8_500],
    [10_000, 1_500, 10_000, 1_500, 0],
    [10_000, 1_500, 5_000, 750, 4_250],
    // 1500 · 333 / 1000 = 499.5 → rounds half up to 500
    [1_000, 1_500 / 10, 333, 50, 850 - 283],
    [1_001, 150, 500, 75, 851 - 425],
    [0, 0, 0, 0, 0],
  ])(
    '%i paid, fee %i, %i refunded → fee back %i, mentor keeps %i',
    (amount, platformFee, refunded, fee, kept) => {
      expect(feeShareOfRefund({ amount, platformFee, refunded })).toBe(fee);
      expect(mentorShareOf({ amount, platformFee, refunded })).toBe(kept);
    },
  );

  it('rounds half up, and only at one half or more', () => {
    expect(feeShareOfRefund({ amount: 2, platformFee: 1, refunded: 1 })).toBe(1);
    expect(feeShareOfRefund({ amount: 3, platformFee: 1, refunded: 1 })).toBe(0);
  });

  it('refuses floats, negatives and refunds above the amount', () => {
    expect(() => feeShareOfRefund({ amount: 10.5, platformFee: 1, refunded: 0 })).toThrow(RangeError);
    expect(() => feeShareOfRefund({ amount: 10, platformFee: -1, refunded: 0 })).toThrow(RangeError);
    expect(() => feeShareOfRefund({ amount: 10, platformFee: 1, refunded: 11 })).toThrow(RangeError);
    expect(() => feeShareOfRefund({ amount: 10, platformFee: 11, refunded: 0 })).toThrow(RangeError);
  });

  it('the platform and the mentor never give back more than they got, and shares add up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (amount, feeBps, refundPerMyriad) => {
          const platformFee = Math.floor((amount * feeBps) / 10_000);
          const refunded = Math.floor((amount * refundPerMyriad) / 10_000);
          const fee = feeShareOfRefund({ amount, platformFee, refunded });
          const kept = mentorShareOf({ amount, platformFee, refunded });
          expect(fee).toBeGreaterThanOrEqual(0);
          expect(fee).toBeLessThanOrEqual(platformFee);
          expect(kept).toBeGreaterThanOrEqual(0);
          expect(kept).toBeLessThanOrEqual(amount - platformFee);
          // Money is conserved: mentee refund + platform kept + mentor kept = amount.
          expect(refunded + (platformFee - fee) + kept).toBe(amount);
        },
      ),
    );
  });
});
