import request from 'supertest';
import type { QueryRunner } from 'typeorm';
import { createTestApp, type TestApp } from '../../../test/app';
import { signUp } from '../../../test/auth-helpers';
import {
  ALL_WEEK,
  type BookableMentor,
  book,
  makeBookableMentor,
  utcSlot,
} from '../../../test/booking-helpers';
import { waitFor } from '../../../test/wait';

/**
 * Two writers into the same time under an exclusion constraint can each wait for the other's
 * transaction (each has written its index entry before checking), and PostgreSQL aborts one with
 * 40P01 deadlock_detected. The model test met it as a 500 on POST /bookings. Here the other
 * writer is a transaction the test holds open, so the deadlock happens every time: the request
 * waits on it first (so PostgreSQL picks the request as the victim), then the test's transaction
 * waits on the request. The request must run again and answer its real outcome, never 500.
 */
describe('bookings: a deadlock with a concurrent writer is retried, not a 500', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const hourAfter = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString();

  /** A transaction that has moved `bookingId` to `start` (a reschedule in progress), left open. */
  async function openMove(bookingId: string, start: string): Promise<{ qr: QueryRunner; pid: number }> {
    const qr = t.db.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    const [{ pid }] = await qr.query('SELECT pg_backend_pid() AS pid');
    // PostgreSQL aborts the waiter whose deadlock_timeout runs out first: the request, which waits
    // first; a longer timeout here keeps it so on a loaded machine (superusers only: else as is).
    await qr.query('SAVEPOINT patient');
    try {
      await qr.query(`SET LOCAL deadlock_timeout = '10s'`);
      await qr.query('RELEASE SAVEPOINT patient');
    } catch {
      await qr.query('ROLLBACK TO SAVEPOINT patient');
    }
    await qr.query(
      `UPDATE bookings SET starts_at = $2, ends_at = $3, blocked_range = tstzrange($2, $3) WHERE id = $1`,
      [bookingId, start, hourAfter(start)],
    );
    return { qr, pid };
  }

  /** Until some backend waits on the test's transaction `pid`. */
  const blockedBy = (pid: number) =>
    waitFor('the request to wait on the open transaction', async () => {
      const rows: unknown[] = await t.db.query(
        'SELECT 1 FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
        [pid],
      );
      return rows.length > 0;
    });

  /**
   * In the open transaction, a booking of `menteeId` with another mentor at `start`: it waits on
   * the request's row (mentee overlap) while the request waits on this transaction: a deadlock.
   */
  async function closeTheCycle(qr: QueryRunner, other: BookableMentor, menteeId: string, start: string) {
    await qr.query(
      `INSERT INTO bookings (mentor_id, mentee_id, offering_id, status, starts_at, ends_at, blocked_range,
                             price_amount, currency, confirmed_at)
       VALUES ($1, $2, $3, 'confirmed', $4, $5, tstzrange($4, $5), 0, 'USD', now())`,
      [other.profileId, menteeId, other.offeringIds[0], start, hourAfter(start)],
    );
  }

  async function setting() {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const other = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const first = await signUp(t.app.getHttpServer());
    const second = await signUp(t.app.getHttpServer());
    const x = await book(t, first, mentor.offeringIds[0]!, utcSlot(5, 9)).expect(201);
    return { mentor, other, second, x: x.body.id as string };
  }

  const deadlocks = async (): Promise<number> => {
    const rows: { n: string }[] = await t.db.query(
      'SELECT deadlocks AS n FROM pg_stat_database WHERE datname = current_database()',
    );
    return Number(rows[0]!.n);
  };

  /**
   * Sends `send` (a write of `second`'s booking with `mentor` at `target`) into a deadlock with a
   * transaction that moves `x` to `target` and books `second` with `other` then, which PostgreSQL
   * reports; then ends that transaction (`end`) and answers the request's response.
   */
  async function deadlocked(
    s: Awaited<ReturnType<typeof setting>>,
    target: string,
    send: () => request.Test,
    end: 'commit' | 'rollback',
  ): Promise<request.Response> {
    const before = await deadlocks();
    const { qr, pid } = await openMove(s.x, target);
    try {
      const pending = send().then((r) => r);
      await blockedBy(pid);
      await closeTheCycle(qr, s.other, s.second.id, target);
      await (end === 'commit' ? qr.commitTransaction() : qr.rollbackTransaction());
      const res = await pending;
      await waitFor('PostgreSQL to count the deadlock', async () => (await deadlocks()) > before);
      return res;
    } finally {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      await qr.release();
    }
  }

  it('POST /bookings: the request PostgreSQL aborted books the slot once the other writer rolls back', async () => {
    const s = await setting();
    const target = utcSlot(5, 12);
    const res = await deadlocked(
      s,
      target,
      () => book(t, s.second, s.mentor.offeringIds[0]!, target),
      'rollback',
    );
    expect({ status: res.status, body: res.body }).toEqual({
      status: 201,
      body: expect.objectContaining({ status: 'confirmed', startsAt: target }),
    });
  });

  it('POST /bookings: the request answers 409 once the other writer commits the time', async () => {
    const s = await setting();
    const target = utcSlot(6, 12);
    const res = await deadlocked(
      s,
      target,
      () => book(t, s.second, s.mentor.offeringIds[0]!, target),
      'commit',
    );
    // The committed transaction booked the mentee elsewhere then, and took the mentor's time.
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code: 'mentee_overlap' });
  });

  it('POST /bookings/{id}/reschedule: the move PostgreSQL aborted runs again and lands', async () => {
    const s = await setting();
    const y = await book(t, s.second, s.mentor.offeringIds[0]!, utcSlot(5, 15)).expect(201);
    const target = utcSlot(5, 12);
    const move = () =>
      request(t.app.getHttpServer())
        .post(`/api/v1/bookings/${y.body.id}/reschedule`)
        .set(s.second.bearer)
        .send({ start: target });
    const res = await deadlocked(s, target, move, 'rollback');
    expect({ status: res.status, startsAt: res.body.startsAt }).toEqual({ status: 200, startsAt: target });
  });

  it('POST /payments/offline/{id}/pay: a payment aborted as a deadlock victim runs again and confirms', async () => {
    // Confirming a hold re-checks the exclusion constraints like a move; the timing of a real
    // deadlock there cannot be forced from outside, so PostgreSQL raises 40P01 once in its UPDATE.
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 5_000 }]);
    const who = await signUp(t.app.getHttpServer());
    const held = await book(t, who, mentor.offeringIds[0]!, utcSlot(5, 10)).expect(201);
    const id: string = held.body.id;
    const tag = id.replaceAll('-', '');
    await t.db.query(`CREATE SEQUENCE deadlock_once_${tag}`);
    await t.db.query(
      `CREATE FUNCTION deadlock_once_${tag}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF nextval('deadlock_once_${tag}') = 1 THEN
           RAISE EXCEPTION 'deadlock detected' USING ERRCODE = 'deadlock_detected';
         END IF;
         RETURN NEW;
       END $$`,
    );
    await t.db.query(
      `CREATE TRIGGER deadlock_once_${tag} BEFORE UPDATE OF status ON bookings FOR EACH ROW
        WHEN (OLD.id = '${id}') EXECUTE FUNCTION deadlock_once_${tag}()`,
    );
    try {
      const res = await request(t.app.getHttpServer())
        .post(`/api/v1/payments/offline/${id}/pay`)
        .set(who.bearer);
      expect({ status: res.status, booking: res.body.status }).toEqual({ status: 200, booking: 'confirmed' });
      const [{ n }] = await t.db.query(`SELECT last_value AS n FROM deadlock_once_${tag}`);
      expect(Number(n)).toBe(2);
    } finally {
      await t.db.query(`DROP TRIGGER deadlock_once_${tag} ON bookings`);
      await t.db.query(`DROP FUNCTION deadlock_once_${tag}()`);
      await t.db.query(`DROP SEQUENCE deadlock_once_${tag}`);
    }
  });
});
