import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { cookiePairs, cookieValue, fakeIp, PASSWORD, signUp } from '../../../test/auth-helpers';
import { uniq } from '../../../test/factories';
import { waitFor } from '../../../test/wait';
import { ACCESS_COOKIE, REFRESH_COOKIE } from './auth.constants';

const WEB = 'http://localhost:3000';

describe('accounts (CONTRACT.md "Accounts")', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  /** The token from the last link mailed to `to` (verification or reset). */
  async function tokenFromMail(to: string, subject: RegExp): Promise<string> {
    const message = await waitFor(`a "${subject}" email to ${to}`, async () => {
      const res = await http().get('/api/v1/dev/mailbox').query({ to });
      return res.body.items.find((m: { subject: string }) => subject.test(m.subject));
    });
    const token = /token=([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
    if (!token) throw new Error('no token in the email');
    return token;
  }

  describe('POST /auth/register', () => {
    it('creates a mentee and answers {user, accessToken} with httpOnly session cookies', async () => {
      const email = `reg-${uniq()}@test.ladder.dev`;
      const res = await http()
        .post('/api/v1/auth/register')
        .send({ email, password: PASSWORD, name: 'Grace Hopper', timezone: 'America/New_York' })
        .expect(201);
      expect(res.body).toEqual({
        user: {
          id: expect.any(String),
          email,
          name: 'Grace Hopper',
          roles: ['mentee'],
          timezone: 'America/New_York',
          emailVerified: false,
        },
        accessToken: expect.any(String),
      });
      const setCookie = (res.headers['set-cookie'] as unknown as string[]).join('\n');
      expect(setCookie).toMatch(new RegExp(`${REFRESH_COOKIE}=[^;]+;.*HttpOnly`, 'i'));
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const me = await http()
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${res.body.accessToken}`)
        .expect(200);
      expect(me.body.email).toBe(email);
    });

    it('answers 409 email_taken for an existing email, whatever its case', async () => {
      const a = await signUp(t.app.getHttpServer());
      const res = await http()
        .post('/api/v1/auth/register')
        .send({ email: a.email.toUpperCase(), password: PASSWORD, name: 'Again' })
        .expect(409);
      expect(res.body.code).toBe('email_taken');
    });

    it('answers 400 for a password under 10 characters', async () => {
      const res = await http()
        .post('/api/v1/auth/register')
        .send({ email: `short-${uniq()}@test.ladder.dev`, password: 'tooshort', name: 'X' })
        .expect(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors).toEqual([{ path: 'password', message: expect.stringMatching(/10/) }]);
    });

    it('refuses mass assignment of roles and creates nobody', async () => {
      const email = `mass-${uniq()}@test.ladder.dev`;
      const res = await http()
        .post('/api/v1/auth/register')
        .send({ email, password: PASSWORD, name: 'Mallory', roles: ['admin'] })
        .expect(400);
      expect(res.body.errors).toEqual([{ path: 'roles', message: 'Unknown field' }]);
      const rows = await t.db.query('SELECT 1 FROM users WHERE email = $1', [email]);
      expect(rows).toHaveLength(0);
    });
  });

  describe('POST /auth/login', () => {
    it('answers {user, accessToken} and sets the refresh cookie', async () => {
      const a = await signUp(t.app.getHttpServer());
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ email: a.email, password: PASSWORD })
        .expect(200);
      expect(res.body.user).toMatchObject({ id: a.id, email: a.email, roles: ['mentee'] });
      expect(res.body.accessToken).toEqual(expect.any(String));
      expect(cookieValue(res, REFRESH_COOKIE)).toEqual(expect.any(String));
    });

    it('answers the same 401 invalid_credentials for a wrong password and an unknown email', async () => {
      const a = await signUp(t.app.getHttpServer());
      const wrong = await http()
        .post('/api/v1/auth/login')
        .send({ email: a.email, password: 'wrong password!!' })
        .expect(401);
      const unknown = await http()
        .post('/api/v1/auth/login')
        .send({ email: `nobody-${uniq()}@test.ladder.dev`, password: 'wrong password!!' })
        .expect(401);
      const strip = ({ requestId: _r, ...rest }: Record<string, unknown>) => rest;
      expect(wrong.body.code).toBe('invalid_credentials');
      expect(strip(unknown.body)).toEqual(strip(wrong.body));
    });

    it('validates the body before checking credentials', async () => {
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ email: 'x@y.dev', password: 'p', admin: true })
        .expect(400);
      expect(res.body.code).toBe('validation_failed');
    });
  });

  describe('GET /me', () => {
    it('accepts the Bearer header or the access cookie; 401 otherwise', async () => {
      const a = await signUp(t.app.getHttpServer());
      await http().get('/api/v1/me').set(a.bearer).expect(200);
      const byCookie = await http().get('/api/v1/me').set('Cookie', a.cookies.join('; ')).expect(200);
      expect(byCookie.body).toMatchObject({
        id: a.id,
        email: a.email,
        name: a.name,
        roles: ['mentee'],
        timezone: 'UTC',
      });
      const anonymous = await http().get('/api/v1/me').expect(401);
      expect(anonymous.headers['content-type']).toContain('application/problem+json');
      await http().get('/api/v1/me').set('Authorization', 'Bearer not.a.token').expect(401);
    });

    it('stops accepting the token of a suspended account at once', async () => {
      const a = await signUp(t.app.getHttpServer());
      await t.db.query('UPDATE users SET suspended_at = now() WHERE id = $1', [a.id]);
      await http().get('/api/v1/me').set(a.bearer).expect(401);
    });
  });

  describe('POST /auth/refresh', () => {
    it('rotates the refresh token; reusing an old one revokes the whole family', async () => {
      const a = await signUp(t.app.getHttpServer());
      const first = a.cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`))!;
      const r1 = await http()
        .post('/api/v1/auth/refresh')
        .set('Cookie', first)
        .set('Origin', WEB)
        .expect(200);
      expect(r1.body).toEqual({ accessToken: expect.any(String) });
      const second = `${REFRESH_COOKIE}=${cookieValue(r1, REFRESH_COOKIE)}`;
      expect(second).not.toBe(first);
      await http().get('/api/v1/me').set('Authorization', `Bearer ${r1.body.accessToken}`).expect(200);

      // The first token was already rotated: presenting it again is reuse.
      const reuse = await http()
        .post('/api/v1/auth/refresh')
        .set('Cookie', first)
        .set('Origin', WEB)
        .expect(401);
      expect(reuse.body.code).toBe('invalid_refresh_token');
      const audit = await t.db.query(
        `SELECT 1 FROM audit_log WHERE action = 'auth.refresh_reuse_detected' AND actor_id = $1`,
        [a.id],
      );
      expect(audit).toHaveLength(1);
      // …and the family is gone: the latest token no longer works either.
      await http().post('/api/v1/auth/refresh').set('Cookie', second).set('Origin', WEB).expect(401);
    });

    it('answers 401 with no cookie or an unknown token', async () => {
      await http().post('/api/v1/auth/refresh').expect(401);
      await http()
        .post('/api/v1/auth/refresh')
        .set('Cookie', `${REFRESH_COOKIE}=made-up`)
        .set('Origin', WEB)
        .expect(401);
    });
  });

  describe('POST /auth/logout', () => {
    it('answers 204, clears the cookies and ends the refresh token', async () => {
      const a = await signUp(t.app.getHttpServer());
      const res = await http()
        .post('/api/v1/auth/logout')
        .set('Cookie', a.cookies.join('; '))
        .set('Origin', WEB)
        .expect(204);
      const cleared = (res.headers['set-cookie'] as unknown as string[]).join('\n');
      expect(cleared).toMatch(new RegExp(`${ACCESS_COOKIE}=;`));
      expect(cleared).toMatch(new RegExp(`${REFRESH_COOKIE}=;`));
      const refresh = a.cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`))!;
      await http().post('/api/v1/auth/refresh').set('Cookie', refresh).set('Origin', WEB).expect(401);
    });
  });

  describe('email verification', () => {
    it('verifies with the emailed single-use token', async () => {
      const a = await signUp(t.app.getHttpServer());
      const token = await tokenFromMail(a.email, /Confirm your email/);
      const res = await http().post('/api/v1/auth/verify-email').send({ token }).expect(200);
      expect(res.body.user).toMatchObject({ id: a.id, emailVerified: true });
      const again = await http().post('/api/v1/auth/verify-email').send({ token }).expect(400);
      expect(again.body.code).toBe('invalid_token');
    });

    it('refuses an expired token', async () => {
      const a = await signUp(t.app.getHttpServer());
      const token = await tokenFromMail(a.email, /Confirm your email/);
      await t.db.query(`UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        a.id,
      ]);
      const res = await http().post('/api/v1/auth/verify-email').send({ token }).expect(400);
      expect(res.body.code).toBe('invalid_token');
    });
  });

  describe('password reset', () => {
    it('answers 202 whether or not the email exists, and resets once with the emailed token', async () => {
      const a = await signUp(t.app.getHttpServer());
      await http()
        .post('/api/v1/auth/forgot-password')
        .send({ email: `ghost-${uniq()}@test.ladder.dev` })
        .expect(202);
      await http().post('/api/v1/auth/forgot-password').send({ email: a.email }).expect(202);
      const token = await tokenFromMail(a.email, /Reset your Ladder password/);
      const newPassword = 'a brand new passphrase';
      await http().post('/api/v1/auth/reset-password').send({ token, password: newPassword }).expect(204);
      await http().post('/api/v1/auth/reset-password').send({ token, password: newPassword }).expect(400);
      await http().post('/api/v1/auth/login').send({ email: a.email, password: PASSWORD }).expect(401);
      await http().post('/api/v1/auth/login').send({ email: a.email, password: newPassword }).expect(200);
      // Sessions from before the reset are over.
      const oldRefresh = a.cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`))!;
      await http().post('/api/v1/auth/refresh').set('Cookie', oldRefresh).set('Origin', WEB).expect(401);
    });
  });

  describe('CSRF for cookie sessions', () => {
    it('refuses a cookie-authenticated change from a foreign origin, allows ours and Bearer clients', async () => {
      const a = await signUp(t.app.getHttpServer());
      const cookie = a.cookies.join('; ');
      const refused = await http()
        .post('/api/v1/auth/verify-email/resend')
        .set('Cookie', cookie)
        .set('Origin', 'https://evil.example')
        .expect(403);
      expect(refused.body.code).toBe('csrf_rejected');
      await http().post('/api/v1/auth/verify-email/resend').set('Cookie', cookie).expect(403);
      await http()
        .post('/api/v1/auth/verify-email/resend')
        .set('Cookie', cookie)
        .set('Origin', WEB)
        .expect(202);
      await http().post('/api/v1/auth/verify-email/resend').set(a.bearer).expect(202);
    });
  });
});

describe('rate limits and logs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_MULTIPLIER: '1' });
  });
  afterAll(() => t.close());

  it('answers a burst of wrong-password logins with 429 and Retry-After', async () => {
    const a = await signUp(t.app.getHttpServer());
    const ip = fakeIp();
    const statuses: number[] = [];
    let limited: request.Response | undefined;
    for (let i = 0; i < 15; i++) {
      const res = await request(t.app.getHttpServer())
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email: a.email, password: `wrong password ${i}` });
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    expect(limited?.body.code).toBe('rate_limited');
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
    // The right password is refused too while the account is limited.
    await request(t.app.getHttpServer())
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', fakeIp())
      .send({ email: a.email, password: PASSWORD })
      .expect(429);
    const failures = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login_failed' AND actor_id = $1`,
      [a.id],
    );
    expect(failures[0].n).toBe(10);
  });

  it('never writes passwords or tokens to the logs', async () => {
    const http = t.app.getHttpServer();
    const a = await signUp(http);
    const login = await request(http)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', fakeIp())
      .send({ email: a.email, password: PASSWORD })
      .expect(200);
    const refreshToken = cookieValue(login, REFRESH_COOKIE)!;
    const refreshed = await request(http)
      .post('/api/v1/auth/refresh')
      .set('Cookie', cookiePairs(login).join('; '))
      .set('Origin', WEB)
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    await request(http)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', fakeIp())
      .send({ email: a.email, password: 'a wrong password' })
      .expect(401);
    const logs = t.rawLogs();
    expect(logs).toContain('request completed'); // the requests were logged…
    for (const secret of [
      PASSWORD,
      'a wrong password',
      a.accessToken,
      login.body.accessToken,
      refreshToken,
      refreshed.body.accessToken,
    ]) {
      expect(logs).not.toContain(secret); // …without their secrets
    }
  });
});

