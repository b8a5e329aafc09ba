import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, cookieValue, fakeIp, PASSWORD, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { makeUser, uniq } from '../../../test/factories';
import { waitFor } from '../../../test/wait';
import { REFRESH_COOKIE } from '../auth/auth.constants';
import { AuthService } from '../auth/auth.service';

const WEB = 'http://localhost:3000';
const NEW_PASSWORD = 'a much better passphrase';

describe('account settings: PATCH /me, POST /me/password, GET /me/export', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
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
  /** A signed-in account without a password, as GitHub sign-in creates them. */
  async function passwordless(): Promise<Account> {
    const made = await makeUser(t.db);
    const accessToken = t.app.get(AuthService).signAccessToken({ id: made.id, roles: ['mentee'] });
    return { ...made, accessToken, cookies: [], bearer: { Authorization: `Bearer ${accessToken}` } };
  }

  describe('PATCH /me', () => {
    it('changes name and zone, answers the user, and GET /me reads the change at once', async () => {
      const me = await signUp(t.app.getHttpServer(), { timezone: 'Europe/Berlin' });
      const res = await http()
        .patch('/api/v1/me')
        .set(me.bearer)
        .send({ name: '  Ada Lovelace ', timezone: 'America/New_York' })
        .expect(200);
      expect(res.body).toEqual({
        id: me.id,
        email: me.email,
        name: 'Ada Lovelace',
        roles: ['mentee'],
        timezone: 'America/New_York',
        emailVerified: false,
        hasPassword: true,
      });
      const read = await http().get('/api/v1/me').set(me.bearer).expect(200);
      expect(read.body).toMatchObject({ name: 'Ada Lovelace', timezone: 'America/New_York' });
      // Only the zone: the name stays.
      const zoneOnly = await http().patch('/api/v1/me').set(me.bearer).send({ timezone: 'Asia/Kolkata' });
      expect(zoneOnly.status).toBe(200);
      expect(zoneOnly.body).toMatchObject({ name: 'Ada Lovelace', timezone: 'Asia/Kolkata' });
      const audit: { metadata: { changed: string[] } }[] = await t.db.query(
        `SELECT metadata FROM audit_log WHERE action = 'user.profile_updated' AND actor_id = $1 ORDER BY created_at`,
        [me.id],
      );
      expect(audit.map((a) => a.metadata.changed)).toEqual([['name', 'timezone'], ['timezone']]);
    });

    it('400 for an unknown field, a non-IANA zone, an empty name or an empty body; 401 signed out', async () => {
      const me = await signUp(t.app.getHttpServer());
      for (const body of [
        { name: 'X', email: 'new@x.dev' },
        { timezone: 'CEST' },
        { timezone: 'Mars/Olympus' },
        { name: '   ' },
        {},
      ]) {
        const res = await http().patch('/api/v1/me').set(me.bearer).send(body);
        expect({ body, status: res.status, code: res.body.code }).toEqual({
          body,
          status: 400,
          code: 'validation_failed',
        });
      }
      await http().patch('/api/v1/me').send({ name: 'X' }).expect(401);
      const unchanged = await http().get('/api/v1/me').set(me.bearer).expect(200);
      expect(unchanged.body).toMatchObject({ name: me.name, timezone: 'UTC' });
    });

    it('a new zone is the zone of upcoming bookings (their emails and reminders), not of past ones', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const me = await signUp(t.app.getHttpServer(), { timezone: 'Europe/Berlin' });
      const upcoming = (await book(t, me, mentor.offeringIds[0]!, utcSlot(5, 10)).expect(201)).body.id;
      const past = (await book(t, me, mentor.offeringIds[0]!, utcSlot(6, 10)).expect(201)).body.id;
      await t.db.query(
        `UPDATE bookings SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours',
                blocked_range = tstzrange(now() - interval '3 hours', now() - interval '2 hours') WHERE id = $1`,
        [past],
      );
      await http().patch('/api/v1/me').set(me.bearer).send({ timezone: 'Asia/Tokyo' }).expect(200);
      const zones: { id: string; mentee_timezone: string }[] = await t.db.query(
        'SELECT id, mentee_timezone FROM bookings WHERE mentee_id = $1 ORDER BY starts_at',
        [me.id],
      );
      expect(zones).toEqual([
        { id: past, mentee_timezone: 'Europe/Berlin' },
        { id: upcoming, mentee_timezone: 'Asia/Tokyo' },
      ]);
      // The booking as the API shows it names the new zone.
      const view = await http().get(`/api/v1/bookings/${upcoming}`).set(me.bearer).expect(200);
      expect(JSON.stringify(view.body)).toContain('Asia/Tokyo');
    });
  });

  describe('POST /me/password', () => {
    it('checks the current password, keeps this session, signs out every other one, emails and audits', async () => {
      const me = await signUp(t.app.getHttpServer());
      const here = await login(me.email).expect(200);
      const elsewhere = await login(me.email).expect(200);
      const hereRefresh = cookieValue(here, REFRESH_COOKIE)!;
      const elsewhereRefresh = cookieValue(elsewhere, REFRESH_COOKIE)!;

      const wrong = await http()
        .post('/api/v1/me/password')
        .set('Cookie', `${REFRESH_COOKIE}=${hereRefresh}`)
        .set('Authorization', `Bearer ${here.body.accessToken}`)
        .send({ currentPassword: 'not my password', newPassword: NEW_PASSWORD })
        .expect(422);
      expect(wrong.body).toMatchObject({ code: 'wrong_password', status: 422 });
      const short = await http()
        .post('/api/v1/me/password')
        .set(me.bearer)
        .send({ currentPassword: PASSWORD, newPassword: 'short' })
        .expect(400);
      expect(short.body.code).toBe('validation_failed');
      await http()
        .post('/api/v1/me/password')
        .set(me.bearer)
        .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, extra: true })
        .expect(400);
      await login(me.email).expect(200);

      await http()
        .post('/api/v1/me/password')
        .set('Cookie', `${REFRESH_COOKIE}=${hereRefresh}`)
        .set('Authorization', `Bearer ${here.body.accessToken}`)
        .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
        .expect(204);

      expect((await login(me.email).expect(401)).body.code).toBe('invalid_credentials');
      await login(me.email, NEW_PASSWORD).expect(200);
      // This session goes on; the other device's refresh token is dead.
      await http()
        .post('/api/v1/auth/refresh')
        .set('Cookie', `${REFRESH_COOKIE}=${hereRefresh}`)
        .set('Origin', WEB)
        .expect(200);
      await http()
        .post('/api/v1/auth/refresh')
        .set('Cookie', `${REFRESH_COOKIE}=${elsewhereRefresh}`)
        .set('Origin', WEB)
        .expect(401);

      const stored: { password_hash: string }[] = await t.db.query(
        'SELECT password_hash FROM users WHERE id = $1',
        [me.id],
      );
      expect(stored[0]!.password_hash).toMatch(/^\$argon2id\$/);
      const mail = await mailTo(me.email, /password was changed/);
      expect(mail.text).toContain('every other device was signed out');
      const audit: { action: string }[] = await t.db.query(
        `SELECT action FROM audit_log WHERE actor_id = $1 AND action LIKE 'auth.password_change%' ORDER BY created_at`,
        [me.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['auth.password_change_failed', 'auth.password_changed']);
      expect(t.rawLogs()).not.toContain(NEW_PASSWORD);
    });

    it('without a refresh cookie (a bearer client) every refresh token is revoked', async () => {
      const me = await signUp(t.app.getHttpServer());
      await http()
        .post('/api/v1/me/password')
        .set(me.bearer)
        .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
        .expect(204);
      const live: { n: number }[] = await t.db.query(
        'SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL',
        [me.id],
      );
      expect(live[0]!.n).toBe(0);
    });

    it('an unused reset link stops working once the password is changed', async () => {
      const me = await signUp(t.app.getHttpServer());
      await http()
        .post('/api/v1/auth/forgot-password')
        .set('X-Forwarded-For', fakeIp())
        .send({ email: me.email })
        .expect(202);
      const reset = await mailTo(me.email, /reset/i);
      const token = /token=([\w-]+)/.exec(reset.text)![1]!;
      await http()
        .post('/api/v1/me/password')
        .set(me.bearer)
        .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
        .expect(204);
      const used = await http()
        .post('/api/v1/auth/reset-password')
        .send({ token, password: 'yet another passphrase' })
        .expect(400);
      expect(used.body.code).toBe('invalid_token');
    });

    it('422 no_password for an account without one, pointing to "forgot password"', async () => {
      const me = await passwordless();
      const res = await http()
        .post('/api/v1/me/password')
        .set(me.bearer)
        .send({ currentPassword: 'anything at all', newPassword: NEW_PASSWORD })
        .expect(422);
      expect(res.body.code).toBe('no_password');
      expect(res.body.detail).toContain('Forgot password');
      const read = await http().get('/api/v1/me').set(me.bearer).expect(200);
      expect(read.body.hasPassword).toBe(false);
    });
  });

  describe('GET /me/export', () => {
    it('is a JSON download of what the caller may see: bookings with payments, shared notes, reviews, messages, newsletter', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 5_000 }]);
      const me = await signUp(t.app.getHttpServer(), { name: `Exporter ${uniq()}` });
      const held = (await book(t, me, mentor.offeringIds[0]!, utcSlot(4, 9)).expect(201)).body.id;
      await http().post(`/api/v1/payments/offline/${held}/pay`).set(me.bearer).expect(200);
      await http()
        .post(`/api/v1/bookings/${held}/notes`)
        .set(mentor.account.bearer)
        .send({ body: 'Shared: read chapter 3', visibility: 'shared' })
        .expect(201);
      await http()
        .post(`/api/v1/bookings/${held}/notes`)
        .set(mentor.account.bearer)
        .send({ body: 'Private: seems nervous', visibility: 'private' })
        .expect(201);
      const conv = await http()
        .post('/api/v1/conversations')
        .set(me.bearer)
        .send({ mentorId: mentor.profileId, body: 'Hello from the export test' })
        .expect(201);
      await http()
        .post(`/api/v1/conversations/${conv.body.conversation.id}/messages`)
        .set(mentor.account.bearer)
        .send({ body: 'Hi back' })
        .expect(201);
      await t.db.query(
        `INSERT INTO newsletter_subscribers (email, status, confirmed_at) VALUES ($1, 'confirmed', now())`,
        [me.email],
      );

      const res = await http().get('/api/v1/me/export').set(me.bearer).expect(200);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="ladder-export-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      expect(res.headers['cache-control']).toBe('no-store');
      const doc = res.body;
      expect(doc).toMatchObject({
        format: 'ladder-account-export',
        version: 1,
        account: { id: me.id, email: me.email, name: me.name, signInMethods: ['password'] },
        newsletter: { status: 'confirmed' },
        mentorProfile: null,
      });
      expect(doc.bookings).toEqual([
        expect.objectContaining({
          id: held,
          role: 'mentee',
          status: 'confirmed',
          otherPerson: mentor.account.name,
          priceAmount: 5_000,
          payment: expect.objectContaining({ status: 'succeeded', amount: 5_000 }),
        }),
      ]);
      expect(doc.notes.map((n: { body: string }) => n.body)).toEqual(['Shared: read chapter 3']);
      expect(doc.conversations).toHaveLength(1);
      expect(
        doc.conversations[0].messages.map((m: { body: string; sentByMe: boolean }) => [m.body, m.sentByMe]),
      ).toEqual([
        ['Hello from the export test', true],
        ['Hi back', false],
      ]);
      expect(JSON.stringify(doc)).not.toMatch(/password_hash|argon2|token_hash|provider_ref/);

      // The mentor's export carries the profile, the private note and the booking as mentor.
      const theirs = (await http().get('/api/v1/me/export').set(mentor.account.bearer).expect(200)).body;
      expect(theirs.mentorProfile).toMatchObject({ id: mentor.profileId, slug: mentor.slug });
      expect(theirs.notes.map((n: { body: string }) => n.body)).toEqual([
        'Shared: read chapter 3',
        'Private: seems nervous',
      ]);
      expect(theirs.bookings[0]).toMatchObject({ role: 'mentor', otherPerson: me.name });
      await http().get('/api/v1/me/export').expect(401);
      const audit: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.exported' AND actor_id = $1`,
        [me.id],
      );
      expect(audit[0]!.n).toBe(1);
    });
  });
});

describe('account settings: rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_MULTIPLIER: '1' });
  });
  afterAll(() => t.close());

  it('429 with Retry-After after 10 password checks in 15 minutes and 5 exports an hour', async () => {
    const me = await signUp(t.app.getHttpServer());
    const http = () => request(t.app.getHttpServer());
    for (let i = 0; i < 10; i++) {
      await http()
        .post('/api/v1/me/password')
        .set(me.bearer)
        .send({ currentPassword: `wrong password ${i}`, newPassword: NEW_PASSWORD })
        .expect(422);
    }
    const limited = await http()
      .post('/api/v1/me/password')
      .set(me.bearer)
      .send({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })
      .expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) await http().get('/api/v1/me/export').set(me.bearer).expect(200);
    await http().get('/api/v1/me/export').set(me.bearer).expect(429);
  });
});
