import type { TPutAvailability } from '@ladder/domain';
import type { EntityManager } from 'typeorm';

type Weekly = TPutAvailability['weekly'];

const weekdays = (start: string, end: string): Weekly =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

/** Varied, realistic hours: office hours, split days, evenings, a weekend morning. */
const PATTERNS: Weekly[] = [
  weekdays('09:00', '17:00'),
  [...weekdays('08:00', '11:00'), ...weekdays('14:00', '18:00')],
  [...weekdays('18:00', '21:00'), { weekday: 6, start: '09:00', end: '12:00' }],
  [1, 3, 5].map((weekday) => ({ weekday, start: '10:00', end: '16:00' })),
];

/**
 * Demo availability for every seeded mentor who has none yet, in their own zone, so a newcomer
 * can book straight away. Existing availability (edited through the product) is left alone.
 */
export async function seedAvailability(
  m: EntityManager,
  mentors: { id: string; timezone: string }[],
): Promise<number> {
  let created = 0;
  for (const [i, mentor] of mentors.entries()) {
    const weekly = PATTERNS[i % PATTERNS.length] as Weekly;
    const rows: unknown[] = await m.query(
      `INSERT INTO mentor_availability (mentor_id, timezone, weekly, overrides, horizon_days)
       VALUES ($1, $2, $3, '[]', 60) ON CONFLICT (mentor_id) DO NOTHING RETURNING mentor_id`,
      [mentor.id, mentor.timezone, JSON.stringify(weekly)],
    );
    created += rows.length;
  }
  return created;
}