describe('admin bootstrap from ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  it('creates the admin at start, idempotently, and promotes an existing account', async () => {
    const email = `boot-${uniq()}@test.ladder.dev`;
    const env = { ADMIN_EMAIL: email, ADMIN_PASSWORD: 'bootstrap-password-1' };
    for (let boot = 0; boot < 2; boot++) {
      const t = await createTestApp(env);
      try {
        const res = await request(t.app.getHttpServer())
          .post('/api/v1/auth/login')
          .send({ email, password: env.ADMIN_PASSWORD })
          .expect(200);
        expect(res.body.user.roles).toEqual(expect.arrayContaining(['mentee', 'admin']));
      } finally {
        await t.close();
      }
    }
    const t = await createTestApp();
    try {
      const existing = await signUp(t.app.getHttpServer());
      await t.close();
      const promoted = await createTestApp({
        ADMIN_EMAIL: existing.email,
        ADMIN_PASSWORD: 'operator-chosen-password',
      });
      const rows = await promoted.db.query('SELECT roles FROM users WHERE id = $1', [existing.id]);
      expect(rows[0].roles).toEqual(['mentee', 'admin']);
      // "An admin account with them exists afterwards": the configured password signs in.
      const login = await request(promoted.app.getHttpServer())
        .post('/api/v1/auth/login')
        .send({ email: existing.email, password: 'operator-chosen-password' })
        .expect(200);
      expect(login.body.user.roles).toContain('admin');
      await promoted.close();
    } catch (err) {
      await t.close().catch(() => undefined);
      throw err;
    }
  });
});
