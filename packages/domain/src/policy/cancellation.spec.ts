import fc from 'fast-check';
import { BOOKING_STATUSES } from '../enums';
import { refundFor, type TRefundInput } from './cancellation';

const HOUR = 3_600_000;
const startsAt = new Date('2026-03-10T15:00:00.000Z');
const leadOf = (ms: number) => new Date(startsAt.getTime() - ms);

const base: TRefundInput = {
  priceAmount: 10_000,
  startsAt,
  cancelledAt: leadOf(48 * HOUR),
  cancelledBy: 'mentee',
  status: 'confirmed',
};

describe('refundFor', () => {
  it.each([
    ['mentor, any time', { cancelledBy: 'mentor', cancelledAt: leadOf(HOUR) }, 10_000, 'mentor_cancelled'],
    [
      'mentor, after the start',
      { cancelledBy: 'mentor', cancelledAt: leadOf(-HOUR) },
      10_000,
      'mentor_cancelled',
    ],
    ['admin', { cancelledBy: 'admin', cancelledAt: leadOf(HOUR) }, 10_000, 'mentor_cancelled'],
    ['mentee, 48 h before', {}, 10_000, 'full_24h'],
    ['mentee, exactly 24 h before', { cancelledAt: leadOf(24 * HOUR) }, 10_000, 'full_24h'],
    ['mentee, 24 h minus 1 ms before', { cancelledAt: leadOf(24 * HOUR - 1) }, 5_000, 'half_late'],
    ['mentee, 1 ms before', { cancelledAt: leadOf(1) }, 5_000, 'half_late'],
    ['mentee, at the start', { cancelledAt: startsAt }, 0, 'none_after_start'],
    ['mentee, after the start', { cancelledAt: leadOf(-HOUR) }, 0, 'none_after_start'],
    ['no-show', { status: 'no_show', cancelledAt: leadOf(-2 * HOUR) }, 0, 'none_no_show'],
    ['completed', { status: 'completed', cancelledBy: 'mentor' }, 0, 'none_after_start'],
    ['free offering', { priceAmount: 0, cancelledBy: 'mentor' }, 0, 'free'],
    ['held, never paid', { status: 'held', cancelledAt: leadOf(HOUR) }, 0, 'not_paid'],
  ] as const)('%s', (_, overrides, refundAmount, rule) => {
    const input: TRefundInput = { ...base, ...overrides };
    expect(refundFor(input)).toEqual({ refundAmount, keptAmount: input.priceAmount - refundAmount, rule });
  });

  it('rounds the late half down: the odd minor unit stays with the charge', () => {
    expect(refundFor({ ...base, priceAmount: 1_001, cancelledAt: leadOf(HOUR) })).toEqual({
      refundAmount: 500,
      keptAmount: 501,
      rule: 'half_late',
    });
    expect(refundFor({ ...base, priceAmount: 1, cancelledAt: leadOf(HOUR) })).toEqual({
      refundAmount: 0,
      keptAmount: 1,
      rule: 'half_late',
    });
  });

  it('refuses bookings already settled and non-integer money', () => {
    expect(() => refundFor({ ...base, status: 'cancelled' })).toThrow(RangeError);
    expect(() => refundFor({ ...base, status: 'expired' })).toThrow(RangeError);
    expect(() => refundFor({ ...base, priceAmount: 10.5 })).toThrow(RangeError);
    expect(() => refundFor({ ...base, priceAmount: -1 })).toThrow(RangeError);
    expect(() => refundFor({ ...base, cancelledAt: new Date('nope') })).toThrow(RangeError);
  });

  it('property: refund + kept = price, 0 ≤ refund ≤ price, all integers; late is floor(price / 2)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: -72 * HOUR, max: 72 * HOUR }),
        fc.constantFrom('mentor', 'mentee', 'admin' as const),
        fc.constantFrom(...BOOKING_STATUSES.filter((s) => s !== 'cancelled' && s !== 'expired')),
        (priceAmount, lead, cancelledBy, status) => {
          const r = refundFor({ priceAmount, startsAt, cancelledAt: leadOf(lead), cancelledBy, status });
          expect(Number.isSafeInteger(r.refundAmount)).toBe(true);
          expect(Number.isSafeInteger(r.keptAmount)).toBe(true);
          expect(r.refundAmount + r.keptAmount).toBe(priceAmount);
          expect(r.refundAmount).toBeGreaterThanOrEqual(0);
          expect(r.refundAmount).toBeLessThanOrEqual(priceAmount);
          if (r.rule === 'half_late') {
            expect(r.refundAmount).toBe(Math.floor(priceAmount / 2));
            expect(r.keptAmount - r.refundAmount).toBe(priceAmount % 2);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
