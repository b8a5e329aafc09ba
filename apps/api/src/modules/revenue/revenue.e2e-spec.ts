import type { TRevenueReport } from '@ladder/domain';
import { DateTime } from 'luxon';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { uniq } from '../../../test/factories';

/**
 * Sums to the minor unit. The money is in ISO 4217's testing and bond-unit codes (XTS, XBB),
 * which no other test uses, so the platform-wide report can be asserted exactly while other
 * suites write payments into the same database. PLATFORM_FEE_BPS is the default 1500 (15 %).
 */
describe('revenue (admin) and earnings (mentor)', () => {
  let t: TestApp;
  let admin: Account;
  const http = () => request(t.app.getHttpServer());
  const today = () => DateTime.utc().toISODate()!;
  const daysAgo = (n: number) => DateTime.utc().minus({ days: n }).toISODate()!;

  let mentor: Awaited<ReturnType<typeof makeBookableMentor>>;
  const names: string[] = [];

  async function paid(offeringId: string, start: string): Promise<{ id: string; mentee: Account }> {
    const mentee = await signUp(t.app.getHttpServer(), { name: `Mentee ${uniq()}` });
    names.push(mentee.name);
    const held = await book(t, mentee, offeringId, start).expect(201);
    await http().post(`/api/v1/payments/offline/${held.body.id}/pay`).set(mentee.bearer).expect(200);
    return { id: held.body.id, mentee };
  }
  const cancel = (who: Account, id: string) =>
    http().post(`/api/v1/bookings/${id}/cancel`).set(who.bearer).send({}).expect(200);

  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '8' });
    admin = await signInAdmin(t);
    mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [
      { priceAmount: 10_000, currency: 'XTS' },
      { priceAmount: 2_001, currency: 'XBB' },
    ]);
    const [xts, xbb] = mentor.offeringIds as [string, string];
    // b1: paid, upcoming.
    await paid(xts, utcSlot(10, 9));
    // b2: paid, cancelled by the mentee days ahead: refunded in full (fee back in full).
    const b2 = await paid(xts, utcSlot(11, 9));
    const c2 = await cancel(b2.mentee, b2.id);
    expect(c2.body.refundAmount).toBe(10_000);
    // b3: paid, cancelled by the mentee 3 hours ahead: half refunded, the mentor keeps the rest.
    const b3 = await paid(xts, DateTime.utc().plus({ hours: 3 }).startOf('hour').toJSDate().toISOString());
    const c3 = await cancel(b3.mentee, b3.id);
    expect(c3.body.refundAmount).toBe(5_000);
    // b4: paid eight days ago, held and completed.
    const b4 = await paid(xts, utcSlot(12, 9));
    await t.db.query(
      `UPDATE bookings SET status = 'completed', starts_at = now() - interval '8 days',
              ends_at = now() - interval '8 days' + interval '1 hour',
              blocked_range = tstzrange(now() - interval '8 days', now() - interval '8 days' + interval '1 hour')
        WHERE id = $1`,
      [b4.id],
    );
    await t.db.query(`UPDATE payments SET paid_at = now() - interval '8 days' WHERE booking_id = $1`, [
      b4.id,
    ]);
    // b5: another currency, paid, upcoming. Fee: 15 % of 2001 = 300.15 → 300.
    await paid(xbb, utcSlot(13, 9));
    // Not paid: a hold, and an expired hold, count nowhere.
    const hold = await signUp(t.app.getHttpServer());
    await book(t, hold, xts, utcSlot(14, 9)).expect(201);
  });
  afterAll(() => t.close());

  const ours = (currencies: TRevenueReport['currencies']) => {
    const pick = (c: string) => currencies.find((x) => x.currency === c)!;
    return [pick('XBB'), pick('XTS')] as const;
  };

  describe('GET /admin/revenue', () => {
    it('7 days: per currency, gross, fees, refunds and their fee share, net, paid bookings; every UTC day', async () => {
      const res = await http().get('/api/v1/admin/revenue').query({ days: 7 }).set(admin.bearer).expect(200);
      expect(res.body.days).toBe(7);
      expect(res.body.from).toBe(`${daysAgo(6)}T00:00:00.000Z`);
      const [xbb, xts] = ours(res.body.currencies);
      expect(xts).toMatchObject({
        currency: 'XTS',
        gross: 30_000,
        platformFees: 4_500,
        refunds: 15_000,
        refundedFees: 2_250,
        netRevenue: 2_250,
        paidBookings: 3,
      });
      expect(xbb).toMatchObject({
        currency: 'XBB',
        gross: 2_001,
        platformFees: 300,
        refunds: 0,
        refundedFees: 0,
        netRevenue: 300,
        paidBookings: 1,
      });
      expect(xts.series.map((d: { date: string }) => d.date)).toEqual(
        [6, 5, 4, 3, 2, 1, 0].map((n) => daysAgo(n)),
      );
      const { series, currency: _c, ...totals } = xts;
      expect(series.at(-1)).toEqual({ date: today(), ...totals });
      for (const day of series.slice(0, -1))
        expect(day).toEqual({
          date: day.date,
          gross: 0,
          platformFees: 0,
          refunds: 0,
          refundedFees: 0,
          netRevenue: 0,
          paidBookings: 0,
        });
      // Integers only.
      const numbers: number[] = [];
      JSON.stringify(res.body, (_k, v) => (typeof v === 'number' ? numbers.push(v) && v : v));
      expect(numbers.length).toBeGreaterThan(50);
      expect(numbers.every(Number.isSafeInteger)).toBe(true);
    });

    it('30 days includes the payment of eight days ago on its own day', async () => {
      const res = await http().get('/api/v1/admin/revenue').query({ days: 30 }).set(admin.bearer).expect(200);
      const [, xts] = ours(res.body.currencies);
      expect(xts).toMatchObject({
        gross: 40_000,
        platformFees: 6_000,
        refunds: 15_000,
        refundedFees: 2_250,
        netRevenue: 3_750,
        paidBookings: 4,
      });
      expect(xts.series).toHaveLength(30);
      expect(xts.series.find((d: { date: string }) => d.date === daysAgo(8))).toMatchObject({
        gross: 10_000,
        platformFees: 1_500,
        netRevenue: 1_500,
        paidBookings: 1,
      });
    });

    it('only 7, 30 or 90 days; unknown parameters are refused', async () => {
      await http().get('/api/v1/admin/revenue').query({ days: 90 }).set(admin.bearer).expect(200);
      for (const days of [0, 8, 365, 'x'])
        await http().get('/api/v1/admin/revenue').query({ days }).set(admin.bearer).expect(400);
      await http()
        .get('/api/v1/admin/revenue')
        .query({ days: 7, currency: 'USD' })
        .set(admin.bearer)
        .expect(400);
    });
  });

  describe('GET /mentors/me/earnings', () => {
    it('earned, upcoming and refunded per currency, and the latest paid bookings with the mentor’s share', async () => {
      const res = await http().get('/api/v1/mentors/me/earnings').set(mentor.account.bearer).expect(200);
      expect(res.body.currencies).toEqual([
        { currency: 'XBB', earned: 0, upcoming: 1_701, refunded: 0, paidBookings: 1 },
        // earned: b3 keeps 10000 − 1500 − (5000 − 750) = 4250, b4 8500; upcoming: b1 8500.
        { currency: 'XTS', earned: 12_750, upcoming: 8_500, refunded: 15_000, paidBookings: 4 },
      ]);
      const recent = res.body.recent as {
        menteeName: string;
        currency: string;
        amount: number;
        platformFee: number;
        refunded: number;
        mentorShare: number;
        status: string;
        paidAt: string;
        startsAt: string;
      }[];
      expect(recent).toHaveLength(5);
      // Newest payment first; the one paid eight days ago last.
      expect(recent.at(-1)).toMatchObject({ status: 'completed', mentorShare: 8_500, amount: 10_000 });
      expect(recent.map((r) => r.menteeName).sort()).toEqual([...names].sort());
      const sum = (c: string) =>
        recent.filter((r) => r.currency === c).reduce((s, r) => s + r.mentorShare, 0);
      expect(sum('XTS')).toBe(12_750 + 8_500);
      expect(sum('XBB')).toBe(1_701);
      expect(
        recent
          .filter((r) => r.status === 'cancelled')
          .map((r) => [r.refunded, r.mentorShare])
          .sort(),
      ).toEqual([
        [10_000, 0],
        [5_000, 4_250],
      ]);
    });

    it('is empty for a mentor with no paid bookings, and 403 without the mentor role', async () => {
      const fresh = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 0 }]);
      const mentee = await signUp(t.app.getHttpServer());
      await book(t, mentee, fresh.offeringIds[0]!, utcSlot(10, 9)).expect(201);
      const res = await http().get('/api/v1/mentors/me/earnings').set(fresh.account.bearer).expect(200);
      expect(res.body).toEqual({ currencies: [], recent: [] });
      const nobody = await signUp(t.app.getHttpServer());
      await http().get('/api/v1/mentors/me/earnings').set(nobody.bearer).expect(403);
      // Another mentor's money is not mine.
      const mine = await http().get('/api/v1/mentors/me/earnings').set(mentor.account.bearer).expect(200);
      expect(mine.body.recent).toHaveLength(5);
    });
  });
});
