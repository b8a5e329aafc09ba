import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, cookieValue, fakeIp, PASSWORD, signUp } from '../../../test/auth-helpers';
import { makeUser, uniq } from '../../../test/factories';
import { waitFor } from '../../../test/wait';
import { REFRESH_COOKIE } from '../auth/auth.constants';
import { AuthService } from '../auth/auth.service';

const WEB = 'http://localhost:3000';

describe('email change: POST /me/email, POST /me/email/confirm', () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const fresh = () => `moved-${uniq()}@test.ladder.dev`;
  const login = (email: string) =>
    http().post('/api/v1/auth/login').set('X-Forwarded-For', fakeIp()).send({ email, password: PASSWORD });
  const inbox = async (to: string) =>
    (await http().get('/api/v1/dev/mailbox').query({ to }).expect(200)).body.items as {
      subject: string;
      text: string;
    }[];
  const mailTo = (to: string, subject: RegExp) =>
    waitFor(`a "${subject}" email to ${to}`, async () =>
      (await inbox(to)).find((m) => subject.test(m.subject)),
    );
  const ask = (me: Account, newEmail: string, password = PASSWORD) =>
    http().post('/api/v1/me/email').set(me.bearer).send({ newEmail, password });
  const confirm = (me: Account, token: string) =>
    http().post('/api/v1/me/email/confirm').set(me.bearer).send({ token });
  /** Asks for the change and reads the token from the link mailed to the new address. */
  async function linkFor(me: Account, newEmail: string): Promise<string> {
    await ask(me, newEmail).expect(202);
    const mail = await mailTo(newEmail, /Confirm your new email/);
    const token = /settings\/email\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    if (!token) throw new Error('no confirmation link in the email');
    return token;
  }
  const auditOf = async (userId: string) =>
    (
      (await t.db.query(
        `SELECT action FROM audit_log WHERE actor_id = $1 AND action LIKE 'user.email%' ORDER BY created_at`,
        [userId],
      )) as { action: string }[]
    ).map((r) => r.action);

  it('mails a link to the new address and a notice to the old one; the link sets the new, verified address', async () => {
    const me = await signUp(t.app.getHttpServer());
    const next = fresh();
    const token = await linkFor(me, next);
    const notice = await mailTo(me.email, /Someone asked to change your Ladder email/);
    expect(notice.text).toContain('If this was not you, change your password');
    expect(notice.text).toContain('/forgot-password');
    // Nothing changes until the link is used.
    expect((await http().get('/api/v1/me').set(me.bearer).expect(200)).body.email).toBe(me.email);

    const res = await confirm(me, token).expect(200);
    expect(res.body).toMatchObject({ id: me.id, email: next, emailVerified: true, hasPassword: true });
    expect((await http().get('/api/v1/me').set(me.bearer).expect(200)).body).toMatchObject({
      email: next,
      emailVerified: true,
    });
    await login(next).expect(200);
    expect((await login(me.email)).status).toBe(401);
    // Single use.
    const again = await confirm(me, token).expect(400);
    expect(again.body.code).toBe('invalid_token');
    expect(await auditOf(me.id)).toEqual(['user.email_change_requested', 'user.email_changed']);
  });

  it('confirming signs out every other session; the one that confirmed stays signed in', async () => {
    const me = await signUp(t.app.getHttpServer());
    const here = await login(me.email).expect(200);
    const elsewhere = await login(me.email).expect(200);
    const refresh = (res: request.Response) =>
      http()
        .post('/api/v1/auth/refresh')
        .set('Cookie', `${REFRESH_COOKIE}=${cookieValue(res, REFRESH_COOKIE)}`)
        .set('Origin', WEB);
    const next = fresh();
    const token = await linkFor(me, next);

    await http()
      .post('/api/v1/me/email/confirm')
      .set('Cookie', `${REFRESH_COOKIE}=${cookieValue(here, REFRESH_COOKIE)}`)
      .set('Authorization', `Bearer ${here.body.accessToken}`)
      .send({ token })
      .expect(200);

    const renewed = await refresh(here).expect(200);
    expect(
      (await http().get('/api/v1/me').set('Authorization', `Bearer ${renewed.body.accessToken}`).expect(200))
        .body.email,
    ).toBe(next);
    expect((await refresh(elsewhere).expect(401)).body.code).toBe('invalid_refresh_token');
    const audit: { metadata: { keptCurrentSession: boolean } }[] = await t.db.query(
      `SELECT metadata FROM audit_log WHERE actor_id = $1 AND action = 'user.email_changed'`,
      [me.id],
    );
    expect(audit.map((a) => a.metadata)).toEqual([{ keptCurrentSession: true }]);
  });

  it('refuses a wrong password (422 wrong_password), a passwordless account (422 no_password), the same address and bad bodies', async () => {
    const me = await signUp(t.app.getHttpServer());
    const next = fresh();
    const wrong = await ask(me, next, 'not my password at all').expect(422);
    expect(wrong.body.code).toBe('wrong_password');
    const same = await ask(me, me.email.toUpperCase()).expect(422);
    expect(same.body.code).toBe('same_email');
    for (const body of [
      { newEmail: 'nope', password: PASSWORD },
      { newEmail: next },
      { newEmail: next, password: PASSWORD, name: 'x' },
    ]) {
      const res = await http().post('/api/v1/me/email').set(me.bearer).send(body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: 'validation_failed',
      });
    }
    await http().post('/api/v1/me/email').send({ newEmail: next, password: PASSWORD }).expect(401);
    await http()
      .post('/api/v1/me/email/confirm')
      .send({ token: 'x'.repeat(43) })
      .expect(401);
    expect(await inbox(next)).toEqual([]);
    expect(await auditOf(me.id)).toEqual(['user.email_change_failed']);

    const made = await makeUser(t.db);
    const accessToken = t.app.get(AuthService).signAccessToken({ id: made.id, roles: ['mentee'] });
    const github = await http()
      .post('/api/v1/me/email')
      .set({ Authorization: `Bearer ${accessToken}` })
      .send({ newEmail: fresh(), password: 'anything at all' })
      .expect(422);
    expect(github.body.code).toBe('no_password');
    expect(github.body.detail).toContain('Forgot password');
  });

  it('answers 202 for an address that has an account, tells its owner, and sends no link', async () => {
    const owner = await signUp(t.app.getHttpServer());
    const me = await signUp(t.app.getHttpServer());
    await ask(me, owner.email.toUpperCase()).expect(202);
    const told = await mailTo(owner.email, /About your Ladder account/);
    expect(told.text).toContain('already belongs to your account');
    expect(told.text).not.toContain('token=');
    await mailTo(me.email, /Someone asked to change your Ladder email/);
    const tokens: unknown[] = await t.db.query(
      `SELECT 1 FROM user_tokens WHERE user_id = $1 AND kind = 'email_change'`,
      [me.id],
    );
    expect(tokens).toEqual([]);
    const audit: { metadata: { addressTaken: boolean } }[] = await t.db.query(
      `SELECT metadata FROM audit_log WHERE actor_id = $1 AND action = 'user.email_change_requested'`,
      [me.id],
    );
    expect(audit.map((a) => a.metadata)).toEqual([{ addressTaken: true }]);
  });

  it('409 email_taken when the address got an account meanwhile; the email stays', async () => {
    const me = await signUp(t.app.getHttpServer());
    const next = fresh();
    const token = await linkFor(me, next);
    await signUp(t.app.getHttpServer(), { email: next });
    const res = await confirm(me, token).expect(409);
    expect(res.body.code).toBe('email_taken');
    expect((await http().get('/api/v1/me').set(me.bearer).expect(200)).body.email).toBe(me.email);
  });

  it('two accounts asking for the same address: the first to confirm gets it, the second 409', async () => {
    const a = await signUp(t.app.getHttpServer());
    const b = await signUp(t.app.getHttpServer());
    const next = fresh();
    const tokenA = await linkFor(a, next);
    await ask(b, next).expect(202);
    const tokenB = await waitFor('the second link', async () => {
      const mails = (await inbox(next)).filter((m) => /Confirm your new email/.test(m.subject));
      const tokens = mails
        .map((m) => /token=([A-Za-z0-9_-]+)/.exec(m.text)?.[1])
        .filter((x) => x && x !== tokenA);
      return tokens[0];
    });
    await confirm(b, tokenB!).expect(200);
    expect((await confirm(a, tokenA).expect(409)).body.code).toBe('email_taken');
  });

  it('the link works only for the account that asked, only once, not after 24 h, and a new request voids it', async () => {
    const me = await signUp(t.app.getHttpServer());
    const stranger = await signUp(t.app.getHttpServer());
    const first = fresh();
    const token = await linkFor(me, first);
    expect((await confirm(stranger, token).expect(400)).body.code).toBe('invalid_token');
    expect((await http().get('/api/v1/me').set(stranger.bearer).expect(200)).body.email).toBe(stranger.email);

    await t.db.query(`UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE new_email = $1`, [
      first,
    ]);
    expect((await confirm(me, token).expect(400)).body.code).toBe('token_expired');

    const second = fresh();
    const newer = await linkFor(me, fresh());
    const newest = await linkFor(me, second);
    expect((await confirm(me, newer).expect(400)).body.code).toBe('invalid_token');
    await confirm(me, newest).expect(200);
    expect((await http().get('/api/v1/me').set(me.bearer).expect(200)).body.email).toBe(second);
  });
});

describe('email change: rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_MULTIPLIER: '1' });
  });
  afterAll(() => t.close());

  it('429 with Retry-After on the sixth request in an hour', async () => {
    const me = await signUp(t.app.getHttpServer());
    const ask = () =>
      request(t.app.getHttpServer())
        .post('/api/v1/me/email')
        .set(me.bearer)
        .send({ newEmail: `moved-${uniq()}@test.ladder.dev`, password: PASSWORD });
    for (let i = 0; i < 5; i++) await ask().expect(202);
    const res = await ask().expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
