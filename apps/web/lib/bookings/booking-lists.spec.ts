import type { TBookingView } from '@/lib/api/bookings';
import { acceptsNotes, isLiveBooking, splitBookings, viewerRole } from './booking-lists';

const now = Date.parse('2026-03-10T12:00:00.000Z');
const iso = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

function booking(
  id: string,
  status: TBookingView['status'],
  start: number,
  extra: Partial<TBookingView> = {},
) {
  return {
    id,
    mentorId: 'm',
    menteeId: 'mentee-user',
    offeringId: 'o',
    status,
    startsAt: iso(start),
    endsAt: iso(start + 45),
    priceAmount: 0,
    currency: 'USD',
    source: 'ladder',
    offering: { title: 'Intro call', durationMinutes: 45 },
    mentor: { name: 'Priya Raman', slug: 'priya-raman', timezone: 'Asia/Kolkata', userId: 'mentor-user' },
    mentee: { name: 'Sam Mentee', timezone: 'Europe/Berlin' },
    cancelledBy: null,
    createdAt: iso(-1000),
    ...extra,
  } satisfies TBookingView;
}

describe('dashboard lists', () => {
  it('splits live sessions (soonest first) from the rest (latest first)', () => {
    const items = [
      booking('later', 'confirmed', 600),
      booking('soon', 'confirmed', 60),
      booking('running', 'confirmed', -30), // started, not over: still upcoming
      booking('done', 'confirmed', -120),
      booking('cancelled', 'cancelled', 300),
      booking('old', 'completed', -5000),
      booking('held', 'held', 120, { holdExpiresAt: iso(5) }),
      booking('lapsed', 'held', 240, { holdExpiresAt: iso(-1) }),
    ];
    const { upcoming, past } = splitBookings(items, now);
    expect(upcoming.map((b) => b.id)).toEqual(['running', 'soon', 'held', 'later']);
    expect(past.map((b) => b.id)).toEqual(['cancelled', 'lapsed', 'done', 'old']);
  });

  it('treats a held booking without a live hold as over', () => {
    expect(isLiveBooking(booking('h', 'held', 60), now)).toBe(false);
    expect(isLiveBooking(booking('h', 'held', 60, { holdExpiresAt: iso(1) }), now)).toBe(true);
  });

  it('labels the viewer as mentee or mentor', () => {
    expect(viewerRole(booking('a', 'confirmed', 60), 'mentee-user')).toBe('mentee');
    expect(viewerRole(booking('a', 'confirmed', 60), 'mentor-user')).toBe('mentor');
  });
});

describe('acceptsNotes', () => {
  it('refuses notes on an expired hold, swept or not, and takes them otherwise', () => {
    expect(acceptsNotes({ status: 'expired', holdExpiresAt: iso(-5) }, now)).toBe(false);
    expect(acceptsNotes({ status: 'held', holdExpiresAt: iso(-1) }, now)).toBe(false);
    expect(acceptsNotes({ status: 'held', holdExpiresAt: iso(5) }, now)).toBe(true);
    for (const status of ['confirmed', 'completed', 'no_show', 'cancelled'] as const) {
      expect(acceptsNotes({ status, holdExpiresAt: null }, now)).toBe(true);
    }
  });
});
