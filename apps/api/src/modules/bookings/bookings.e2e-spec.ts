import { DateTime } from 'luxon';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { waitFor } from '../../../test/wait';
import { BookingsService } from './bookings.service';

describe('bookings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const mentee = () => signUp(t.app.getHttpServer());

  async function slots(slug: string, offeringId: string, from: string, to: string): Promise<string[]> {
    const res = await http().get(`/api/v1/mentors/${slug}/slots`).query({ offeringId, from, to }).expect(200);
    return res.body.slots.map((s: { start: string }) => s.start);
  }

  describe('availability and slots', () => {
    it('stores availability and answers slots in UTC, stepping by duration inside each interval', async () => {
      const mentor = await makeBookableMentor(
        t,
        { timezone: 'Europe/Berlin', weekly: [{ weekday: 3, start: '09:00', end: '11:30' }] },
        [{ priceAmount: 0, durationMinutes: 60 }],
      );
      const stored = await http()
        .get('/api/v1/mentors/me/availability')
        .set(mentor.account.bearer)
        .expect(200);
      expect(stored.body).toMatchObject({
        timezone: 'Europe/Berlin',
        weekly: [{ weekday: 3, start: '09:00', end: '11:30' }],
        overrides: [],
      });
      const wednesday = DateTime.now()
        .setZone('Europe/Berlin')
        .plus({ weeks: 1 })
        .set({ weekday: 3 })
        .startOf('day');
      const res = await http()
        .get(`/api/v1/mentors/${mentor.slug}/slots`)
        .query({
          offeringId: mentor.offeringIds[0],
          from: wednesday.toUTC().toISO(),
          to: wednesday.plus({ days: 1 }).toUTC().toISO(),
        })
        .expect(200);
      const expected = ['09:00', '10:00'].map((hhmm) => {
        const [h, m] = hhmm.split(':').map(Number);
        return wednesday.set({ hour: h, minute: m }).toUTC().toJSDate().toISOString();
      });
      expect(res.body).toEqual({
        timezone: 'Europe/Berlin',
        slots: expected.map((start) => ({
          start,
          end: new Date(Date.parse(start) + 3_600_000).toISOString(),
        })),
      });
    });

    it('keeps 09:00 local across DST: the UTC start moves by an hour (America/New_York, Europe/Berlin)', async () => {
      // The next clock change in each zone (found with Luxon, independently of the code
      // under test): the Friday before and the Monday after must both offer 09:00 local.
      const nextSpringForward = (zone: string): DateTime => {
        let day = DateTime.now().setZone(zone).startOf('day').plus({ days: 7 });
        // The change happens during the day whose midnight still has the old offset.
        while (day.offset === day.plus({ days: 1 }).offset) day = day.plus({ days: 1 });
        return day;
      };
      for (const zone of ['America/New_York', 'Europe/Berlin']) {
        const sunday = nextSpringForward(zone);
        expect(sunday.weekday).toBe(7);
        const friday = sunday.minus({ days: 2 }).set({ hour: 9 });
        const monday = sunday.plus({ days: 1 }).set({ hour: 9 });
        const shift = monday.offset - friday.offset; // +60 in spring, -60 in autumn
        expect(Math.abs(shift)).toBe(60);
        const mentor = await makeBookableMentor(
          t,
          {
            timezone: zone,
            weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '10:00' })),
            horizonDays: 365,
            overrides: [],
          },
          [{ priceAmount: 0, durationMinutes: 60 }],
        );
        const starts = await slots(
          mentor.slug,
          mentor.offeringIds[0]!,
          friday.startOf('day').toUTC().toISO()!,
          monday.endOf('day').toUTC().toISO()!,
        );
        const iso = (d: DateTime) => d.toUTC().toJSDate().toISOString();
        expect(starts).toEqual([iso(friday), iso(monday)]);
        // 09:00 stays 09:00 on the wall clock, so the UTC hour moves against the offset.
        expect(new Date(starts[1]!).getUTCHours()).toBe(
          (new Date(starts[0]!).getUTCHours() - shift / 60 + 24) % 24,
        );
      }
    });

    it('applies overrides: a day off and different hours', async () => {
      const day = DateTime.utc().plus({ days: 10 }).startOf('day');
      const mentor = await makeBookableMentor(t, {
        ...ALL_WEEK('UTC'),
        overrides: [
          { date: day.toISODate()!, intervals: [] },
          { date: day.plus({ days: 1 }).toISODate()!, intervals: [{ start: '14:00', end: '16:00' }] },
        ],
      });
      const off = await slots(
        mentor.slug,
        mentor.offeringIds[0]!,
        day.toISO()!,
        day.plus({ days: 1 }).toISO()!,
      );
      expect(off).toEqual([]);
      const short = await slots(
        mentor.slug,
        mentor.offeringIds[0]!,
        day.plus({ days: 1 }).toISO()!,
        day.plus({ days: 2 }).toISO()!,
      );
      expect(short).toEqual([
        day.plus({ days: 1, hours: 14 }).toJSDate().toISOString(),
        day.plus({ days: 1, hours: 15 }).toJSDate().toISOString(),
      ]);
    });

    it('respects minimum notice and buffers around existing bookings', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [
        { priceAmount: 0, bufferAfterMinutes: 15, minimumNoticeMinutes: 48 * 60 },
      ]);
      const offering = mentor.offeringIds[0]!;
      const soon = await slots(mentor.slug, offering, utcSlot(0, 0), utcSlot(2, 0));
      const earliest = Date.now() + 48 * 3_600_000;
      expect(soon.every((s) => Date.parse(s) >= earliest)).toBe(true);
      const tooSoon = await book(t, await mentee(), offering, utcSlot(1, 10)).expect(409);
      expect(tooSoon.body.code).toBe('slot_unavailable');

      await book(t, await mentee(), offering, utcSlot(5, 9)).expect(201);
      const day = await slots(mentor.slug, offering, utcSlot(5, 8), utcSlot(5, 13));
      // 09:00–10:00 booked; its 15-min buffer blocks 10:00 (10:00–11:15 would touch 09:00–10:15), 08:00 ends at 09:15 → blocked too.
      expect(day).toEqual([utcSlot(5, 11), utcSlot(5, 12)]);
      await book(t, await mentee(), offering, utcSlot(5, 10)).expect(409);
    });

    it('404s for unknown mentors and offerings; 400 for a window over 62 days', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      await http()
        .get('/api/v1/mentors/nobody-here/slots')
        .query({ offeringId: mentor.offeringIds[0], from: utcSlot(1, 0), to: utcSlot(2, 0) })
        .expect(404);
      await http()
        .get(`/api/v1/mentors/${mentor.slug}/slots`)
        .query({ offeringId: '00000000-0000-4000-8000-000000000000', from: utcSlot(1, 0), to: utcSlot(2, 0) })
        .expect(404);
      const wide = await http()
        .get(`/api/v1/mentors/${mentor.slug}/slots`)
        .query({ offeringId: mentor.offeringIds[0], from: utcSlot(1, 0), to: utcSlot(70, 0) })
        .expect(400);
      expect(wide.body.code).toBe('validation_failed');
    });

    it('rejects overlapping weekly intervals and unknown fields', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const res = await http()
        .put('/api/v1/mentors/me/availability')
        .set(mentor.account.bearer)
        .send({
          timezone: 'UTC',
          weekly: [
            { weekday: 1, start: '09:00', end: '12:00' },
            { weekday: 1, start: '11:00', end: '13:00' },
          ],
          overrides: [],
          status: 'x',
        })
        .expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(
        expect.arrayContaining(['weekly.1', 'status']),
      );
    });
  });

  describe('POST /bookings', () => {
    it('confirms a free offering at once, with a meeting link and emails with an invite to both', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const who = await mentee();
      const start = utcSlot(3, 10);
      const res = await book(t, who, mentor.offeringIds[0]!, start).expect(201);
      expect(res.body).toMatchObject({
        mentorId: mentor.profileId,
        menteeId: who.id,
        offeringId: mentor.offeringIds[0],
        status: 'confirmed',
        startsAt: start,
        endsAt: new Date(Date.parse(start) + 3_600_000).toISOString(),
        priceAmount: 0,
        currency: 'USD',
        meetingUrl: expect.stringMatching(/^https:\/\//),
      });
      for (const to of [who.email, mentor.account.email]) {
        const mail = await waitFor(`confirmation to ${to}`, async () => {
          const r = await http().get('/api/v1/dev/mailbox').query({ to });
          return r.body.items.find((m: { subject: string }) => m.subject.startsWith('Confirmed:'));
        });
        expect(mail.attachments).toEqual([expect.objectContaining({ filename: 'invite.ics' })]);
      }
    });

    it('gives exactly one of 30 concurrent requests for one slot; the rest get 409', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const people: Account[] = [];
      for (let i = 0; i < 30; i++) people.push(await mentee());
      const start = utcSlot(4, 15);
      const results = await Promise.all(people.map((p) => book(t, p, mentor.offeringIds[0]!, start)));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(29);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'slot_unavailable')).toBe(
        true,
      );
      const active = await t.db.query(
        `SELECT count(*)::int AS n FROM bookings WHERE mentor_id = $1 AND status IN ('held','confirmed')`,
        [mentor.profileId],
      );
      expect(active[0].n).toBe(1);
    });

    it('returns the same booking for a retried Idempotency-Key, and 422 for the key with another body', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const who = await mentee();
      const first = await book(t, who, mentor.offeringIds[0]!, utcSlot(6, 9), 'key-abc').expect(201);
      const again = await book(t, who, mentor.offeringIds[0]!, utcSlot(6, 9), 'key-abc').expect(201);
      expect(again.body.id).toBe(first.body.id);
      const concurrent = await Promise.all(
        [1, 2, 3].map(() => book(t, who, mentor.offeringIds[0]!, utcSlot(6, 9), 'key-abc')),
      );
      expect(concurrent.map((r) => r.body.id)).toEqual([first.body.id, first.body.id, first.body.id]);
      const other = await book(t, who, mentor.offeringIds[0]!, utcSlot(6, 11), 'key-abc').expect(422);
      expect(other.body.code).toBe('idempotency_key_reused');
      const count = await t.db.query('SELECT count(*)::int AS n FROM bookings WHERE mentee_id = $1', [
        who.id,
      ]);
      expect(count[0].n).toBe(1);
    });

    it('refuses to let a mentor book themself, or a mentee hold two overlapping sessions', async () => {
      const a = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const b = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const self = await book(t, a.account, a.offeringIds[0]!, utcSlot(7, 9)).expect(422);
      expect(self.body.code).toBe('cannot_book_self');
      const who = await mentee();
      await book(t, who, a.offeringIds[0]!, utcSlot(7, 9)).expect(201);
      const clash = await book(t, who, b.offeringIds[0]!, utcSlot(7, 9)).expect(409);
      expect(clash.body.code).toBe('mentee_overlap');
    });

    it('rejects a start off the grid or outside availability, and unknown body fields', async () => {
      const mentor = await makeBookableMentor(t, {
        timezone: 'UTC',
        weekly: [{ weekday: 1, start: '09:00', end: '10:00' }],
        overrides: [],
      });
      const monday = DateTime.utc()
        .plus({ weeks: 1 })
        .set({ weekday: 1, hour: 9, minute: 30, second: 0, millisecond: 0 });
      await book(t, await mentee(), mentor.offeringIds[0]!, monday.toJSDate().toISOString()).expect(409);
      await book(
        t,
        await mentee(),
        mentor.offeringIds[0]!,
        monday.set({ hour: 14, minute: 0 }).toJSDate().toISOString(),
      ).expect(409);
      const who = await mentee();
      const res = await http()
        .post('/api/v1/bookings')
        .set(who.bearer)
        .send({ offeringId: mentor.offeringIds[0], start: utcSlot(3, 9), status: 'confirmed' })
        .expect(400);
      expect(res.body.errors).toEqual([{ path: 'status', message: 'Unknown field' }]);
    });
  });

  describe('paid offerings, offline payment and cancellation', () => {
    it('holds, blocks the slot for others, confirms on offline payment, and refunds a mentee cancellation by policy', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 15_000 }]);
      const who = await mentee();
      const start = utcSlot(5, 14);
      const held = await book(t, who, mentor.offeringIds[0]!, start).expect(201);
      expect(held.body).toMatchObject({
        status: 'held',
        priceAmount: 15_000,
        checkoutUrl: expect.stringContaining(`/checkout/${held.body.id}`),
      });
      const expiresIn = Date.parse(held.body.holdExpiresAt) - Date.now();
      expect(expiresIn).toBeGreaterThan(9 * 60_000);
      expect(expiresIn).toBeLessThanOrEqual(10 * 60_000);
      expect(await slots(mentor.slug, mentor.offeringIds[0]!, start, utcSlot(5, 15))).toEqual([]);
      await book(t, await mentee(), mentor.offeringIds[0]!, start).expect(409);

      await http()
        .post(`/api/v1/payments/offline/${held.body.id}/pay`)
        .set((await mentee()).bearer)
        .expect(404);
      const paid = await http()
        .post(`/api/v1/payments/offline/${held.body.id}/pay`)
        .set(who.bearer)
        .expect(200);
      expect(paid.body).toMatchObject({
        id: held.body.id,
        status: 'confirmed',
        meetingUrl: expect.any(String),
      });
      expect(paid.body.checkoutUrl).toBeUndefined();
      const payment = await t.db.query(
        'SELECT status, amount, platform_fee FROM payments WHERE booking_id = $1',
        [held.body.id],
      );
      expect(payment[0]).toEqual({ status: 'succeeded', amount: 15_000, platform_fee: 2_250 });

      const cancelled = await http()
        .post(`/api/v1/bookings/${held.body.id}/cancel`)
        .set(who.bearer)
        .send({ reason: 'Conflict at work' })
        .expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', refundAmount: 15_000 });
      expect(await slots(mentor.slug, mentor.offeringIds[0]!, start, utcSlot(5, 15))).toEqual([start]);
    });

    it('refunds half, to the cent, when the mentee cancels less than 24 h ahead; the mentor cancelling refunds all', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 10_001 }]);
      const late = DateTime.utc().plus({ hours: 3 }).startOf('hour').toJSDate().toISOString();
      const who = await mentee();
      const a = await book(t, who, mentor.offeringIds[0]!, late).expect(201);
      await http().post(`/api/v1/payments/offline/${a.body.id}/pay`).set(who.bearer).expect(200);
      const c = await http()
        .post(`/api/v1/bookings/${a.body.id}/cancel`)
        .set(who.bearer)
        .send({})
        .expect(200);
      expect(c.body.refundAmount).toBe(5_000);
      const payment = await t.db.query('SELECT status, refunded_amount FROM payments WHERE booking_id = $1', [
        a.body.id,
      ]);
      expect(payment[0]).toEqual({ status: 'partially_refunded', refunded_amount: 5_000 });

      const other = await mentee();
      const b = await book(t, other, mentor.offeringIds[0]!, late).expect(201);
      await http().post(`/api/v1/payments/offline/${b.body.id}/pay`).set(other.bearer).expect(200);
      const byMentor = await http()
        .post(`/api/v1/bookings/${b.body.id}/cancel`)
        .set(mentor.account.bearer)
        .send({})
        .expect(200);
      expect(byMentor.body).toMatchObject({ status: 'cancelled', refundAmount: 10_001 });
      await http().post(`/api/v1/bookings/${b.body.id}/cancel`).set(other.bearer).send({}).expect(409);
    });

    it('frees an expired hold at once; paying it afterwards is refused', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 5_000 }]);
      const slow = await mentee();
      const start = utcSlot(8, 10);
      const held = await book(t, slow, mentor.offeringIds[0]!, start).expect(201);
      await t.db.query(`UPDATE bookings SET hold_expires_at = now() - interval '1 second' WHERE id = $1`, [
        held.body.id,
      ]);
      expect(await slots(mentor.slug, mentor.offeringIds[0]!, start, utcSlot(8, 11))).toEqual([start]);
      const quick = await mentee();
      await book(t, quick, mentor.offeringIds[0]!, start).expect(201);
      const late = await http()
        .post(`/api/v1/payments/offline/${held.body.id}/pay`)
        .set(slow.bearer)
        .expect(409);
      expect(late.body.code).toBe('hold_expired');
    });
  });

  describe('reschedule, calendar and access', () => {
    it('moves a booking atomically, bumps the calendar SEQUENCE, and refuses a taken slot without changing anything', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const who = await mentee();
      const booked = await book(t, who, mentor.offeringIds[0]!, utcSlot(9, 9)).expect(201);
      const before = await http()
        .get(`/api/v1/bookings/${booked.body.id}/calendar.ics`)
        .set(who.bearer)
        .expect(200);
      expect(before.headers['content-type']).toContain('text/calendar');
      expect(before.text).toContain('SEQUENCE:0');
      const uid = /UID:(.+)/.exec(before.text)?.[1]?.trim();

      const moved = await http()
        .post(`/api/v1/bookings/${booked.body.id}/reschedule`)
        .set(who.bearer)
        .send({ start: utcSlot(9, 13) })
        .expect(200);
      expect(moved.body).toMatchObject({ id: booked.body.id, status: 'confirmed', startsAt: utcSlot(9, 13) });
      const after = await http()
        .get(`/api/v1/bookings/${booked.body.id}/calendar.ics`)
        .set(mentor.account.bearer)
        .expect(200);
      expect(after.text).toContain(`UID:${uid}`);
      expect(after.text).toContain('SEQUENCE:1');
      expect(await slots(mentor.slug, mentor.offeringIds[0]!, utcSlot(9, 9), utcSlot(9, 10))).toEqual([
        utcSlot(9, 9),
      ]);

      await book(t, await mentee(), mentor.offeringIds[0]!, utcSlot(9, 16)).expect(201);
      const taken = await http()
        .post(`/api/v1/bookings/${booked.body.id}/reschedule`)
        .set(who.bearer)
        .send({ start: utcSlot(9, 16) })
        .expect(409);
      expect(taken.body.code).toBe('slot_unavailable');
      const unchanged = await http().get(`/api/v1/bookings/${booked.body.id}`).set(who.bearer).expect(200);
      expect(unchanged.body.startsAt).toBe(utcSlot(9, 13));

      await http()
        .post(`/api/v1/bookings/${booked.body.id}/cancel`)
        .set(mentor.account.bearer)
        .send({ reason: 'I am ill that day, sorry.' })
        .expect(200);
      const cancelled = await http()
        .get(`/api/v1/bookings/${booked.body.id}/calendar.ics`)
        .set(who.bearer)
        .expect(200);
      expect(cancelled.text).toContain('METHOD:CANCEL');
      expect(cancelled.text).toContain('SEQUENCE:2');
      // Both changes were mailed to both people, with the updated invitation.
      for (const to of [who.email, mentor.account.email]) {
        for (const subject of ['Rescheduled:', 'Cancelled:']) {
          const mail = await waitFor(`"${subject}" to ${to}`, async () => {
            const r = await http().get('/api/v1/dev/mailbox').query({ to });
            return r.body.items.find((m: { subject: string }) => m.subject.startsWith(subject));
          });
          expect(mail.attachments).toEqual([expect.objectContaining({ filename: 'invite.ics' })]);
          // The canceller's reason reaches the other person, as the cancel dialog promises.
          if (subject === 'Cancelled:') expect(mail.text).toContain('Reason: I am ill that day, sorry.');
        }
      }
    });

    it('shows a booking to its mentee, its mentor and admins; everyone else gets 404', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const who = await mentee();
      const booked = await book(t, who, mentor.offeringIds[0]!, utcSlot(11, 9)).expect(201);
      const id = booked.body.id;
      await http().get(`/api/v1/bookings/${id}`).expect(401);
      await http().get(`/api/v1/bookings/${id}`).set(who.bearer).expect(200);
      await http().get(`/api/v1/bookings/${id}`).set(mentor.account.bearer).expect(200);
      await http()
        .get(`/api/v1/bookings/${id}`)
        .set((await signInAdmin(t)).bearer)
        .expect(200);
      const stranger = await mentee();
      for (const req of [
        http().get(`/api/v1/bookings/${id}`),
        http().get(`/api/v1/bookings/${id}/calendar.ics`),
        http().post(`/api/v1/bookings/${id}/cancel`).send({}),
        http()
          .post(`/api/v1/bookings/${id}/reschedule`)
          .send({ start: utcSlot(11, 12) }),
      ]) {
        const res = await req.set(stranger.bearer);
        expect(res.status).toBe(404);
      }
      await http().get('/api/v1/bookings/not-a-uuid').set(who.bearer).expect(404);
      const mine = await http().get('/api/v1/bookings').query({ role: 'mentee' }).set(who.bearer).expect(200);
      expect(mine.body.items.map((b: { id: string }) => b.id)).toEqual([id]);
      const theirs = await http()
        .get('/api/v1/bookings')
        .query({ role: 'mentor' })
        .set(mentor.account.bearer)
        .expect(200);
      expect(theirs.body.items.map((b: { id: string }) => b.id)).toEqual([id]);
      expect(
        (await http().get('/api/v1/bookings').query({ role: 'mentor' }).set(stranger.bearer).expect(200)).body
          .items,
      ).toEqual([]);
    });
  });
  describe('after the session', () => {
    it('marks past confirmed sessions completed; the mentor can record a no-show after the start', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const who = await mentee();
      const done = await book(t, who, mentor.offeringIds[0]!, utcSlot(13, 9)).expect(201);
      const missed = await book(t, who, mentor.offeringIds[0]!, utcSlot(13, 11)).expect(201);
      // Too early: the session has not started.
      const early = await http()
        .post(`/api/v1/bookings/${missed.body.id}/no-show`)
        .set(mentor.account.bearer)
        .expect(409);
      expect(early.body.code).toBe('not_no_show');
      // Move both into the past (the clock is real; the rows are what the jobs read).
      await t.db.query(
        `UPDATE bookings SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours',
                blocked_range = tstzrange(now() - interval '3 hours', now() - interval '2 hours') WHERE id = $1`,
        [done.body.id],
      );
      await t.db.query(
        `UPDATE bookings SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '50 minutes',
                blocked_range = tstzrange(now() - interval '10 minutes', now() + interval '50 minutes') WHERE id = $1`,
        [missed.body.id],
      );
      await http().post(`/api/v1/bookings/${missed.body.id}/no-show`).set(who.bearer).expect(403);
      const noShow = await http()
        .post(`/api/v1/bookings/${missed.body.id}/no-show`)
        .set(mentor.account.bearer)
        .expect(200);
      expect(noShow.body.status).toBe('no_show');
      await t.app.get(BookingsService).completePast();
      const completed = await http().get(`/api/v1/bookings/${done.body.id}`).set(who.bearer).expect(200);
      expect(completed.body.status).toBe('completed');
      await http().post(`/api/v1/bookings/${done.body.id}/cancel`).set(who.bearer).send({}).expect(409);
    });
  });
});
