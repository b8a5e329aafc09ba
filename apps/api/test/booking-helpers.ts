import type { TPutAvailability } from '@ladder/domain';
import { DateTime } from 'luxon';
import request from 'supertest';
import type { TestApp } from './app';
import { type Account, signUp } from './auth-helpers';
import { uniq } from './factories';

export interface OfferingSpec {
  priceAmount: number;
  durationMinutes?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  minimumNoticeMinutes?: number;
  currency?: string;
}

export interface BookableMentor {
  account: Account;
  profileId: string;
  slug: string;
  offeringIds: string[];
}

/** An approved mentor with offerings and availability set through the real API. */
export async function makeBookableMentor(
  t: TestApp,
  availability: Partial<TPutAvailability> & { timezone: string },
  offerings: OfferingSpec[] = [{ priceAmount: 0 }],
): Promise<BookableMentor> {
  const http = t.app.getHttpServer();
  const account = await signUp(http, { name: `Mentor ${uniq()}` });
  const slug = `mentor-${uniq()}`;
  const rows: { id: string }[] = await t.db.query(
    `INSERT INTO mentor_profiles (user_id, slug, headline, bio, expertise, languages, timezone, status, approved_at)
     VALUES ($1, $2, 'Staff engineer and mentor', 'I help engineers grow into senior and staff roles.', '{backend}', '{English}', $3, 'approved', now())
     RETURNING id`,
    [account.id, slug, availability.timezone],
  );
  const profileId = rows[0]!.id;
  await t.db.query(`UPDATE users SET roles = roles || '{mentor}' WHERE id = $1`, [account.id]);
  const offeringIds: string[] = [];
  for (const o of offerings) {
    const inserted: { id: string }[] = await t.db.query(
      `INSERT INTO offerings (mentor_id, title, duration_minutes, price_amount, currency, buffer_before_minutes,
                              buffer_after_minutes, minimum_notice_minutes)
       VALUES ($1, 'Growth session', $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        profileId,
        o.durationMinutes ?? 60,
        o.priceAmount,
        o.currency ?? 'USD',
        o.bufferBeforeMinutes ?? 0,
        o.bufferAfterMinutes ?? 0,
        o.minimumNoticeMinutes ?? 0,
      ],
    );
    offeringIds.push(inserted[0]!.id);
  }
  await request(http)
    .put('/api/v1/mentors/me/availability')
    .set(account.bearer)
    .send({ weekly: [], overrides: [], ...availability })
    .expect(200);
  return { account, profileId, slug, offeringIds };
}

/** Every day, all day: any slot on the grid is available (subject to notice and bookings). */
export const ALL_WEEK = (timezone = 'UTC'): TPutAvailability & { timezone: string } => ({
  timezone,
  weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  overrides: [],
});

/** An ISO instant `days` days from now at `hour`:00 UTC — on the hourly grid of ALL_WEEK. */
export function utcSlot(days: number, hour: number): string {
  return DateTime.utc()
    .plus({ days })
    .set({ hour, minute: 0, second: 0, millisecond: 0 })
    .toJSDate()
    .toISOString();
}

export function book(
  t: TestApp,
  who: Account,
  offeringId: string,
  start: string,
  key?: string,
): request.Test {
  const req = request(t.app.getHttpServer()).post('/api/v1/bookings').set(who.bearer);
  if (key) req.set('Idempotency-Key', key);
  return req.send({ offeringId, start });
}
