import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, PASSWORD, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { CALCOM_FIXTURE, type CalcomBody, calcomCreated, deliverCalcom } from '../../../test/calcom-helpers';
import { uniq } from '../../../test/factories';
import { waitFor } from '../../../test/wait';
import { deliveryKey } from '../mail/mail.service';
import { calcomSignature } from './calcom-signature';

const SECRET = 'calcom-webhook-secret-for-tests';
const PATH = '/api/v1/webhooks/calcom';

type Body = CalcomBody;
const FIXTURE = CALCOM_FIXTURE;

describe('POST /webhooks/calcom', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '8', CALCOM_WEBHOOK_SECRET: SECRET });
  });
  afterAll(() => t.close());

  const created = calcomCreated;

  /** Sends exactly these bytes, signed (or with the given header). */
  const deliver = (body: Body | string, signature?: string | null): request.Test =>
    deliverCalcom(t.app.getHttpServer(), PATH, SECRET, body, signature);

  const bookingsOf = async (uid: string) =>
    (await t.db.query(
      `SELECT id, status, source, starts_at, ends_at, offering_id, external_uid, price_amount, currency, meeting_url,
              refund_amount, ics_sequence, mentee_id, mentee_timezone, external_title
         FROM bookings WHERE external_uid = $1`,
      [uid],
    )) as {
      id: string;
      status: string;
      source: string;
      starts_at: Date;
      ends_at: Date;
      offering_id: string | null;
      price_amount: number;
      currency: string;
      meeting_url: string | null;
      refund_amount: number | null;
      ics_sequence: number;
      mentee_id: string;
      mentee_timezone: string;
      external_title: string | null;
    }[];

  const outcomeOf = async (eventId: string): Promise<string | null | undefined> => {
    const rows: { outcome: string | null }[] = await t.db.query(
      `SELECT outcome FROM webhook_events WHERE provider = 'calcom' AND event_id = $1`,
      [eventId],
    );
    return rows[0] ? rows[0].outcome : undefined;
  };

  const uidOf = (b: Body) => b.payload.uid as string;

  describe('signature', () => {
    it('answers 401 problem+json for a missing, wrong or other-body signature, and writes nothing', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee = await signUp(t.app.getHttpServer());
      const body = created(mentor, mentee, utcSlot(20, 9));
      const raw = JSON.stringify(body);
      const missing = await deliver(body, null).expect(401);
      expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(missing.body).toMatchObject({ status: 401, code: 'invalid_signature' });
      await deliver(body, calcomSignature(raw, 'not-the-secret')).expect(401);
      await deliver(body, 'deadbeef').expect(401);
      // A valid signature of other bytes (the body was altered in transit).
      await deliver(body, calcomSignature(`${raw} `, SECRET)).expect(401);
      expect(await bookingsOf(uidOf(body))).toHaveLength(0);
      expect(await outcomeOf(`${uidOf(body)}:BOOKING_CREATED`)).toBeUndefined();
    });
    it('judges a body that is not JSON by its signature first: 401 unsigned, 200 ignored when signed', async () => {
      for (const garbage of ['not json {', '']) {
        const unsigned = await deliver(garbage, null).expect(401);
        expect(unsigned.body).toMatchObject({ status: 401, code: 'invalid_signature' });
        await deliver(garbage, 'deadbeef').expect(401);
      }
      const signed = await deliver('not json {').expect(200);
      expect(signed.body.outcome).toMatch(/^ignored/);
    });
  });

  describe('BOOKING_CREATED', () => {
    it('becomes one confirmed calcom booking, seen by the mentor and the mentee, blocking the slot', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee = await signUp(t.app.getHttpServer());
      const start = utcSlot(21, 10);
      const body = created(mentor, mentee, start, { price: 4500, currency: 'eur', title: 'Intro call' });
      const res = await deliver(body).expect(200);
      expect(res.body).toEqual({ received: true, outcome: 'created' });

      const rows = await bookingsOf(uidOf(body));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        status: 'confirmed',
        source: 'calcom',
        offering_id: null,
        price_amount: 4500,
        currency: 'EUR',
        meeting_url: 'https://meet.google.com/abc-defg-hij',
        mentee_id: mentee.id,
        mentee_timezone: 'Europe/Berlin',
      });
      expect(rows[0]!.starts_at.toISOString()).toBe(start);

      for (const [who, role] of [
        [mentor.account, 'mentor'],
        [mentee, 'mentee'],
      ] as const) {
        const list = await http().get('/api/v1/bookings').query({ role }).set(who.bearer).expect(200);
        const item = list.body.items.find((b: { id: string }) => b.id === rows[0]!.id);
        expect(item).toMatchObject({
          source: 'calcom',
          offeringId: null,
          status: 'confirmed',
          startsAt: start,
          priceAmount: 4500,
          currency: 'EUR',
          meetingUrl: 'https://meet.google.com/abc-defg-hij',
          offering: { title: 'Intro call', durationMinutes: 60 },
          mentor: { slug: mentor.slug },
        });
      }
      await http().get(`/api/v1/bookings/${rows[0]!.id}/calendar.ics`).set(mentee.bearer).expect(200);

      // The Ladder slot at that time is gone, and the mentor's free slots are being recomputed.
      const slots = await http()
        .get(`/api/v1/mentors/${mentor.slug}/slots`)
        .query({ offeringId: mentor.offeringIds[0], from: utcSlot(21, 8), to: utcSlot(21, 13) })
        .expect(200);
      const starts = slots.body.slots.map((s: { start: string }) => s.start);
      expect(starts).toContain(utcSlot(21, 9));
      expect(starts).not.toContain(start);
      const queued: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'discovery.refresh-mentor' AND singleton_key = $1
            AND created_on >= now() - interval '1 minute'`,
        [mentor.profileId],
      );
      expect(queued[0]!.n).toBeGreaterThan(0);
      // A Ladder booking of that slot is now refused.
      const other = await signUp(t.app.getHttpServer());
      const refused = await book(t, other, mentor.offeringIds[0]!, start).expect(409);
      expect(refused.body.code).toBe('slot_unavailable');
    });

    it('has no second effect when replayed, nor when delivered ten times at once', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee = await signUp(t.app.getHttpServer());
      const once = created(mentor, mentee, utcSlot(22, 10));
      await deliver(once).expect(200);
      const replay = await deliver(once).expect(200);
      expect(replay.body.outcome).toBe('duplicate');
      expect(await bookingsOf(uidOf(once))).toHaveLength(1);

      const burst = created(mentor, mentee, utcSlot(22, 14));
      const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(burst)));
      expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200));
      const outcomes = answers.map((r) => r.body.outcome).sort();
      expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(9);
      expect(await bookingsOf(uidOf(burst))).toHaveLength(1);
      expect(await outcomeOf(`${uidOf(burst)}:BOOKING_CREATED`)).toBe('created');
    });

    it('finds the mentor by metadata.mentorSlug only when the organizer is that mentor', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      await t.db.query(
        `UPDATE mentor_profiles SET calcom_link = 'https://cal.com/Priya-Cal/intro' WHERE id = $1`,
        [mentor.profileId],
      );
      const mentee = await signUp(t.app.getHttpServer());
      // Organizer's Cal.com email differs from the Ladder account; the username matches the link.
      const body = created(mentor, mentee, utcSlot(23, 10), {
        organizer: { name: 'Priya', email: `other-${uniq()}@cal.example`, username: 'priya-cal' },
        metadata: { mentorSlug: mentor.slug },
      });
      expect((await deliver(body).expect(200)).body.outcome).toBe('created');

      // A slug pointing at a mentor who is not the organizer is not trusted.
      const victim = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const forged = created(mentor, mentee, utcSlot(23, 14), {
        organizer: { name: 'X', email: `stranger-${uniq()}@cal.example`, username: 'stranger' },
        metadata: { mentorSlug: victim.slug },
      });
      expect((await deliver(forged).expect(200)).body.outcome).toBe('ignored:unknown_mentor');
      expect(await bookingsOf(uidOf(forged))).toHaveLength(0);
    });

    it('records and ignores a booking whose organizer is no Ladder mentor', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const body = created(mentor, { email: `x-${uniq()}@test.ladder.dev`, name: 'X' }, utcSlot(24, 10), {
        organizer: { name: 'Nobody', email: `nobody-${uniq()}@cal.example`, username: `nobody-${uniq()}` },
      });
      const res = await deliver(body).expect(200);
      expect(res.body.outcome).toBe('ignored:unknown_mentor');
      expect(await outcomeOf(`${uidOf(body)}:BOOKING_CREATED`)).toBe('ignored:unknown_mentor');
      expect(await bookingsOf(uidOf(body))).toHaveLength(0);
      const users: unknown[] = await t.db.query('SELECT 1 FROM users WHERE email = $1', [
        (body.payload.attendees as { email: string }[])[0]!.email,
      ]);
      expect(users).toHaveLength(0);
    });

    it('gives a new attendee an account without a password, claimable through the reset flow', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const email = `new-${uniq()}@test.ladder.dev`;
      const body = created(mentor, { email, name: 'New Person' }, utcSlot(25, 10));
      expect((await deliver(body).expect(200)).body.outcome).toBe('created');
      const users: { id: string; password_hash: string | null; name: string }[] = await t.db.query(
        'SELECT id, password_hash, name FROM users WHERE email = $1',
        [email],
      );
      expect(users).toEqual([{ id: expect.any(String), password_hash: null, name: 'New Person' }]);
      // No password can open it (not even an empty one)…
      await http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(401);
      await http()
        .post('/api/v1/auth/login')
        .send({ email, password: '' })
        .expect((r) => {
          expect([400, 401]).toContain(r.status);
        });
      // …until its owner proves the address by resetting it; then the booking is theirs.
      await http().post('/api/v1/auth/forgot-password').send({ email }).expect(202);
      const mail = await waitFor('the reset email', async () => {
        const r = await http().get('/api/v1/dev/mailbox').query({ to: email });
        return r.body.items.find((m: { subject: string }) => /Reset your Ladder password/.test(m.subject));
      });
      const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      await http().post('/api/v1/auth/reset-password').send({ token, password: PASSWORD }).expect(204);
      const login = await http().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
      const list = await http()
        .get('/api/v1/bookings')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .expect(200);
      expect(list.body.items.map((b: { source: string }) => b.source)).toEqual(['calcom']);
    });

    it('records booking_confirmed in the funnel with the visitor id and attribution from metadata', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee = await signUp(t.app.getHttpServer());
      const anonymousId = `anon-${uniq()}`;
      const body = created(mentor, mentee, utcSlot(26, 10), {
        metadata: {
          anonymousId,
          mentorSlug: mentor.slug,
          articleSlug: 'path-to-staff',
          utm_source: 'newsletter',
          utm_campaign: 'spring',
          videoCallUrl: 'https://app.cal.com/video/xyz',
        },
      });
      await deliver(body).expect(200);
      const events: {
        type: string;
        user_id: string;
        mentor_slug: string;
        article_slug: string;
        utm: object;
      }[] = await t.db.query(
        'SELECT type, user_id, mentor_slug, article_slug, utm FROM funnel_events WHERE anonymous_id = $1',
        [anonymousId],
      );
      expect(events).toEqual([
        {
          type: 'booking_confirmed',
          user_id: mentee.id,
          mentor_slug: mentor.slug,
          article_slug: 'path-to-staff',
          utm: { source: 'newsletter', campaign: 'spring' },
        },
      ]);
      expect((await bookingsOf(uidOf(body)))[0]!.meeting_url).toBe('https://app.cal.com/video/xyz');
    });
  });

  describe('conflicts', () => {
    it('keeps the Ladder booking, records the conflict and emails the mentor once', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const ladderMentee = await signUp(t.app.getHttpServer(), { name: `Ladder Mentee ${uniq()}` });
      const start = utcSlot(27, 10);
      const ladder = await book(t, ladderMentee, mentor.offeringIds[0]!, start).expect(201);
      const calMentee = await signUp(t.app.getHttpServer(), { name: `Cal Mentee ${uniq()}` });
      // Half an hour into the Ladder session.
      const body = created(mentor, calMentee, new Date(Date.parse(start) + 1_800_000).toISOString());
      const res = await deliver(body).expect(200);
      expect(res.body.outcome).toBe('conflict');
      expect(await outcomeOf(`${uidOf(body)}:BOOKING_CREATED`)).toBe('conflict');
      expect(await bookingsOf(uidOf(body))).toHaveLength(0);
      const kept = await http()
        .get(`/api/v1/bookings/${ladder.body.id}`)
        .set(ladderMentee.bearer)
        .expect(200);
      expect(kept.body.status).toBe('confirmed');

      const mail = await waitFor('the double-booking notice', async () => {
        const r = await http().get('/api/v1/dev/mailbox').query({ to: mentor.account.email });
        return r.body.items.find((m: { subject: string }) => m.subject.startsWith('Double booking'));
      });
      expect(mail.text).toContain(calMentee.name);
      expect(mail.text).toContain(ladderMentee.name);
      expect(mail.text).toContain('(UTC)');
      // A replay changes nothing and sends nothing more.
      expect((await deliver(body).expect(200)).body.outcome).toBe('duplicate');
      const deliveries: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM mail_deliveries WHERE dedupe_key = $1`,
        [deliveryKey(`calcom-double-booking:${uidOf(body)}:BOOKING_CREATED`)],
      );
      expect(deliveries[0]!.n).toBe(1);
    });
  });

  describe('BOOKING_RESCHEDULED and BOOKING_CANCELLED', () => {
    it('moves the booking to the new time and uid; a late CREATED of the old uid does not return', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee = await signUp(t.app.getHttpServer());
      const first = created(mentor, mentee, utcSlot(28, 10));
      await deliver(first).expect(200);
      const [before] = await bookingsOf(uidOf(first));
      const newStart = utcSlot(29, 15);
      const moved: Body = {
        ...first,
        triggerEvent: 'BOOKING_RESCHEDULED',
        payload: {
          ...first.payload,
          uid: `cal-${uniq()}`,
          rescheduleUid: uidOf(first),
          startTime: newStart,
          endTime: new Date(Date.parse(newStart) + 2_700_000).toISOString(),
        },
      };
      expect((await deliver(moved).expect(200)).body.outcome).toBe('rescheduled');
      expect(await bookingsOf(uidOf(first))).toHaveLength(0);
      const [after] = await bookingsOf(uidOf(moved));
      expect(after).toMatchObject({
        id: before!.id,
        status: 'confirmed',
        ics_sequence: before!.ics_sequence + 1,
      });
      expect(after!.starts_at.toISOString()).toBe(newStart);
      const view = await http().get(`/api/v1/bookings/${before!.id}`).set(mentor.account.bearer).expect(200);
      expect(view.body).toMatchObject({ startsAt: newStart, offering: { durationMinutes: 45 } });
      // The old time is free again for Ladder bookings; the new one is not.
      const other = await signUp(t.app.getHttpServer());
      await book(t, other, mentor.offeringIds[0]!, utcSlot(28, 10)).expect(201);
      await book(t, other, mentor.offeringIds[0]!, utcSlot(29, 15)).expect(409);

      // A redelivered CREATED of the old uid changes nothing.
      expect((await deliver(first).expect(200)).body.outcome).toBe('duplicate');
      expect(await bookingsOf(uidOf(first))).toHaveLength(0);
    });

    it('books a RESCHEDULED whose original it never saw, and ignores that original arriving late', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee = await signUp(t.app.getHttpServer());
      const original = created(mentor, mentee, utcSlot(28, 14));
      const moved: Body = {
        ...original,
        triggerEvent: 'BOOKING_RESCHEDULED',
        payload: {
          ...original.payload,
          uid: `cal-${uniq()}`,
          rescheduleUid: uidOf(original),
          startTime: utcSlot(29, 9),
          endTime: utcSlot(29, 10),
        },
      };
      expect((await deliver(moved).expect(200)).body.outcome).toBe('created');
      expect((await deliver(original).expect(200)).body.outcome).toBe('ignored:cancelled_or_replaced');
      expect(await bookingsOf(uidOf(original))).toHaveLength(0);
      expect(await bookingsOf(uidOf(moved))).toHaveLength(1);
    });

    it('cancels the booking with no refund (Cal.com handled money) and a new calendar sequence', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee = await signUp(t.app.getHttpServer());
      const body = created(mentor, mentee, utcSlot(30, 10), { price: 5000, currency: 'usd' });
      await deliver(body).expect(200);
      const [before] = await bookingsOf(uidOf(body));
      const cancel: Body = {
        ...body,
        triggerEvent: 'BOOKING_CANCELLED',
        payload: {
          ...body.payload,
          status: 'CANCELLED',
          cancellationReason: 'Travelling',
          cancelledBy: mentee.email,
        },
      };
      expect((await deliver(cancel).expect(200)).body.outcome).toBe('cancelled');
      const view = await http().get(`/api/v1/bookings/${before!.id}`).set(mentee.bearer).expect(200);
      expect(view.body).toMatchObject({ status: 'cancelled', refundAmount: 0, cancelledBy: 'mentee' });
      const [after] = await bookingsOf(uidOf(body));
      expect(after!.ics_sequence).toBe(before!.ics_sequence + 1);
      expect((await deliver(cancel).expect(200)).body.outcome).toBe('duplicate');
      // The slot is free for Ladder bookings again.
      const other = await signUp(t.app.getHttpServer());
      await book(t, other, mentor.offeringIds[0]!, utcSlot(30, 10)).expect(201);
    });

    it('ignores a CANCELLED for an unknown uid, and the CREATED arriving after it', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee = await signUp(t.app.getHttpServer());
      const body = created(mentor, mentee, utcSlot(31, 10));
      const cancel: Body = {
        ...body,
        triggerEvent: 'BOOKING_CANCELLED',
        payload: { ...body.payload, status: 'CANCELLED' },
      };
      expect((await deliver(cancel).expect(200)).body.outcome).toBe('ignored:unknown_booking');
      expect((await deliver(body).expect(200)).body.outcome).toBe('ignored:cancelled_or_replaced');
      expect(await bookingsOf(uidOf(body))).toHaveLength(0);
    });

    it('never resurrects a booking when CREATED and CANCELLED race', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee = await signUp(t.app.getHttpServer());
      for (let i = 0; i < 4; i++) {
        const body = created(mentor, mentee, utcSlot(32 + i, 10));
        const cancel: Body = { ...body, triggerEvent: 'BOOKING_CANCELLED', payload: { ...body.payload } };
        await Promise.all([deliver(body).expect(200), deliver(cancel).expect(200)]);
        const rows = await bookingsOf(uidOf(body));
        // Either CREATED went first (booked, then cancelled) or CANCELLED did (nothing booked).
        expect(rows.filter((r) => r.status !== 'cancelled')).toHaveLength(0);
      }
    });

    it('answers 200 and records PING and triggers it does not handle', async () => {
      const ping = {
        triggerEvent: 'PING',
        createdAt: new Date().toISOString(),
        payload: { type: 'Test', uid: `p-${uniq()}` },
      };
      expect((await deliver(ping as Body).expect(200)).body.outcome).toBe('ignored:ping');
      const other = {
        ...FIXTURE,
        triggerEvent: 'MEETING_ENDED',
        payload: { ...FIXTURE.payload, uid: `m-${uniq()}` },
      };
      expect((await deliver(other).expect(200)).body.outcome).toBe('ignored:unsupported_trigger');
      expect(await outcomeOf(`${other.payload.uid}:MEETING_ENDED`)).toBe('ignored:unsupported_trigger');
    });
  });

  describe('after the session', () => {
    it('takes notes and a review on a calcom booking; Ladder cancel and reschedule answer 409', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const mentee: Account = await signUp(t.app.getHttpServer());
      const body = created(mentor, mentee, utcSlot(40, 10));
      await deliver(body).expect(200);
      const [row] = await bookingsOf(uidOf(body));
      const id = row!.id;
      for (const path of ['cancel', 'reschedule']) {
        const res = await http()
          .post(`/api/v1/bookings/${id}/${path}`)
          .set(mentee.bearer)
          .send(path === 'reschedule' ? { start: utcSlot(41, 10) } : {})
          .expect(409);
        expect(res.body.code).toBe('managed_by_calcom');
      }
      // Not reviewable before it starts.
      await http()
        .post(`/api/v1/bookings/${id}/review`)
        .set(mentee.bearer)
        .send({ rating: 5, body: 'Great session' })
        .expect(422);
      await t.db.query(
        `UPDATE bookings SET starts_at = now() - interval '90 minutes', ends_at = now() - interval '30 minutes',
                blocked_range = tstzrange(now() - interval '90 minutes', now() - interval '30 minutes') WHERE id = $1`,
        [id],
      );
      await http()
        .post(`/api/v1/bookings/${id}/notes`)
        .set(mentor.account.bearer)
        .send({ body: 'Private: push on scope', visibility: 'private' })
        .expect(201);
      await http()
        .post(`/api/v1/bookings/${id}/notes`)
        .set(mentee.bearer)
        .send({ body: 'Thanks! Reading list noted.', visibility: 'shared' })
        .expect(201);
      const notes = await http().get(`/api/v1/bookings/${id}/notes`).set(mentee.bearer).expect(200);
      expect(notes.body.items).toHaveLength(1);
      const review = await http()
        .post(`/api/v1/bookings/${id}/review`)
        .set(mentee.bearer)
        .send({ rating: 5, body: 'Clear, practical advice.' })
        .expect(201);
      expect(review.body).toMatchObject({ rating: 5 });
      const reviews = await http().get(`/api/v1/mentors/${mentor.slug}/reviews`).expect(200);
      expect(reviews.body.items).toHaveLength(1);
      const profile = await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200);
      expect(profile.body.rating).toMatchObject({ count: 1 });
    });
  });
  // Last: a second app re-registers the process-wide passport strategies, and closing it leaves
  // them pointing at a closed pool, so nothing authenticated may run after it.
  describe('without CALCOM_WEBHOOK_SECRET', () => {
    it('answers 401 to everything when no secret is configured', async () => {
      const bare = await createTestApp({ CALCOM_WEBHOOK_SECRET: '' });
      try {
        const raw = JSON.stringify({ ...FIXTURE, payload: { ...FIXTURE.payload, uid: `cal-${uniq()}` } });
        const res = await request(bare.app.getHttpServer())
          .post(PATH)
          .set('Content-Type', 'application/json')
          .set('X-Cal-Signature-256', calcomSignature(raw, ''))
          .send(raw)
          .expect(401);
        expect(res.body.code).toBe('invalid_signature');
      } finally {
        await bare.close();
      }
    });
  });
});
