import { localTimeToUtc } from '@ladder/domain';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';

interface SeedBooking {
  mentorSlug: string;
  /** Days from today (negative: in the past), at this local time in the mentor's zone. */
  daysFromToday: number;
  localTime: string;
  status: 'confirmed' | 'completed';
}

const DEMO_BOOKINGS: SeedBooking[] = [
  { mentorSlug: 'priya-raman', daysFromToday: 4, localTime: '10:00', status: 'confirmed' },
  { mentorSlug: 'marcus-weber', daysFromToday: -9, localTime: '11:00', status: 'completed' },
];

/**
 * A short history for the demo mentee, so a newcomer signing in sees upcoming and past sessions.
 * Only when the mentee has no bookings yet; times avoid weekends in the mentor's zone.
 */
export async function seedBookings(m: EntityManager, menteeEmail: string): Promise<number> {
  const mentee: { id: string; timezone: string }[] = await m.query(
    'SELECT id, timezone FROM users WHERE email = $1',
    [menteeEmail],
  );
  const menteeRow = mentee[0];
  if (!menteeRow) return 0;
  const existing: unknown[] = await m.query('SELECT 1 FROM bookings WHERE mentee_id = $1 LIMIT 1', [
    menteeRow.id,
  ]);
  if (existing.length) return 0;
  let created = 0;
  for (const b of DEMO_BOOKINGS) {
    const rows: {
      mentor_id: string;
      timezone: string;
      offering_id: string;
      duration: number;
      price: number;
      currency: string;
      meeting_url: string | null;
      before: number;
      after: number;
    }[] = await m.query(
      `SELECT p.id AS mentor_id, p.timezone, o.id AS offering_id, o.duration_minutes AS duration, o.price_amount AS price,
                o.currency, p.meeting_url, o.buffer_before_minutes AS before, o.buffer_after_minutes AS after
           FROM mentor_profiles p JOIN offerings o ON o.mentor_id = p.id AND o.active
          WHERE p.slug = $1 ORDER BY o.price_amount DESC LIMIT 1`,
      [b.mentorSlug],
    );
    const row = rows[0];
    if (!row) continue;
    let day = DateTime.now().setZone(row.timezone).plus({ days: b.daysFromToday });
    while (day.weekday > 5) day = day.plus({ days: 1 });
    const start = localTimeToUtc(day.toISODate()!, b.localTime, row.timezone);
    const end = new Date(start.getTime() + row.duration * 60_000);
    // The blocked range includes the offering's buffers, as for any booking.
    const range = `[${new Date(start.getTime() - row.before * 60_000).toISOString()},${new Date(end.getTime() + row.after * 60_000).toISOString()})`;
    await m.query(
      `INSERT INTO bookings (mentor_id, mentee_id, offering_id, status, starts_at, ends_at, blocked_range, price_amount,
                             currency, meeting_url, mentee_timezone, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::tstzrange, $8, $9, $10, $11, $5::timestamptz - interval '3 days')`,
      [
        row.mentor_id,
        menteeRow.id,
        row.offering_id,
        b.status,
        start,
        end,
        range,
        row.price,
        row.currency,
        row.meeting_url ?? `https://meet.jit.si/ladder-demo-${row.offering_id.slice(0, 8)}`,
        menteeRow.timezone,
      ],
    );
    created++;
  }
  return created;
}
