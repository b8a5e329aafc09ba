import { localTimeToUtc } from '@ladder/domain';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';

/** Past mentees who left the demo reviews (demo accounts like the others). */
export const DEMO_REVIEWERS = [
  { email: 'sam.okoye@ladder.dev', name: 'Sam Okoye', timezone: 'Europe/London' },
  { email: 'lena.fischer@ladder.dev', name: 'Lena Fischer', timezone: 'Europe/Berlin' },
  { email: 'arjun.mehta@ladder.dev', name: 'Arjun Mehta', timezone: 'Asia/Kolkata' },
  { email: 'maya.cohen@ladder.dev', name: 'Maya Cohen', timezone: 'America/New_York' },
  { email: 'tom.becker@ladder.dev', name: 'Tom Becker', timezone: 'Europe/Vienna' },
  { email: 'ines.silva@ladder.dev', name: 'Inês Silva', timezone: 'Europe/Lisbon' },
  { email: 'kenji.sato@ladder.dev', name: 'Kenji Sato', timezone: 'Asia/Tokyo' },
] as const;

const REVIEW_TEXTS: Record<number, readonly string[]> = {
  5: [
    'Came with a messy promotion packet and left with a clear story and three concrete next steps.',
    'Direct, kind and very practical. The 90-day plan we wrote together is already paying off.',
    'Best hour I spent this quarter: we rehearsed the design review and I walked in calm.',
    'Asked the questions my manager never did. I finally know what "staff scope" means for me.',
  ],
  4: [
    'Very useful session; I would have liked a bit more time on system design, so I booked a follow-up.',
    'Good, honest feedback on my CV and a realistic plan for the next two months.',
  ],
  3: ['Helpful pointers, though we ran out of time before my main question.'],
  2: ['Some good advice, but the session started late.'],
  1: ['Not the right fit for what I needed.'],
};

/**
 * Reviews behind each demo mentor's rating: for the i-th rating, a completed session with the
 * i-th demo reviewer some weeks ago and that reviewer's review, so the rating a profile shows is
 * made of reviews a visitor can read. Only for mentors with no reviews yet (idempotent); the
 * ratings' sum and count were set with the profile.
 */
export async function seedReviews(
  m: EntityManager,
  mentors: { id: string; timezone: string; ratings: readonly number[] }[],
  reviewerIds: string[],
): Promise<number> {
  let created = 0;
  for (const [n, mentor] of mentors.entries()) {
    const existing: unknown[] = await m.query('SELECT 1 FROM reviews WHERE mentor_id = $1 LIMIT 1', [
      mentor.id,
    ]);
    if (existing.length || mentor.ratings.length === 0) continue;
    const offerings: { id: string; duration: number; price: number; currency: string }[] = await m.query(
      `SELECT id, duration_minutes AS duration, price_amount AS price, currency FROM offerings
        WHERE mentor_id = $1 AND active ORDER BY price_amount DESC, id LIMIT 1`,
      [mentor.id],
    );
    const offering = offerings[0];
    if (!offering) continue;
    for (const [i, rating] of mentor.ratings.entries()) {
      const menteeId = reviewerIds[i % reviewerIds.length];
      if (!menteeId) break;
      // A weekday afternoon in the mentor's zone, 2–8 weeks ago (no demo mentee session is then).
      let day = DateTime.now()
        .setZone(mentor.timezone)
        .minus({ days: 14 + 6 * i });
      while (day.weekday > 5) day = day.minus({ days: 1 });
      const start = localTimeToUtc(day.toISODate()!, `${13 + (n % 5)}:00`, mentor.timezone);
      const end = new Date(start.getTime() + offering.duration * 60_000);
      const booking: { id: string }[] = await m.query(
        `INSERT INTO bookings (mentor_id, mentee_id, offering_id, status, starts_at, ends_at, blocked_range, price_amount,
                               currency, mentee_timezone, confirmed_at)
         SELECT $1, $2, $3, 'completed', $4, $5, tstzrange($4, $5), $6, $7, u.timezone, $4::timestamptz - interval '5 days'
           FROM users u WHERE u.id = $2
         RETURNING id`,
        [mentor.id, menteeId, offering.id, start, end, offering.price, offering.currency],
      );
      const texts = REVIEW_TEXTS[rating] ?? REVIEW_TEXTS[5]!;
      await m.query(
        `INSERT INTO reviews (booking_id, mentor_id, mentee_id, rating, body, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::timestamptz + interval '2 hours')`,
        [booking[0]!.id, mentor.id, menteeId, rating, texts[i % texts.length], end],
      );
      created++;
    }
  }
  return created;
}
