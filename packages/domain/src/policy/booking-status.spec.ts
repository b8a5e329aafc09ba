import { BOOKING_STATUSES, type TBookingStatus } from '../enums';
import { assertTransition, BookingTransitionError, canTransition, isTerminalStatus } from './booking-status';

const ALLOWED = new Set([
  'held→confirmed',
  'held→expired',
  'held→cancelled',
  'confirmed→completed',
  'confirmed→no_show',
  'confirmed→cancelled',
]);

describe('booking lifecycle', () => {
  const pairs = BOOKING_STATUSES.flatMap((from) => BOOKING_STATUSES.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s', (from: TBookingStatus, to: TBookingStatus) => {
    const allowed = ALLOWED.has(`${from}→${to}`);
    expect(canTransition(from, to)).toBe(allowed);
    if (allowed) expect(() => assertTransition(from, to)).not.toThrow();
    else expect(() => assertTransition(from, to)).toThrow(BookingTransitionError);
  });

  it('terminal statuses go nowhere', () => {
    expect(BOOKING_STATUSES.filter(isTerminalStatus)).toEqual([
      'completed',
      'no_show',
      'cancelled',
      'expired',
    ]);
  });

  it('the error carries a stable code and rejects unknown statuses', () => {
    try {
      assertTransition('completed', 'held');
      throw new Error('unreachable');
    } catch (e) {
      expect(e).toBeInstanceOf(BookingTransitionError);
      expect((e as BookingTransitionError).code).toBe('invalid_booking_transition');
    }
    expect(canTransition('bogus' as TBookingStatus, 'held')).toBe(false);
    expect(() => assertTransition('held', 'bogus' as TBookingStatus)).toThrow(BookingTransitionError);
  });
});
