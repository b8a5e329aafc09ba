import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../../../test/app';
import { cookiePairs, fakeIp, PASSWORD, signUp } from '../../../../test/auth-helpers';
import { uniq } from '../../../../test/factories';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '../auth.constants';
import { OAUTH_STATE_COOKIE } from './oauth-state';

interface FakeAccount {
  id: number;
  login: string;
  name: string | null;
  emails: { email: string; primary: boolean; verified: boolean; visibility: string | null }[];
}

const CLIENT_ID = 'x';
/** Distinctive, so the log assertion cannot pass or fail by accident. */
const CLIENT_SECRET = `gh-client-secret-${randomBytes(8).toString('hex')}`;

/** A local stand-in for github.com and api.github.com: the three endpoints the flow uses. */
class FakeGithub {
  readonly codes = new Map<string, FakeAccount | 'server_error'>();
  readonly tokens = new Map<string, FakeAccount>();
  readonly issued: string[] = [];
  readonly tokenRequests: { accept?: string; body: Record<string, string> }[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A one-time code that GitHub would hand the browser for `account`. */
  codeFor(account: FakeAccount | 'server_error'): string {
    const code = `code-${randomBytes(10).toString('hex')}`;
    this.codes.set(code, account);
    this.issued.push(code);
    return code;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'POST' && path === '/login/oauth/access_token') {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      const body = JSON.parse(raw) as Record<string, string>;
      this.tokenRequests.push({ accept: req.headers.accept, body });
      if (body.client_id !== CLIENT_ID || body.client_secret !== CLIENT_SECRET)
        return json(200, { error: 'incorrect_client_credentials' });
      const account = body.code ? this.codes.get(body.code) : undefined;
      if (body.code) this.codes.delete(body.code);
      if (account === 'server_error') return json(502, { message: 'Bad gateway' });
      if (!account)
        return json(200, { error: 'bad_verification_code', error_description: 'The code is wrong' });
      const token = `gho_${randomBytes(16).toString('hex')}`;
      this.tokens.set(token, account);
      this.issued.push(token);
      return json(200, { access_token: token, token_type: 'bearer', scope: 'read:user,user:email' });
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const account = token ? this.tokens.get(token) : undefined;
    if (req.method === 'GET' && (path === '/user' || path === '/user/emails')) {
      if (!account) return json(401, { message: 'Bad credentials' });
      if (path === '/user') return json(200, { id: account.id, login: account.login, name: account.name });
      return json(200, account.emails);
    }
    json(404, { message: 'Not Found' });
  }
}

let nextGithubId = 1_000_000 + Math.floor(Math.random() * 1_000_000);
function githubAccount(over: Partial<FakeAccount> & { email?: string } = {}): FakeAccount {
  const login = `octo-${uniq()}`;
  const email = over.email ?? `${login}@gh.test.ladder.dev`;
  return {
    id: nextGithubId++,
    login,
    name: 'Octo Cat',
    emails: [
      { email: `${login}@users.noreply.github.com`, primary: false, verified: true, visibility: null },
      { email, primary: true, verified: true, visibility: 'private' },
    ],
    ...over,
  };
}

describe('GitHub sign-in', () => {
  const fake = new FakeGithub();
  let t: TestApp;
  let web: string;

  beforeAll(async () => {
    await fake.start();
    t = await createTestApp({
      GITHUB_CLIENT_ID: CLIENT_ID,
      GITHUB_CLIENT_SECRET: CLIENT_SECRET,
      GITHUB_OAUTH_BASE_URL: fake.url,
      GITHUB_API_BASE_URL: fake.url,
    });
    web = t.config.http.webUrl;
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
  });
  const http = () => request(t.app.getHttpServer());

  /** GET /auth/github, as a browser: returns the state GitHub would echo and the state cookie. */
  async function start(next?: string, ip = fakeIp()) {
    const res = await http()
      .get('/api/v1/auth/github')
      .query(next === undefined ? {} : { next })
      .set('X-Forwarded-For', ip)
      .expect(302);
    const location = new URL(res.headers.location as string);
    const cookie = cookiePairs(res).find((c) => c.startsWith(`${OAUTH_STATE_COOKIE}=`));
    if (!cookie) throw new Error('no state cookie');
    return { res, location, state: location.searchParams.get('state') ?? '', cookie, ip };
  }

  /** The whole round trip: start, "GitHub" approves `account`, the callback answers. */
  async function signInWith(account: FakeAccount | 'server_error', next?: string) {
    const s = await start(next);
    return http()
      .get('/api/v1/auth/github/callback')
      .query({ code: fake.codeFor(account), state: s.state })
      .set('Cookie', s.cookie)
      .set('X-Forwarded-For', s.ip);
  }

  async function me(res: request.Response) {
    const access = cookiePairs(res).find((c) => c.startsWith(`${ACCESS_COOKIE}=`));
    expect(access).toBeDefined();
    return http()
      .get('/api/v1/me')
      .set('Cookie', access ?? '')
      .expect(200);
  }

  it('lists github among the sign-in providers', async () => {
    const res = await http().get('/api/v1/auth/providers').expect(200);
    expect(res.body).toEqual({ providers: ['github'] });
  });

  it('redirects to GitHub with the client id, callback, scopes and a state bound to a cookie', async () => {
    const { res, location, state, cookie } = await start('/mentors/ada?tab=reviews');
    expect(`${location.origin}${location.pathname}`).toBe(`${fake.url}/login/oauth/authorize`);
    expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(location.searchParams.get('redirect_uri')).toBe(
      `${t.config.http.publicApiUrl}/api/v1/auth/github/callback`,
    );
    expect(res.headers.location).toContain('scope=read:user%20user:email');
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(cookie.startsWith(`${OAUTH_STATE_COOKIE}=${state}.`)).toBe(true);
    const setCookie = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\/api\/v1\/auth\/github/);
    expect(setCookie).toMatch(/Max-Age=600/);
    // A new state every time.
    expect((await start()).state).not.toBe(state);
  });

  it('answers 400 invalid_oauth_state for a state that does not match the cookie, and clears it', async () => {
    const s = await start();
    const res = await http()
      .get('/api/v1/auth/github/callback')
      .query({
        code: fake.codeFor(githubAccount()),
        state: `${s.state.slice(0, -1)}${s.state.endsWith('A') ? 'B' : 'A'}`,
      })
      .set('Cookie', s.cookie)
      .set('X-Forwarded-For', s.ip)
      .expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('invalid_oauth_state');
    const setCookie = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(setCookie).toMatch(new RegExp(`${OAUTH_STATE_COOKIE}=;`));
    expect(cookiePairs(res).some((c) => c.startsWith(`${ACCESS_COOKIE}=`))).toBe(false);

    // No cookie at all (e.g. a link crafted by someone else) is refused the same way.
    const noCookie = await http()
      .get('/api/v1/auth/github/callback')
      .query({ code: fake.codeFor(githubAccount()), state: s.state })
      .expect(400);
    expect(noCookie.body.code).toBe('invalid_oauth_state');
  });

  it('creates a verified, password-less user, signs them in and lands on `next`', async () => {
    const account = githubAccount({ name: 'Margaret Hamilton' });
    const res = await signInWith(account, '/dashboard?welcome=1');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`${web}/dashboard?welcome=1`);
    const setCookie = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(setCookie).toMatch(new RegExp(`${ACCESS_COOKIE}=[^;]+;.*HttpOnly`, 'i'));
    expect(setCookie).toMatch(new RegExp(`${REFRESH_COOKIE}=[^;]+;.*HttpOnly`, 'i'));
    const profile = await me(res);
    expect(profile.body).toEqual({
      id: expect.any(String),
      email: account.emails[1]?.email,
      name: 'Margaret Hamilton',
      roles: ['mentee'],
      timezone: 'UTC',
      emailVerified: true,
      hasPassword: false,
    });
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [profile.body.id]);
    expect(row.password_hash).toBeNull();
    const audit = await t.db.query(
      `SELECT metadata FROM audit_log WHERE actor_id = $1 AND action = 'auth.login.github'`,
      [profile.body.id],
    );
    expect(audit).toEqual([{ metadata: { via: 'created' } }]);

    // The refresh cookie works like one from a password sign-in.
    const refresh = cookiePairs(res).find((c) => c.startsWith(`${REFRESH_COOKIE}=`)) ?? '';
    await http()
      .post('/api/v1/auth/refresh')
      .set('Origin', web)
      .set('Cookie', refresh)
      .set('X-Forwarded-For', fakeIp())
      .expect(200);
  });

  it('uses the GitHub login as the name when there is none, and "/" for an unsafe next', async () => {
    for (const next of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'dashboard']) {
      const account = githubAccount({ name: null });
      const res = await signInWith(account, next);
      expect(res.headers.location).toBe(`${web}/`);
      expect((await me(res)).body.name).toBe(account.login);
    }
  });

  it('signs the same GitHub account in as the same user, even after its email changed', async () => {
    const account = githubAccount();
    const first = await me(await signInWith(account));
    account.emails = [
      { email: `renamed-${uniq()}@gh.test.ladder.dev`, primary: true, verified: true, visibility: null },
    ];
    account.login = `${account.login}-renamed`;
    const second = await me(await signInWith(account));
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.email).toBe(first.body.email);
    const identities = await t.db.query(
      `SELECT provider, provider_user_id FROM user_identities WHERE user_id = $1`,
      [first.body.id],
    );
    expect(identities).toEqual([{ provider: 'github', provider_user_id: String(account.id) }]);
  });

  it('links an existing unverified account by email: verifies it, removes the password and its sessions', async () => {
    const existing = await signUp(t.app.getHttpServer());
    const account = githubAccount({ email: existing.email.toUpperCase() });
    const res = await signInWith(account);
    expect(res.status).toBe(302);
    const profile = await me(res);
    expect(profile.body.id).toBe(existing.id);
    expect(profile.body.emailVerified).toBe(true);
    // Whoever chose that password never proved they own the email: it no longer works...
    const login = await http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', fakeIp())
      .send({ email: existing.email, password: PASSWORD })
      .expect(401);
    expect(login.body.code).toBe('invalid_credentials');
    // ...and neither does the session it opened.
    const oldRefresh = existing.cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`)) ?? '';
    await http()
      .post('/api/v1/auth/refresh')
      .set('Origin', web)
      .set('Cookie', oldRefresh)
      .set('X-Forwarded-For', fakeIp())
      .expect(401);
    const audit = await t.db.query(
      `SELECT metadata FROM audit_log WHERE actor_id = $1 AND action = 'auth.login.github'`,
      [existing.id],
    );
    expect(audit).toEqual([{ metadata: { via: 'email', passwordCleared: true } }]);
  });

  it('links an existing verified account by email and keeps its password', async () => {
    const existing = await signUp(t.app.getHttpServer());
    await t.db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [existing.id]);
    const res = await signInWith(githubAccount({ email: existing.email }));
    expect((await me(res)).body.id).toBe(existing.id);
    await http()
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', fakeIp())
      .send({ email: existing.email, password: PASSWORD })
      .expect(200);
  });

  it('refuses a GitHub account without a verified primary email and creates nobody', async () => {
    const account = githubAccount();
    const email = `unverified-${uniq()}@gh.test.ladder.dev`;
    account.emails = [
      { email, primary: true, verified: false, visibility: null },
      { email: `other-${uniq()}@gh.test.ladder.dev`, primary: false, verified: true, visibility: null },
    ];
    const res = await signInWith(account);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`${web}/sign-in?error=github_email_unverified`);
    expect(cookiePairs(res).some((c) => c.startsWith(`${ACCESS_COOKIE}=`))).toBe(false);
    expect(await t.db.query(`SELECT 1 FROM users WHERE email = $1`, [email])).toEqual([]);
  });

  it('refuses a suspended account', async () => {
    const existing = await signUp(t.app.getHttpServer());
    await t.db.query(`UPDATE users SET suspended_at = now() WHERE id = $1`, [existing.id]);
    const res = await signInWith(githubAccount({ email: existing.email }));
    expect(res.headers.location).toBe(`${web}/sign-in?error=account_suspended`);
    expect(cookiePairs(res).some((c) => c.startsWith(`${ACCESS_COOKIE}=`))).toBe(false);
  });

  it('sends the browser back with github_failed when GitHub refuses the code, fails or is cancelled', async () => {
    const badCode = await (async () => {
      const s = await start();
      return http()
        .get('/api/v1/auth/github/callback')
        .query({ code: 'not-a-code-github-issued', state: s.state })
        .set('Cookie', s.cookie)
        .set('X-Forwarded-For', s.ip);
    })();
    const down = await signInWith('server_error');
    const cancelled = await (async () => {
      const s = await start();
      return http()
        .get('/api/v1/auth/github/callback')
        .query({
          error: 'access_denied',
          error_description: 'The user has denied your application',
          state: s.state,
        })
        .set('Cookie', s.cookie)
        .set('X-Forwarded-For', s.ip);
    })();
    for (const res of [badCode, down, cancelled]) {
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe(`${web}/sign-in?error=github_failed`);
    }
    // The code exchange itself follows GitHub's API.
    const last = fake.tokenRequests.at(-1);
    expect(last?.accept).toBe('application/json');
    expect(last?.body.redirect_uri).toBe(`${t.config.http.publicApiUrl}/api/v1/auth/github/callback`);
    const warnings = t.logs.filter(
      (l) => l.msg === 'GitHub sign-in failed' || l.context === 'GitHub sign-in failed',
    );
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('never logs the client secret, codes or access tokens', () => {
    const logs = t.rawLogs();
    expect(logs.length).toBeGreaterThan(0);
    expect(fake.issued.length).toBeGreaterThan(5);
    expect(logs).not.toContain(CLIENT_SECRET);
    for (const secret of fake.issued) expect(logs).not.toContain(secret);
  });
});

describe('GitHub sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      GITHUB_CLIENT_ID: CLIENT_ID,
      GITHUB_CLIENT_SECRET: CLIENT_SECRET,
      GITHUB_OAUTH_BASE_URL: 'http://127.0.0.1:9',
      GITHUB_API_BASE_URL: 'http://127.0.0.1:9',
      RATE_LIMIT_MULTIPLIER: '0.1', // 30 → 3 per 15 minutes
    });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After after too many callbacks from one address', async () => {
    const ip = fakeIp();
    const hit = () =>
      request(t.app.getHttpServer()).get('/api/v1/auth/github/callback').set('X-Forwarded-For', ip);
    for (let i = 0; i < 3; i++) await hit().expect(400);
    const res = await hit().expect(429);
    expect(res.body.code).toBe('rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('GitHub sign-in when not configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ GITHUB_CLIENT_ID: '', GITHUB_CLIENT_SECRET: '' });
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('lists no providers and answers 404 on the GitHub routes', async () => {
    expect((await http().get('/api/v1/auth/providers').expect(200)).body).toEqual({ providers: [] });
    const startRes = await http().get('/api/v1/auth/github').query({ next: '/x' }).expect(404);
    expect(startRes.body.code).toBe('not_found');
    expect(startRes.headers['set-cookie']).toBeUndefined();
    const callback = await http()
      .get('/api/v1/auth/github/callback')
      .query({ code: 'c', state: 's' })
      .expect(404);
    expect(callback.body.code).toBe('not_found');
  });
});
