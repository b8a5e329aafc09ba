import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, cookieValue, fakeIp, PASSWORD, signInAdmin, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { makeArticle, makeUser, uniq } from '../../../test/factories';
import { mailSettled, waitFor } from '../../../test/wait';
import { REFRESH_COOKIE } from '../auth/auth.constants';
import { AuthService } from '../auth/auth.service';
import { MailService } from '../mail/mail.service';

const WEB = 'http://localhost:3000';

describe('DELETE /me: closing an account for good', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '8' });
  });
  afterAll(() => t.close());

  const login = (email: string, password = PASSWORD) =>
    http().post('/api/v1/auth/login').set('X-Forwarded-For', fakeIp()).send({ email, password });
  const mailTo = (to: string, subject: RegExp) =>
    waitFor(`a "${subject}" email to ${to}`, async () =>
      (
        (await http().get('/api/v1/dev/mailbox').query({ to }).expect(200)).body.items as {
          subject: string;
          text: string;
        }[]
      ).find((m) => subject.test(m.subject)),
    );
  const pay = (who: Account, id: string) =>
    http().post(`/api/v1/payments/offline/${id}/pay`).set(who.bearer).expect(200);
  /** Moves a booking into the past (it took place), so it can be reviewed and is not cancelled. */
  const intoPast = (id: string) =>
    t.db.query(
      `UPDATE bookings SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours',
              blocked_range = tstzrange(now() - interval '3 hours', now() - interval '2 hours') WHERE id = $1`,
      [id],
    );
  const bookingRow = async (id: string) =>
    (
      await t.db.query(
        `SELECT b.status, b.cancelled_by, b.refund_amount, p.status AS payment_status, p.amount, p.refunded_amount
           FROM bookings b LEFT JOIN payments p ON p.booking_id = b.id WHERE b.id = $1`,
        [id],
      )
    )[0];

  it('refuses without the right confirmation: wrong or missing password 422, unknown fields 400, admins 422', async () => {
    const me = await signUp(t.app.getHttpServer());
    const wrong = await http().delete('/api/v1/me').set(me.bearer).send({ password: 'not it at all' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('wrong_password');
    const missing = await http()
      .delete('/api/v1/me')
      .set(me.bearer)
      .send({ confirmation: 'delete my account' });
    expect(missing.status).toBe(422);
    expect(missing.body.code).toBe('password_required');
    await http().delete('/api/v1/me').set(me.bearer).send({ password: PASSWORD, reason: 'x' }).expect(400);
    await http().delete('/api/v1/me').send({ password: PASSWORD }).expect(401);
    await http().get('/api/v1/me').set(me.bearer).expect(200);

    const admin = await signInAdmin(t);
    const refused = await http().delete('/api/v1/me').set(admin.bearer).send({ password: PASSWORD });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('cannot_delete_admin');
    await http().get('/api/v1/me').set(admin.bearer).expect(200);
  });

  it('a mentee: future bookings cancelled by policy, sign-in and tokens gone at once, PII gone, reviews kept as "Former member", money kept, email free again', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 8_000 }]);
    const offeringId = mentor.offeringIds[0]!;
    const me = await signUp(t.app.getHttpServer(), { name: `Leaving ${uniq()}`, timezone: 'Europe/Paris' });
    const session = await login(me.email).expect(200);
    const refresh = cookieValue(session, REFRESH_COOKIE)!;

    // A session that took place, paid and reviewed; and one a week ahead, paid.
    const pastId = (await book(t, me, offeringId, utcSlot(3, 8)).expect(201)).body.id;
    await pay(me, pastId);
    await intoPast(pastId);
    await http()
      .post(`/api/v1/bookings/${pastId}/review`)
      .set(me.bearer)
      .send({ rating: 4, body: 'Clear and kind advice.' })
      .expect(201);
    await http()
      .post(`/api/v1/bookings/${pastId}/notes`)
      .set(me.bearer)
      .send({ body: 'My shared takeaway', visibility: 'shared' })
      .expect(201);
    const futureId = (await book(t, me, offeringId, utcSlot(7, 8)).expect(201)).body.id;
    await pay(me, futureId);
    // A plan, a conversation, a funnel event, a newsletter subscription.
    await http()
      .post('/api/v1/learning-plans')
      .set(me.bearer)
      .send({ bookingId: pastId, goal: 'Become a staff engineer' })
      .expect(201);
    await http()
      .post('/api/v1/conversations')
      .set(me.bearer)
      .send({ mentorId: mentor.profileId, body: 'A question about my plan' })
      .expect(201);
    await t.db.query(`INSERT INTO funnel_events (type, anonymous_id, user_id) VALUES ('signup', $1, $2)`, [
      `anon-${uniq()}`,
      me.id,
    ]);
    await t.db.query(`INSERT INTO newsletter_subscribers (email, status) VALUES ($1, 'confirmed')`, [
      me.email,
    ]);
    const ratingBefore = (await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200)).body.rating;
    expect(ratingBefore).toEqual({ average: 4, count: 1 });

    await http().delete('/api/v1/me').set(me.bearer).send({ password: PASSWORD }).expect(204);

    // Nothing lets anyone in as them, from this moment.
    await http().get('/api/v1/me').set(me.bearer).expect(401);
    await http().get('/api/v1/me').set('Authorization', `Bearer ${session.body.accessToken}`).expect(401);
    await http()
      .post('/api/v1/auth/refresh')
      .set('Cookie', `${REFRESH_COOKIE}=${refresh}`)
      .set('Origin', WEB)
      .expect(401);
    expect((await login(me.email).expect(401)).body.code).toBe('invalid_credentials');
    // A token signed before the deletion (as the web app holds one) does not bring them back.
    const forged = t.app.get(AuthService).signAccessToken({ id: me.id, roles: ['mentee'] });
    await http().get('/api/v1/me').set('Authorization', `Bearer ${forged}`).expect(401);

    // The tombstone.
    const row = (
      await t.db.query(
        'SELECT email, name, password_hash, roles, timezone, email_verified_at, deleted_at FROM users WHERE id = $1',
        [me.id],
      )
    )[0];
    expect(row).toEqual({
      email: `deleted-${me.id}@deleted.invalid`,
      name: 'Former member',
      password_hash: null,
      roles: [],
      timezone: 'UTC',
      email_verified_at: null,
      deleted_at: expect.any(Date),
    });
    const left: { t: string; n: number }[] = await t.db.query(
      `SELECT 'refresh_tokens' AS t, count(*)::int AS n FROM refresh_tokens WHERE user_id = $1
       UNION ALL SELECT 'user_tokens', count(*)::int FROM user_tokens WHERE user_id = $1
       UNION ALL SELECT 'learning_plans', count(*)::int FROM learning_plans WHERE mentee_id = $1
       UNION ALL SELECT 'conversations', count(*)::int FROM conversations WHERE mentee_id = $1
       UNION ALL SELECT 'funnel_events', count(*)::int FROM funnel_events WHERE user_id = $1
       UNION ALL SELECT 'newsletter', count(*)::int FROM newsletter_subscribers WHERE email = $2
       UNION ALL SELECT 'shared_notes', count(*)::int FROM session_notes WHERE author_id = $1
       UNION ALL SELECT 'reviews', count(*)::int FROM reviews WHERE mentee_id = $1`,
      [me.id, me.email],
    );
    expect(Object.fromEntries(left.map((r) => [r.t, r.n]))).toEqual({
      refresh_tokens: 0,
      user_tokens: 0,
      learning_plans: 0,
      conversations: 0,
      funnel_events: 0,
      newsletter: 0,
      shared_notes: 1,
      reviews: 1,
    });

    // Money: the future booking cancelled as if they cancelled it (≥ 24 h ahead: full refund);
    // the past one and both payment rows stay.
    expect(await bookingRow(futureId)).toEqual({
      status: 'cancelled',
      cancelled_by: 'mentee',
      refund_amount: 8_000,
      payment_status: 'refunded',
      amount: 8_000,
      refunded_amount: 8_000,
    });
    expect(await bookingRow(pastId)).toMatchObject({
      status: 'confirmed',
      payment_status: 'succeeded',
      amount: 8_000,
    });
    const toMentor = await mailTo(mentor.account.email, /^Cancelled:/);
    // Sent in the deletion's transaction, before the name went: the mentor knows who cancelled.
    expect(toMentor.text).toContain(`was cancelled by ${me.name}`);
    const reason: { cancel_reason: string }[] = await t.db.query(
      'SELECT cancel_reason FROM bookings WHERE id = $1',
      [futureId],
    );
    expect(reason[0]!.cancel_reason).toBe('Cancelled: the other person closed their Ladder account.');

    // The mentor's rating stays true; the review and the shared note now read "Former member".
    const profile = (await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200)).body;
    expect(profile.rating).toEqual({ average: 4, count: 1 });
    const reviews = (await http().get(`/api/v1/mentors/${mentor.slug}/reviews`).expect(200)).body.items;
    expect(reviews).toEqual([expect.objectContaining({ rating: 4, author: { name: 'Former member' } })]);
    const notes = (
      await http().get(`/api/v1/bookings/${pastId}/notes`).set(mentor.account.bearer).expect(200)
    ).body.items;
    expect(notes).toEqual([
      expect.objectContaining({ body: 'My shared takeaway', authorRole: 'mentee', authorId: me.id }),
    ]);
    const mentorsView = (
      await http().get(`/api/v1/bookings/${pastId}`).set(mentor.account.bearer).expect(200)
    ).body;
    expect(JSON.stringify(mentorsView)).not.toContain(me.name);

    // The goodbye goes to the old address; the address is free for a new account.
    const goodbye = await mailTo(me.email, /account is deleted/);
    expect(goodbye.text).toContain('1 upcoming session was cancelled');
    const again = await http()
      .post('/api/v1/auth/register')
      .set('X-Forwarded-For', fakeIp())
      .send({ email: me.email, password: PASSWORD, name: 'Back again' })
      .expect(201);
    expect(again.body.user.id).not.toBe(me.id);

    const audit: { actor_id: string; metadata: Record<string, unknown> }[] = await t.db.query(
      `SELECT actor_id, metadata FROM audit_log WHERE action = 'user.deleted' AND target_id = $1`,
      [me.id],
    );
    expect(audit).toEqual([
      {
        actor_id: me.id,
        metadata: expect.objectContaining({
          cancelledBookings: [futureId],
          deleted: { articles: 0, privateNotes: 0, conversations: 1, learningPlans: 1 },
        }),
      },
    ]);
    expect(JSON.stringify(audit)).not.toContain(me.email);
  });

  it('a mentor: profile hidden for good (not restorable by an admin), full refunds, articles and private notes gone, conversations closed but readable', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 6_000 }]);
    const mentee = await signUp(t.app.getHttpServer());
    const offeringId = mentor.offeringIds[0]!;
    const soonStart = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 3_600_000) * 3_600_000).toISOString();
    const soon = (await book(t, mentee, offeringId, soonStart).expect(201)).body.id;
    await pay(mentee, soon);
    const past = (await book(t, mentee, offeringId, utcSlot(5, 8)).expect(201)).body.id;
    await pay(mentee, past);
    await intoPast(past);
    await http()
      .post(`/api/v1/bookings/${past}/notes`)
      .set(mentor.account.bearer)
      .send({ body: 'Private to the mentor', visibility: 'private' })
      .expect(201);
    const conv = await http()
      .post('/api/v1/conversations')
      .set(mentee.bearer)
      .send({ mentorId: mentor.profileId, body: 'Thanks for the session' })
      .expect(201);
    const convId = conv.body.conversation.id;
    await http()
      .post(`/api/v1/conversations/${convId}/messages`)
      .set(mentor.account.bearer)
      .send({ body: 'Keep going!' })
      .expect(201);
    await makeArticle(t.db, mentor.account.id);
    await http().post('/api/v1/mentors/me/calcom-webhook').set(mentor.account.bearer).expect(200);

    await http().delete('/api/v1/me').set(mentor.account.bearer).send({ password: PASSWORD }).expect(204);

    // A mentor cancelling late still refunds in full.
    expect(await bookingRow(soon)).toMatchObject({
      status: 'cancelled',
      cancelled_by: 'mentor',
      refund_amount: 6_000,
      payment_status: 'refunded',
    });
    expect(await bookingRow(past)).toMatchObject({ status: 'confirmed', payment_status: 'succeeded' });
    await http().get(`/api/v1/mentors/${mentor.slug}`).expect(404);
    const p = (
      await t.db.query(
        `SELECT status, hidden_at, headline, bio, display_name, (SELECT count(*)::int FROM offerings o WHERE o.mentor_id = m.id AND o.active) AS active
           FROM mentor_profiles m WHERE id = $1`,
        [mentor.profileId],
      )
    )[0];
    expect(p).toEqual({
      status: 'suspended',
      hidden_at: expect.any(Date),
      headline: '',
      bio: '',
      display_name: 'Former member',
      active: 0,
    });
    const articles: unknown[] = await t.db.query('SELECT 1 FROM articles WHERE author_id = $1', [
      mentor.account.id,
    ]);
    expect(articles).toEqual([]);
    const hooks: unknown[] = await t.db.query('SELECT 1 FROM calcom_webhooks WHERE mentor_id = $1', [
      mentor.profileId,
    ]);
    expect(hooks).toEqual([]);
    const notes = (await http().get(`/api/v1/bookings/${past}/notes`).set(mentee.bearer).expect(200)).body
      .items;
    expect(notes).toEqual([]);
    const privateLeft: unknown[] = await t.db.query('SELECT 1 FROM session_notes WHERE author_id = $1', [
      mentor.account.id,
    ]);
    expect(privateLeft).toEqual([]);

    // The mentee keeps the thread, closed; the mentor's message stays under "Former member".
    const thread = await http()
      .get(`/api/v1/conversations/${convId}/messages`)
      .set(mentee.bearer)
      .expect(200);
    expect(thread.body.items.map((m: { body: string }) => m.body)).toEqual([
      'Keep going!',
      'Thanks for the session',
    ]);
    const closed = await http()
      .post(`/api/v1/conversations/${convId}/messages`)
      .set(mentee.bearer)
      .send({ body: 'Hello?' })
      .expect(409);
    expect(closed.body.code).toBe('conversation_closed');

    // No admin path brings the profile or the account back.
    const admin = await signInAdmin(t);
    const approve = await http().post(`/api/v1/admin/mentors/${mentor.profileId}/approve`).set(admin.bearer);
    expect(approve.status).toBe(409);
    await http()
      .post(`/api/v1/admin/users/${mentor.account.id}/suspend`)
      .set(admin.bearer)
      .send({ reason: 'x' })
      .expect(404);
    await http().post(`/api/v1/admin/users/${mentor.account.id}/unsuspend`).set(admin.bearer).expect(404);
    const listed = await http()
      .get('/api/v1/admin/users')
      .query({ q: 'Former member' })
      .set(admin.bearer)
      .expect(200);
    expect(listed.body.items.map((u: { id: string }) => u.id)).not.toContain(mentor.account.id);
  });

  it('their stored mail goes: sent messages at once, the last ones once sent; the dedupe guard stays, without their address', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 0 }]);
    const me = await signUp(t.app.getHttpServer(), { name: `Leaving ${uniq()}` });
    const tombstone = `deleted-${me.id}@deleted.invalid`;
    await book(t, me, mentor.offeringIds[0]!, utcSlot(8, 10)).expect(201);
    const inbox = async (to: string) =>
      (await http().get('/api/v1/dev/mailbox').query({ to, limit: 200 }).expect(200)).body.items as {
        id: string;
        subject: string;
      }[];
    await mailTo(me.email, /^Confirmed:/);
    await mailTo(mentor.account.email, /^Confirmed:/);
    await mailSettled(t.db, me.email);
    const sentBefore = await inbox(me.email);
    expect(sentBefore.length).toBeGreaterThan(0);
    const mentorsBefore = await inbox(mentor.account.email);
    const jobsBefore: { id: string }[] = await t.db.query(
      `SELECT id FROM pgboss.job WHERE name = 'mail.send' AND state = 'completed' AND data->>'to' = $1`,
      [me.email],
    );
    expect(jobsBefore.length).toBeGreaterThan(0);
    const deliveriesOf = async (address: string): Promise<number> =>
      (await t.db.query('SELECT count(*)::int AS n FROM mail_deliveries WHERE to_address = $1', [address]))[0]
        .n;
    const recordsBefore = await deliveriesOf(me.email);
    expect(recordsBefore).toBe(sentBefore.length);

    await http().delete('/api/v1/me').set(me.bearer).send({ password: PASSWORD }).expect(204);

    // What had been sent to them: no copy, no job payload, and the records name the tombstone.
    for (const { id } of sentBefore) await http().get(`/api/v1/dev/mailbox/${id}`).expect(404);
    const jobsLeft: { n: number }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM pgboss.job WHERE id = ANY($1)) + (SELECT count(*) FROM pgboss.archive WHERE id = ANY($1)) AS n`,
      [jobsBefore.map((j) => j.id)],
    );
    expect(Number(jobsLeft[0]!.n)).toBe(0);
    expect(await deliveriesOf(tombstone)).toBe(recordsBefore);
    // The other person's mail is theirs: untouched.
    expect((await inbox(mentor.account.email)).map((m) => m.id)).toEqual(
      expect.arrayContaining(mentorsBefore.map((m) => m.id)),
    );

    // The goodbye and the cancellation are still sent to the old address; the address is free
    // again, and a new account's mail to it is not the old account's.
    await mailTo(me.email, /account is deleted/);
    await mailTo(me.email, /^Cancelled:/);
    await http()
      .post('/api/v1/auth/register')
      .set('X-Forwarded-For', fakeIp())
      .send({ email: me.email, password: PASSWORD, name: 'Back again' })
      .expect(201);
    await mailTo(me.email, /^Confirm your email/);
    await mailSettled(t.db, me.email);
    const followUp: { data: { keys: string[]; tombstone: string }; start_after: Date }[] = await t.db.query(
      `SELECT data, start_after FROM pgboss.job WHERE name = 'mail.forget-delivered' AND data->>'tombstone' = $1`,
      [tombstone],
    );
    expect(followUp).toHaveLength(1);
    expect(followUp[0]!.data.keys).toHaveLength(2);
    expect(JSON.stringify(followUp[0]!.data)).not.toContain(me.email);
    expect(followUp[0]!.start_after.getTime()).toBeGreaterThan(Date.now());
    // What the job does when it runs (ten minutes on):
    const mail = t.app.get(MailService);
    await expect(mail.forgetDelivered(followUp[0]!.data.keys, tombstone)).resolves.toBe(0);
    const left = await inbox(me.email);
    expect(left.map((m) => m.subject)).toEqual(['Confirm your email for Ladder']);
    expect(await deliveriesOf(me.email)).toBe(1);
    expect(await deliveriesOf(tombstone)).toBe(recordsBefore + 2);
    // Dedupe still holds: the goodbye is not sent again.
    await expect(
      mail.deliver({
        template: 'account-deleted',
        to: me.email,
        params: { name: me.name, cancelledBookings: 1 },
        dedupeKey: `account-deleted:${me.id}`,
      }),
    ).resolves.toBe('duplicate');
  });

  it('an account without a password confirms by typing the phrase', async () => {
    const made = await makeUser(t.db);
    const token = t.app.get(AuthService).signAccessToken({ id: made.id, roles: ['mentee'] });
    const bearer = { Authorization: `Bearer ${token}` };
    const wrong = await http().delete('/api/v1/me').set(bearer).send({ confirmation: 'delete' }).expect(422);
    expect(wrong.body.code).toBe('confirmation_required');
    await http().delete('/api/v1/me').set(bearer).send({ confirmation: 'Delete my account' }).expect(204);
    await http().get('/api/v1/me').set(bearer).expect(401);
  });
});
