import { DateTime } from 'luxon';
import type Stripe from 'stripe';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../../../test/app';
import { type Account, signUp } from '../../../../test/auth-helpers';
import {
  ALL_WEEK,
  type BookableMentor,
  book,
  makeBookableMentor,
  utcSlot,
} from '../../../../test/booking-helpers';
import { FakeStripe, signPayload } from '../../../../test/fake-stripe';
import { mailSettled, waitFor } from '../../../../test/wait';
import { CheckoutsService } from './checkouts.service';
import { OwedTransfersService } from './owed-transfers.service';

const WEBHOOK_SECRET = 'whsec_test_ladder_e2e';

describe('payments with Stripe (real SDK, fake Stripe server)', () => {
  let fake: FakeStripe;
  let t: TestApp;
  beforeAll(async () => {
    fake = await new FakeStripe().start();
    t = await createTestApp({
      PAYMENTS_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: fake.secretKey,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: fake.url,
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });
  const http = () => request(t.app.getHttpServer());

  /** Delivers `event` as Stripe would: the exact bytes, signed (or with the given header). */
  function deliver(
    event: Stripe.Event,
    opts: { signature?: string; timestamp?: number; secret?: string } = {},
  ) {
    const payload = JSON.stringify(event);
    const signature = opts.signature ?? signPayload(payload, opts.secret ?? WEBHOOK_SECRET, opts.timestamp);
    return http()
      .post('/api/v1/webhooks/stripe')
      .set('Content-Type', 'application/json')
      .set('Stripe-Signature', signature)
      .send(payload);
  }

  /** A mentor with a payout-ready connected account (as account.updated would have left it). */
  async function connectedMentor(price = 10_000): Promise<BookableMentor & { accountId: string }> {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: price }]);
    const accountId = `acct_${mentor.profileId.replace(/-/g, '').slice(0, 16)}`;
    await t.db.query(
      `UPDATE mentor_profiles SET stripe_account_id = $2, stripe_charges_enabled = true, stripe_payouts_enabled = true
        WHERE id = $1`,
      [mentor.profileId, accountId],
    );
    return { ...mentor, accountId };
  }

  async function payment(bookingId: string) {
    const rows = await t.db.query(
      `SELECT status, amount, platform_fee, refunded_amount, provider_ref, provider_charge_ref, destination_account, paid_at
         FROM payments WHERE booking_id = $1`,
      [bookingId],
    );
    return rows[0];
  }

  const sessionOf = async (bookingId: string): Promise<string> => (await payment(bookingId)).provider_ref;

  async function outcomeOf(eventId: string): Promise<string | undefined> {
    const rows = await t.db.query(
      `SELECT outcome FROM webhook_events WHERE provider = 'stripe' AND event_id = $1`,
      [eventId],
    );
    return rows[0]?.outcome;
  }

  /** Books and pays (signed checkout.session.completed); answers the confirmed booking's id and session. */
  async function paidBooking(mentee: Account, offeringId: string, start: string) {
    const held = await book(t, mentee, offeringId, start).expect(201);
    const sessionId = await sessionOf(held.body.id);
    const paid = fake.pay(sessionId);
    const res = await deliver(fake.event('checkout.session.completed', paid)).expect(200);
    expect(res.body.outcome).toBe('confirmed');
    return { id: held.body.id as string, sessionId, paymentIntent: paid.payment_intent as string };
  }

  describe('checkout', () => {
    it('holds a paid booking with a Stripe-hosted checkout: a destination charge with the platform fee', async () => {
      const mentor = await connectedMentor(10_000);
      const mentee = await signUp(t.app.getHttpServer());
      const before = Date.now();
      const res = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(5, 9)).expect(201);
      expect(res.body).toMatchObject({ status: 'held', priceAmount: 10_000, currency: 'USD' });
      const sessionId = await sessionOf(res.body.id);
      expect(res.body.checkoutUrl).toBe(`https://checkout.stripe.com/c/pay/${sessionId}`);

      const [sent] = fake
        .calls('POST', '/v1/checkout/sessions')
        .filter((r) => r.body.client_reference_id === res.body.id);
      expect(sent).toBeDefined();
      expect(sent!.idempotencyKey).toBe(`checkout:${res.body.id}`);
      expect(sent!.body).toMatchObject({
        mode: 'payment',
        customer_email: mentee.email,
        metadata: { bookingId: res.body.id },
        line_items: [{ quantity: '1', price_data: { currency: 'usd', unit_amount: '10000' } }],
        payment_intent_data: {
          application_fee_amount: '1500',
          transfer_data: { destination: mentor.accountId },
          metadata: { bookingId: res.body.id },
        },
        success_url: `${t.config.http.webUrl}/dashboard/bookings/${res.body.id}?checkout=success`,
        cancel_url: `${t.config.http.webUrl}/dashboard/bookings/${res.body.id}?checkout=cancelled`,
      });
      // Stripe's minimum: a session stays open at least 30 minutes, whatever the hold's length.
      expect(Number(sent!.body.expires_at) * 1000).toBeGreaterThanOrEqual(before + 30 * 60_000);
      expect(await payment(res.body.id)).toMatchObject({
        status: 'pending',
        amount: 10_000,
        platform_fee: 1500,
        provider_ref: sessionId,
        destination_account: mentor.accountId,
      });
    });

    it('still holds the booking when the mentor has no payout-ready account: the platform keeps the charge', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 8_000 }]);
      const mentee = await signUp(t.app.getHttpServer());
      const res = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(5, 11)).expect(201);
      expect(res.body.status).toBe('held');
      expect(res.body.checkoutUrl).toMatch(/^https:\/\/checkout\.stripe\.com\//);
      const [sent] = fake
        .calls('POST', '/v1/checkout/sessions')
        .filter((r) => r.body.client_reference_id === res.body.id);
      const intentData = sent!.body.payment_intent_data as Record<string, unknown>;
      expect(intentData.transfer_data).toBeUndefined();
      expect(intentData.application_fee_amount).toBeUndefined();
      expect(intentData.transfer_group).toBe(`booking_${res.body.id}`);
      expect(await payment(res.body.id)).toMatchObject({ destination_account: null, platform_fee: 1200 });
    });
  });

  describe('webhook', () => {
    it('confirms a held booking on a signed checkout.session.completed; a replay has no second effect', async () => {
      const mentor = await connectedMentor();
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(6, 9)).expect(201);
      const paid = fake.pay(await sessionOf(held.body.id));
      const event = fake.event('checkout.session.completed', paid);

      const first = await deliver(event).expect(200);
      expect(first.body).toEqual({
        eventId: event.id,
        type: 'checkout.session.completed',
        outcome: 'confirmed',
      });
      const confirmed = await http().get(`/api/v1/bookings/${held.body.id}`).set(mentee.bearer).expect(200);
      expect(confirmed.body.status).toBe('confirmed');
      expect(confirmed.body.meetingUrl).toBeTruthy();
      const afterFirst = await payment(held.body.id);
      expect(afterFirst).toMatchObject({ status: 'succeeded', provider_charge_ref: paid.payment_intent });
      const [{ confirmed_at }] = await t.db.query('SELECT confirmed_at FROM bookings WHERE id = $1', [
        held.body.id,
      ]);

      const replay = await deliver(event).expect(200);
      expect(replay.body.outcome).toBe('duplicate');
      expect(await payment(held.body.id)).toEqual(afterFirst);
      const [again] = await t.db.query('SELECT confirmed_at FROM bookings WHERE id = $1', [held.body.id]);
      expect(again.confirmed_at).toEqual(confirmed_at);
      const rows = await t.db.query(`SELECT outcome FROM webhook_events WHERE event_id = $1`, [event.id]);
      expect(rows).toEqual([{ outcome: 'confirmed' }]);
    });

    it('two deliveries of one event racing: one effect', async () => {
      const mentor = await connectedMentor();
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(6, 13)).expect(201);
      const event = fake.event('checkout.session.completed', fake.pay(await sessionOf(held.body.id)));
      const answers = await Promise.all([deliver(event), deliver(event), deliver(event)]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(answers.map((a) => a.body.outcome).sort()).toEqual(['confirmed', 'duplicate', 'duplicate']);
    });

    it('answers 400 problem+json with no effect on a bad, missing or foreign signature', async () => {
      const mentor = await connectedMentor();
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(7, 9)).expect(201);
      const event = fake.event('checkout.session.completed', fake.pay(await sessionOf(held.body.id)));
      const payload = JSON.stringify(event);
      const good = signPayload(payload, WEBHOOK_SECRET);
      const tampered = good.replace(/v1=([0-9a-f])/, (_, c: string) => `v1=${c === '0' ? '1' : '0'}`);

      for (const res of [
        await deliver(event, { signature: tampered }),
        await deliver(event, { secret: 'whsec_someone_else' }),
        await deliver(event, { signature: 'nonsense' }),
        await http().post('/api/v1/webhooks/stripe').set('Content-Type', 'application/json').send(payload),
        // Not JSON at all, unsigned or with a signature of other bytes: still the signature's answer.
        await http()
          .post('/api/v1/webhooks/stripe')
          .set('Content-Type', 'application/json')
          .send('{"id": evt'),
        await http()
          .post('/api/v1/webhooks/stripe')
          .set('Content-Type', 'application/json')
          .set('Stripe-Signature', good)
          .send('{"id": evt'),
        // A valid signature over other bytes: the body was changed in transit.
        await http()
          .post('/api/v1/webhooks/stripe')
          .set('Content-Type', 'application/json')
          .set('Stripe-Signature', good)
          .send(payload.replace('"paid"', '"unpaid"')),
      ]) {
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body).toMatchObject({ status: 400, code: 'invalid_signature' });
      }
      expect(await outcomeOf(event.id)).toBeUndefined();
      const still = await http().get(`/api/v1/bookings/${held.body.id}`).set(mentee.bearer).expect(200);
      expect(still.body.status).toBe('held');
      expect((await payment(held.body.id)).status).toBe('pending');
    });

    it('refuses a signature older than 300 seconds (400), accepts one within the tolerance', async () => {
      const mentor = await connectedMentor();
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(7, 13)).expect(201);
      const event = fake.event('checkout.session.completed', fake.pay(await sessionOf(held.body.id)));
      const now = Math.floor(Date.now() / 1000);
      const old = await deliver(event, { timestamp: now - 301 }).expect(400);
      expect(old.body.code).toBe('invalid_signature');
      expect(await outcomeOf(event.id)).toBeUndefined();
      expect((await payment(held.body.id)).status).toBe('pending');
      const recent = await deliver(event, { timestamp: now - 240 }).expect(200);
      expect(recent.body.outcome).toBe('confirmed');
    });

    it('records an unknown event type as ignored (200)', async () => {
      const event = fake.event('customer.created', { id: 'cus_123', object: 'customer' });
      const res = await deliver(event).expect(200);
      expect(res.body.outcome).toBe('ignored:unhandled_type');
      expect(await outcomeOf(event.id)).toBe('ignored:unhandled_type');
    });

    it('checkout.session.expired releases an unpaid hold; after completion it changes nothing', async () => {
      const mentor = await connectedMentor();
      const mentee = await signUp(t.app.getHttpServer());
      const unpaid = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(8, 9)).expect(201);
      const unpaidSession = fake.session(await sessionOf(unpaid.body.id));
      const expired = await deliver(
        fake.event('checkout.session.expired', { ...unpaidSession, status: 'expired' }),
      );
      expect(expired.body.outcome).toBe('expired');
      const after = await http().get(`/api/v1/bookings/${unpaid.body.id}`).set(mentee.bearer).expect(200);
      expect(after.body.status).toBe('expired');
      expect((await payment(unpaid.body.id)).status).toBe('failed');

      const paid = await paidBooking(mentee, mentor.offeringIds[0]!, utcSlot(8, 13));
      const late = await deliver(
        fake.event('checkout.session.expired', { ...fake.session(paid.sessionId), status: 'expired' }),
      ).expect(200);
      expect(late.body.outcome).toBe('ignored:already_settled');
      const still = await http().get(`/api/v1/bookings/${paid.id}`).set(mentee.bearer).expect(200);
      expect(still.body.status).toBe('confirmed');
    });
  });

  describe('refunds on cancellation', () => {
    /** The next whole UTC hour at least `hours` ahead: on ALL_WEEK's hourly grid. */
    const hoursAhead = (hours: number) =>
      DateTime.utc().plus({ hours }).startOf('hour').plus({ hours: 1 }).toJSDate().toISOString();

    it('a mentee cancelling late gets half back, to the cent, through Stripe (fee and transfer reversed pro rata)', async () => {
      const mentor = await connectedMentor(10_001);
      const mentee = await signUp(t.app.getHttpServer());
      const paid = await paidBooking(mentee, mentor.offeringIds[0]!, hoursAhead(3));
      const res = await http()
        .post(`/api/v1/bookings/${paid.id}/cancel`)
        .set(mentee.bearer)
        .send({ reason: 'Something came up' })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'cancelled', refundAmount: 5_000 });
      const refunds = fake
        .calls('POST', '/v1/refunds')
        .filter((r) => r.body.payment_intent === paid.paymentIntent);
      expect(refunds).toHaveLength(1);
      expect(refunds[0]).toMatchObject({
        idempotencyKey: `refund:${paid.id}`,
        body: {
          payment_intent: paid.paymentIntent,
          amount: '5000',
          reverse_transfer: 'true',
          refund_application_fee: 'true',
          metadata: { bookingId: paid.id },
        },
      });
      expect(await payment(paid.id)).toMatchObject({ status: 'partially_refunded', refunded_amount: 5_000 });

      // Stripe then reports the refund: already counted. A further refund made in the Stripe
      // dashboard is reconciled; an older report never lowers the total.
      const ours = await deliver(fake.event('charge.refunded', fake.charge(paid.sessionId, 5_000))).expect(
        200,
      );
      expect(ours.body.outcome).toBe('ignored:already_reconciled');
      const dashboard = await deliver(
        fake.event('charge.refunded', fake.charge(paid.sessionId, 6_000)),
      ).expect(200);
      expect(dashboard.body.outcome).toBe('refund_reconciled');
      await deliver(fake.event('charge.refunded', fake.charge(paid.sessionId, 5_000))).expect(200);
      expect(await payment(paid.id)).toMatchObject({ status: 'partially_refunded', refunded_amount: 6_000 });
    });

    it('while Stripe is down, booking and cancelling answer 503 with Retry-After and change nothing', async () => {
      const mentor = await connectedMentor(8_000);
      const mentee = await signUp(t.app.getHttpServer());
      const paid = await paidBooking(mentee, mentor.offeringIds[0]!, hoursAhead(48));
      fake.down = true;
      try {
        const booking = await book(t, mentee, mentor.offeringIds[0]!, hoursAhead(72)).expect(503);
        expect(booking.headers['retry-after']).toBe('60');
        expect(booking.body).toMatchObject({ status: 503, code: 'payment_provider_unavailable' });
        const cancel = await http()
          .post(`/api/v1/bookings/${paid.id}/cancel`)
          .set(mentee.bearer)
          .send({})
          .expect(503);
        expect(cancel.body.code).toBe('payment_provider_unavailable');
      } finally {
        fake.down = false;
      }
      const mine = await http()
        .get('/api/v1/bookings')
        .query({ role: 'mentee' })
        .set(mentee.bearer)
        .expect(200);
      expect(mine.body.items.map((b: { id: string; status: string }) => [b.id, b.status])).toEqual([
        [paid.id, 'confirmed'],
      ]);
      expect(await payment(paid.id)).toMatchObject({ status: 'succeeded', refunded_amount: 0 });
      // Once Stripe answers again, the same cancellation goes through with its full refund.
      const retried = await http()
        .post(`/api/v1/bookings/${paid.id}/cancel`)
        .set(mentee.bearer)
        .send({})
        .expect(200);
      expect(retried.body).toMatchObject({ status: 'cancelled', refundAmount: 8_000 });
    });

    it('a mentee cancelling 24 h or more ahead gets everything back', async () => {
      const mentor = await connectedMentor(12_345);
      const mentee = await signUp(t.app.getHttpServer());
      const paid = await paidBooking(mentee, mentor.offeringIds[0]!, utcSlot(9, 9));
      const res = await http()
        .post(`/api/v1/bookings/${paid.id}/cancel`)
        .set(mentee.bearer)
        .send({})
        .expect(200);
      expect(res.body.refundAmount).toBe(12_345);
      const [refund] = fake
        .calls('POST', '/v1/refunds')
        .filter((r) => r.body.payment_intent === paid.paymentIntent);
      expect(refund!.body.amount).toBe('12345');
      expect(await payment(paid.id)).toMatchObject({ status: 'refunded', refunded_amount: 12_345 });
    });

    it('a platform charge (no connected account) is refunded without reversing a transfer', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 4_000 }]);
      const mentee = await signUp(t.app.getHttpServer());
      const paid = await paidBooking(mentee, mentor.offeringIds[0]!, utcSlot(9, 13));
      await http().post(`/api/v1/bookings/${paid.id}/cancel`).set(mentor.account.bearer).send({}).expect(200);
      const [refund] = fake
        .calls('POST', '/v1/refunds')
        .filter((r) => r.body.payment_intent === paid.paymentIntent);
      expect(refund!.body).toEqual({
        payment_intent: paid.paymentIntent,
        amount: '4000',
        metadata: { bookingId: paid.id },
      });
    });
  });

  describe('refunds made in the Stripe dashboard', () => {
    const mailsTo = async (to: string, subject: string) => {
      const res = await http().get('/api/v1/dev/mailbox').query({ to });
      return res.body.items.filter((m: { subject: string }) => m.subject.startsWith(subject));
    };

    it('a full refund cancels the upcoming booking as Ladder: slot freed, both emailed with a calendar CANCEL, once', async () => {
      const mentor = await connectedMentor(7_500);
      const mentee = await signUp(t.app.getHttpServer());
      const start = utcSlot(9, 11);
      const paid = await paidBooking(mentee, mentor.offeringIds[0]!, start);

      const refunded = fake.event('charge.refunded', fake.refundInDashboard(paid.sessionId, 7_500));
      const res = await deliver(refunded).expect(200);
      expect(res.body.outcome).toBe('refund_reconciled:cancelled');
      expect(await payment(paid.id)).toMatchObject({ status: 'refunded', refunded_amount: 7_500 });
      const booking = await http().get(`/api/v1/bookings/${paid.id}`).set(mentee.bearer).expect(200);
      expect(booking.body).toMatchObject({ status: 'cancelled', refundAmount: 7_500, cancelledBy: 'admin' });
      // Ladder refunded nothing itself: the money already went back.
      expect(
        fake.calls('POST', '/v1/refunds').filter((r) => r.body.payment_intent === paid.paymentIntent),
      ).toEqual([]);
      // Both people are told, with the invitation that removes it from their calendars.
      for (const to of [mentee.email, mentor.account.email]) {
        const [mail] = await waitFor(`the cancellation email to ${to}`, async () => {
          const found = await mailsTo(to, 'Cancelled:');
          return found.length > 0 ? found : undefined;
        });
        expect(mail.text).toContain('was cancelled by Ladder');
        expect(mail.attachments).toEqual([
          expect.objectContaining({
            filename: 'invite.ics',
            contentType: expect.stringContaining('method=CANCEL'),
          }),
        ]);
      }
      expect((await mailsTo(mentee.email, 'Cancelled:'))[0].text).toContain('Refund: $75.00');

      // A redelivery, and a stale report of a smaller total, change nothing.
      expect((await deliver(refunded).expect(200)).body.outcome).toBe('duplicate');
      const stale = await deliver(fake.event('charge.refunded', fake.charge(paid.sessionId, 2_000))).expect(
        200,
      );
      expect(stale.body.outcome).toBe('ignored:already_reconciled');
      expect(await payment(paid.id)).toMatchObject({ status: 'refunded', refunded_amount: 7_500 });
      await mailSettled(t.db, mentee.email);
      expect(await mailsTo(mentee.email, 'Cancelled:')).toHaveLength(1);

      // The time is free again: someone else books it.
      const other = await signUp(t.app.getHttpServer());
      await book(t, other, mentor.offeringIds[0]!, start).expect(201);
    });

    it('a partial refund is recorded and leaves the booking; a later cancellation refunds only the rest', async () => {
      const mentor = await connectedMentor(10_000);
      const mentee = await signUp(t.app.getHttpServer());
      const paid = await paidBooking(mentee, mentor.offeringIds[0]!, utcSlot(9, 15));

      const res = await deliver(
        fake.event('charge.refunded', fake.refundInDashboard(paid.sessionId, 2_500)),
      ).expect(200);
      expect(res.body.outcome).toBe('refund_reconciled');
      expect(await payment(paid.id)).toMatchObject({ status: 'partially_refunded', refunded_amount: 2_500 });
      const booking = await http().get(`/api/v1/bookings/${paid.id}`).set(mentee.bearer).expect(200);
      expect(booking.body.status).toBe('confirmed');

      const cancelled = await http()
        .post(`/api/v1/bookings/${paid.id}/cancel`)
        .set(mentee.bearer)
        .send({})
        .expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', refundAmount: 7_500 });
      expect(await payment(paid.id)).toMatchObject({ status: 'refunded', refunded_amount: 10_000 });
    });

    it('a full refund reported before the payment: the hold is cancelled, and the payment after it changes nothing', async () => {
      const mentor = await connectedMentor(6_000);
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(9, 17)).expect(201);
      const sessionId = await sessionOf(held.body.id);
      const paid = fake.pay(sessionId);

      const refund = await deliver(
        fake.event('charge.refunded', fake.refundInDashboard(sessionId, 6_000)),
      ).expect(200);
      expect(refund.body.outcome).toBe('refund_reconciled:cancelled');
      const late = await deliver(fake.event('checkout.session.completed', paid)).expect(200);
      expect(late.body.outcome).toBe('ignored:already_settled');
      const booking = await http().get(`/api/v1/bookings/${held.body.id}`).set(mentee.bearer).expect(200);
      expect(booking.body).toMatchObject({ status: 'cancelled', refundAmount: 6_000 });
      expect(await payment(held.body.id)).toMatchObject({
        status: 'refunded',
        refunded_amount: 6_000,
        provider_charge_ref: paid.payment_intent,
      });
    });

    it('a full refund of a session that has taken place is recorded and leaves the booking', async () => {
      const mentor = await connectedMentor(5_000);
      const mentee = await signUp(t.app.getHttpServer());
      const paid = await paidBooking(mentee, mentor.offeringIds[0]!, utcSlot(9, 19));
      await t.db.query(
        `UPDATE bookings SET status = 'completed', starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour',
                blocked_range = tstzrange(now() - interval '2 hours', now() - interval '1 hour') WHERE id = $1`,
        [paid.id],
      );
      const res = await deliver(
        fake.event('charge.refunded', fake.refundInDashboard(paid.sessionId, 5_000)),
      ).expect(200);
      expect(res.body.outcome).toBe('refund_reconciled');
      expect(await payment(paid.id)).toMatchObject({ status: 'refunded', refunded_amount: 5_000 });
      const booking = await http().get(`/api/v1/bookings/${paid.id}`).set(mentee.bearer).expect(200);
      expect(booking.body.status).toBe('completed');
    });
  });

  describe('late payments (after the hold expired)', () => {
    it('confirms when the slot is still free', async () => {
      const mentor = await connectedMentor();
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(10, 9)).expect(201);
      // The hold ran out and the expiry job released it before the payment arrived.
      await t.db.query(
        `UPDATE bookings SET hold_expires_at = now() - interval '1 minute', status = 'expired' WHERE id = $1`,
        [held.body.id],
      );
      const res = await deliver(
        fake.event('checkout.session.completed', fake.pay(await sessionOf(held.body.id))),
      ).expect(200);
      expect(res.body.outcome).toBe('confirmed_late');
      const booking = await http().get(`/api/v1/bookings/${held.body.id}`).set(mentee.bearer).expect(200);
      expect(booking.body.status).toBe('confirmed');
      expect((await payment(held.body.id)).status).toBe('succeeded');
    });

    it('refunds in full, and says so on the booking, when someone else took the slot', async () => {
      const mentor = await connectedMentor(9_900);
      const mentee = await signUp(t.app.getHttpServer());
      const start = utcSlot(10, 13);
      const held = await book(t, mentee, mentor.offeringIds[0]!, start).expect(201);
      await t.db.query(`UPDATE bookings SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`, [
        held.body.id,
      ]);
      // Another mentee books the freed slot (their booking retires the stale hold) and pays.
      const other = await signUp(t.app.getHttpServer());
      const taken = await paidBooking(other, mentor.offeringIds[0]!, start);

      const paid = fake.pay(await sessionOf(held.body.id));
      const res = await deliver(fake.event('checkout.session.completed', paid)).expect(200);
      expect(res.body.outcome).toBe('refunded:slot_taken');
      const [refund] = fake
        .calls('POST', '/v1/refunds')
        .filter((r) => r.body.payment_intent === paid.payment_intent);
      expect(refund).toMatchObject({
        idempotencyKey: `refund:unconfirmed:${held.body.id}`,
        body: { amount: '9900', reverse_transfer: 'true', refund_application_fee: 'true' },
      });
      const booking = await http().get(`/api/v1/bookings/${held.body.id}`).set(mentee.bearer).expect(200);
      expect(booking.body).toMatchObject({ status: 'expired', refundAmount: 9_900 });
      // Unlike other expired holds, it stays in the mentee's list, so they can find out what happened.
      const mine = await http()
        .get('/api/v1/bookings')
        .query({ role: 'mentee' })
        .set(mentee.bearer)
        .expect(200);
      expect(mine.body.items.map((b: { id: string }) => b.id)).toContain(held.body.id);
      expect(await payment(held.body.id)).toMatchObject({ status: 'refunded', refunded_amount: 9_900 });
      const winner = await http().get(`/api/v1/bookings/${taken.id}`).set(other.bearer).expect(200);
      expect(winner.body.status).toBe('confirmed');
      // …and the mentee is told by email why, with the amount.
      const mails = await waitFor('the refund email', async () => {
        const res = await http().get('/api/v1/dev/mailbox').query({ to: mentee.email });
        const found = res.body.items.filter((m: { subject: string }) => m.subject.startsWith('Refunded:'));
        return found.length > 0 ? found : undefined;
      });
      expect(mails).toHaveLength(1);
    });

    it('expires the checkout of a hold that ended unpaid, once', async () => {
      const mentor = await connectedMentor();
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(11, 9)).expect(201);
      const cancelled = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(11, 13)).expect(201);
      await http()
        .post(`/api/v1/bookings/${cancelled.body.id}/cancel`)
        .set(mentee.bearer)
        .send({})
        .expect(200);
      await t.db.query(`UPDATE bookings SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`, [
        held.body.id,
      ]);
      const closer = t.app.get(CheckoutsService);
      await closer.closeStale();
      for (const id of [held.body.id, cancelled.body.id]) {
        const sessionId = await sessionOf(id);
        expect(fake.calls('POST', `/v1/checkout/sessions/${sessionId}/expire`)).toHaveLength(1);
        expect(fake.session(sessionId).status).toBe('expired');
        expect((await payment(id)).status).toBe('failed');
      }
      await closer.closeStale();
      expect(
        fake.calls('POST', `/v1/checkout/sessions/${await sessionOf(held.body.id)}/expire`),
      ).toHaveLength(1);
    });
  });

  describe('payouts (Connect Express)', () => {
    it('onboarding creates one account however often it is asked; account.updated flips the status', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const me = mentor.account.bearer;
      expect((await http().get('/api/v1/mentors/me/payouts').set(me).expect(200)).body).toEqual({
        provider: 'stripe',
        status: 'not_connected',
        chargesEnabled: false,
        payoutsEnabled: false,
        detailsSubmitted: false,
      });
      const links = await Promise.all([
        http().post('/api/v1/mentors/me/payouts/onboarding').set(me),
        http().post('/api/v1/mentors/me/payouts/onboarding').set(me),
      ]);
      const again = await http().post('/api/v1/mentors/me/payouts/onboarding').set(me);
      for (const res of [...links, again]) {
        expect(res.status).toBe(200);
        expect(res.body.url).toMatch(/^https:\/\/connect\.stripe\.com\/setup\//);
      }
      const created = fake
        .calls('POST', '/v1/accounts')
        .filter((r) => (r.body.metadata as Record<string, string>)?.mentorProfileId === mentor.profileId);
      // A racing second call may reach Stripe with the same idempotency key, never a new account.
      expect(new Set(created.map((r) => r.idempotencyKey))).toEqual(
        new Set([`connect-account:${mentor.profileId}`]),
      );
      const [{ stripe_account_id: accountId }] = await t.db.query(
        'SELECT stripe_account_id FROM mentor_profiles WHERE id = $1',
        [mentor.profileId],
      );
      expect(
        [...fake.accounts.values()].filter((a) => a.metadata?.mentorProfileId === mentor.profileId),
      ).toHaveLength(1);
      expect(created[0]!.body).toMatchObject({ type: 'express', email: mentor.account.email });
      const link = fake.calls('POST', '/v1/account_links').find((r) => r.body.account === accountId);
      expect(link!.body).toMatchObject({
        type: 'account_onboarding',
        return_url: `${t.config.http.webUrl}/dashboard/mentor/payouts?onboarding=return`,
        refresh_url: `${t.config.http.webUrl}/dashboard/mentor/payouts?onboarding=refresh`,
      });
      expect((await http().get('/api/v1/mentors/me/payouts').set(me).expect(200)).body.status).toBe(
        'pending',
      );

      const created0 = Math.floor(Date.now() / 1000);
      const enabled = fake.updateAccount(accountId, {
        charges_enabled: true,
        payouts_enabled: true,
        details_submitted: true,
      });
      const res = await deliver(fake.event('account.updated', enabled, created0)).expect(200);
      expect(res.body.outcome).toBe('payouts_updated');
      expect((await http().get('/api/v1/mentors/me/payouts').set(me).expect(200)).body).toEqual({
        provider: 'stripe',
        status: 'enabled',
        chargesEnabled: true,
        payoutsEnabled: true,
        detailsSubmitted: true,
      });
      // An older event delivered late does not undo the newer state.
      const stale = { ...enabled, charges_enabled: false, payouts_enabled: false };
      const late = await deliver(fake.event('account.updated', stale, created0 - 60)).expect(200);
      expect(late.body.outcome).toBe('ignored:stale');
      expect((await http().get('/api/v1/mentors/me/payouts').set(me).expect(200)).body.status).toBe(
        'enabled',
      );

      // From now on the mentor's paid sessions are destination charges to that account.
      const offering = await http()
        .post('/api/v1/mentors/me/offerings')
        .set(me)
        .send({ title: 'Deep dive', durationMinutes: 60, priceAmount: 20_000, currency: 'USD' })
        .expect(201);
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, offering.body.id, utcSlot(12, 9)).expect(201);
      expect((await payment(held.body.id)).destination_account).toBe(accountId);
    });

    it('pays a not-yet-connected mentor their share once the session took place and their account is ready', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 8_000 }]);
      const mentee = await signUp(t.app.getHttpServer());
      const held = await paidBooking(mentee, mentor.offeringIds[0]!, utcSlot(14, 9));
      const upcoming = await paidBooking(mentee, mentor.offeringIds[0]!, utcSlot(14, 13));
      await t.db.query(`UPDATE bookings SET status = 'completed' WHERE id = $1`, [held.id]);
      const transfers = t.app.get(OwedTransfersService);
      const sent = (bookingId: string) =>
        fake
          .calls('POST', '/v1/transfers')
          .filter((r) => (r.body.metadata as Record<string, string> | undefined)?.bookingId === bookingId);

      await transfers.transferOwed();
      expect(sent(held.id)).toHaveLength(0); // no account yet: the platform keeps holding it

      await http().post('/api/v1/mentors/me/payouts/onboarding').set(mentor.account.bearer).expect(200);
      const [{ stripe_account_id: accountId }] = await t.db.query(
        'SELECT stripe_account_id FROM mentor_profiles WHERE id = $1',
        [mentor.profileId],
      );
      const ready = fake.updateAccount(accountId, {
        charges_enabled: true,
        payouts_enabled: true,
        details_submitted: true,
      });
      await deliver(fake.event('account.updated', ready)).expect(200);
      await transfers.transferOwed();
      await transfers.transferOwed();

      const [{ id: paymentId, transfer_ref }] = await t.db.query(
        'SELECT id, transfer_ref FROM payments WHERE booking_id = $1',
        [held.id],
      );
      expect(transfer_ref).toMatch(/^tr_/);
      // However often it runs (the job queued by account.updated may run too): one transfer.
      expect(new Set(sent(held.id).map((r) => r.idempotencyKey))).toEqual(new Set([`transfer:${paymentId}`]));
      expect(sent(held.id)[0]!.body).toEqual({
        amount: '6800', // 8000 less the 15 % fee
        currency: 'usd',
        destination: accountId,
        transfer_group: `booking_${held.id}`,
        metadata: { bookingId: held.id },
      });
      // The session still ahead stays with the platform until it has taken place.
      expect(sent(upcoming.id)).toHaveLength(0);
    });

    it('answers 403 to a user without the mentor role (CONTRACT.md: a missing role is 403)', async () => {
      const user = await signUp(t.app.getHttpServer());
      await http().get('/api/v1/mentors/me/payouts').set(user.bearer).expect(403);
      await http().post('/api/v1/mentors/me/payouts/onboarding').set(user.bearer).expect(403);
    });
  });

  it('never logs secrets, signatures or payloads', () => {
    const logs = t.rawLogs();
    expect(logs).toContain('Stripe webhook');
    expect(logs).not.toContain(WEBHOOK_SECRET);
    expect(logs).not.toContain(fake.secretKey);
    expect(logs).not.toMatch(/v1=[0-9a-f]{64}/);
    expect(logs).not.toContain('customer_email');
  });
});

