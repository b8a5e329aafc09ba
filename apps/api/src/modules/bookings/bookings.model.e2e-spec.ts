import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';

/** Deterministic PRNG (mulberry32), so a failing sequence can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('booking model test: random operations over many connections', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '8' });
  });
  afterAll(() => t.close());

  it('never leaves two active bookings overlapping, and never answers 5xx', async () => {
    const seed = Number(process.env.MODEL_SEED ?? Date.now() % 100_000);
    const rand = prng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [
      { priceAmount: 0, durationMinutes: 30, bufferAfterMinutes: 15 },
      { priceAmount: 7_500, durationMinutes: 60, bufferBeforeMinutes: 15 },
    ]);
    const mentees: Account[] = [];
    for (let i = 0; i < 8; i++) mentees.push(await signUp(t.app.getHttpServer()));
    const starts = (minutes: 30 | 60) => {
      const hour = 8 + Math.floor(rand() * 6);
      const base = Date.parse(utcSlot(3, hour));
      return new Date(base + (minutes === 30 && rand() < 0.5 ? 30 * 60_000 : 0)).toISOString();
    };
    const mine = new Map<string, string[]>(); // mentee id → booking ids
    const statuses: number[] = [];

    const operation = async (): Promise<void> => {
      const who = pick(mentees);
      const http = request(t.app.getHttpServer());
      const ids = mine.get(who.id) ?? [];
      const roll = rand();
      let res: request.Response;
      if (roll < 0.5 || ids.length === 0) {
        const offering = rand() < 0.5 ? 0 : 1;
        res = await http
          .post('/api/v1/bookings')
          .set(who.bearer)
          .send({ offeringId: mentor.offeringIds[offering], start: starts(offering === 0 ? 30 : 60) });
        if (res.status === 201) mine.set(who.id, [...ids, res.body.id]);
      } else if (roll < 0.65) {
        res = await http
          .post(`/api/v1/bookings/${pick(ids)}/cancel`)
          .set(who.bearer)
          .send({});
      } else if (roll < 0.8) {
        res = await http
          .post(`/api/v1/bookings/${pick(ids)}/reschedule`)
          .set(who.bearer)
          .send({ start: starts(60) });
      } else if (roll < 0.9) {
        res = await http.post(`/api/v1/payments/offline/${pick(ids)}/pay`).set(who.bearer);
      } else {
        await t.db.query(
          `UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE id = $1 AND status = 'held'`,
          [pick(ids)],
        );
        return;
      }
      statuses.push(res.status);
    };

    for (let round = 0; round < 25; round++) {
      await Promise.all(Array.from({ length: 8 }, operation));
    }

    // A 5xx names its cause: what the problem filter logged (route, message, PostgreSQL code).
    const logged = t.logs
      .filter((l) => l.msg === 'Unhandled error')
      .map((l) => {
        const err = l.err as { message?: string; code?: string; where?: string } | undefined;
        return { route: `${l.method} ${l.route}`, error: err?.message, code: err?.code, where: err?.where };
      });
    expect({ seed, serverErrors: statuses.filter((s) => s >= 500), logged }).toEqual({
      seed,
      serverErrors: [],
      logged: [],
    });
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(5);
    const overlaps = await t.db.query(
      `SELECT a.id, b.id FROM bookings a JOIN bookings b ON a.mentor_id = b.mentor_id AND a.id < b.id
        WHERE a.mentor_id = $1 AND a.status IN ('held','confirmed') AND b.status IN ('held','confirmed')
          AND a.blocked_range && b.blocked_range`,
      [mentor.profileId],
    );
    expect({ seed, overlaps }).toEqual({ seed, overlaps: [] });
    const menteeOverlaps = await t.db.query(
      `SELECT a.id FROM bookings a JOIN bookings b ON a.mentee_id = b.mentee_id AND a.id < b.id
        WHERE a.status IN ('held','confirmed') AND b.status IN ('held','confirmed')
          AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at) AND a.mentor_id = $1`,
      [mentor.profileId],
    );
    expect({ seed, menteeOverlaps }).toEqual({ seed, menteeOverlaps: [] });
  });
});