describe('the local Stripe simulator (scripts/fake-stripe.mjs)', () => {
  const secret = 'whsec_test_simulator';
  let t: TestApp;
  let fake: FakeStripe;
  beforeAll(async () => {
    // The app must listen before the fake can send it webhooks; the fake's address is needed to
    // configure the app: reserve it first with a throwaway simulator target, then point it right.
    const target = { webhookUrl: '', webhookSecret: secret };
    fake = await new FakeStripe('sk_test_simulator', target).start();
    t = await createTestApp({
      PAYMENTS_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_simulator',
      STRIPE_WEBHOOK_SECRET: secret,
      STRIPE_API_BASE: fake.url,
    });
    await t.app.listen(0, '127.0.0.1');
    target.webhookUrl = `${await t.app.getUrl()}/api/v1/webhooks/stripe`.replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });

  it('pays on the stand-in checkout page: a signed webhook confirms the booking, and returns to the success URL', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 3_000 }]);
    const mentee = await signUp(t.app.getHttpServer());
    const held = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(13, 9)).expect(201);
    expect(held.body.checkoutUrl).toMatch(new RegExp(`^${fake.url}/checkout/cs_test_`));
    const page = await fetch(held.body.checkoutUrl);
    expect(await page.text()).toContain('Pay 30.00 USD');
    const paid = await fetch(`${held.body.checkoutUrl}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(
      `${t.config.http.webUrl}/dashboard/bookings/${held.body.id}?checkout=success`,
    );
    const booking = await request(t.app.getHttpServer())
      .get(`/api/v1/bookings/${held.body.id}`)
      .set(mentee.bearer)
      .expect(200);
    expect(booking.body.status).toBe('confirmed');
  });

  it('completes onboarding on the stand-in page: account.updated enables payouts', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const http = () => request(t.app.getHttpServer());
    const link = await http()
      .post('/api/v1/mentors/me/payouts/onboarding')
      .set(mentor.account.bearer)
      .expect(200);
    const done = await fetch(`${link.body.url}/complete`, { method: 'POST', redirect: 'manual' });
    expect(done.headers.get('location')).toBe(
      `${t.config.http.webUrl}/dashboard/mentor/payouts?onboarding=return`,
    );
    const status = await http().get('/api/v1/mentors/me/payouts').set(mentor.account.bearer).expect(200);
    expect(status.body.status).toBe('enabled');
  });
});
