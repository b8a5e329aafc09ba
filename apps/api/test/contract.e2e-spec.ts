import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { REFRESH_COOKIE } from '../src/modules/auth/auth.constants';
import { createTestApp, type TestApp } from './app';
import { type Account, cookieValue, signInAdmin, signUp } from './auth-helpers';
import { ALL_WEEK, type BookableMentor, book, makeBookableMentor, utcSlot } from './booking-helpers';
import { makeArticle } from './factories';
import { offeringBody, profileBody } from './mentor-helpers';

/**
 * CONTRACT.md read as an outside client reads it: the conventions every route shares, then the
 * exact shapes and answers of each section that the module suites do not already pin.
 */
describe('CONTRACT.md', () => {
  let t: TestApp;
  let admin: Account;
  let mentee: Account;
  let mentor: BookableMentor;
  let bookingId: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAdmin(t);
    mentee = await signUp(t.app.getHttpServer());
    mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 0 }, { priceAmount: 12_500 }]);
    bookingId = (await book(t, mentee, mentor.offeringIds[0]!, utcSlot(4, 10)).expect(201)).body.id;
  });
  afterAll(() => t.close());

  /** The members of CONTRACT.md "Errors", each of its type, and the problem content type. */
  function expectProblem(res: request.Response, status: number, code?: string): void {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual(
      expect.objectContaining({
        type: expect.any(String),
        title: expect.any(String),
        status,
        detail: expect.any(String),
        code: code ?? expect.any(String),
      }),
    );
    expect(res.body.detail.length).toBeGreaterThan(0);
  }

  describe('Conventions', () => {
    it('answers every error as a complete problem: type, title, status, detail and code', async () => {
      expectProblem(await http().get('/api/v1/me'), 401, 'unauthorized');
      expectProblem(await http().get('/api/v1/admin/reports').set(mentee.bearer), 403, 'forbidden');
      expectProblem(
        await http().get(`/api/v1/bookings/${randomUUID()}`).set(mentee.bearer),
        404,
        'not_found',
      );
      expectProblem(await http().get('/api/v1/no-such-route'), 404, 'not_found');
      const invalid = await http().post('/api/v1/auth/register').send({ email: 'nope' });
      expectProblem(invalid, 400, 'validation_failed');
      expect(invalid.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'email', message: expect.any(String) },
          { path: 'password', message: expect.any(String) },
          { path: 'name', message: expect.any(String) },
        ]),
      );
      const taken = await http()
        .post('/api/v1/auth/register')
        .send({ email: mentee.email, password: 'long enough password', name: 'Again' });
      expectProblem(taken, 409, 'email_taken');
    });

    it('answers malformed JSON with 400 validation_failed naming the body', async () => {
      for (const broken of ['{"email":', '{email: "x"}', "{'a': 1}", 'nul']) {
        const res = await http()
          .post('/api/v1/auth/login')
          .set('content-type', 'application/json')
          .send(broken);
        expectProblem(res, 400, 'validation_failed');
        expect(res.body.errors).toEqual([{ path: '(body)', message: expect.stringContaining('JSON') }]);
      }
    });

    it('takes an empty body sent as JSON for no body', async () => {
      const cancelled = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(4, 14)).expect(201);
      await http()
        .post(`/api/v1/bookings/${cancelled.body.id}/cancel`)
        .set(mentee.bearer)
        .set('content-type', 'application/json')
        .send('')
        .expect(200);
      await http().post('/api/v1/auth/logout').set('content-type', 'application/json').send('').expect(204);
      const res = await http()
        .post('/api/v1/bookings')
        .set(mentee.bearer)
        .set('content-type', 'application/json')
        .send('');
      expectProblem(res, 400, 'validation_failed');
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['offeringId', 'start']);
    });

    it('refuses bodies that are not JSON (415) and JSON that is not an object (400)', async () => {
      const form = await http()
        .post('/api/v1/auth/login')
        .set('content-type', 'application/x-www-form-urlencoded')
        .send('email=a%40b.dev&password=x');
      expectProblem(form, 415, 'unsupported_media_type');
      for (const body of ['[]', '"text"', '42']) {
        const res = await http()
          .post('/api/v1/auth/register')
          .set('content-type', 'application/json')
          .send(body);
        expectProblem(res, 400, 'validation_failed');
      }
    });

    it('rejects an unknown body field on every route of the contract, with the field named', async () => {
      const offering = (
        await http().post('/api/v1/mentors/me/offerings').set(mentor.account.bearer).send(offeringBody())
      ).body.id as string;
      const cases: [string, string, Account | null, object][] = [
        ['post', '/api/v1/auth/register', null, { email: 'x@y.dev', password: 'long enough pw', name: 'X' }],
        ['post', '/api/v1/auth/login', null, { email: mentee.email, password: 'whatever password' }],
        ['post', '/api/v1/mentors/me', mentee, profileBody()],
        ['patch', '/api/v1/mentors/me', mentor.account, { headline: 'A headline that is long enough' }],
        ['post', `/api/v1/admin/mentors/${mentor.profileId}/reject`, admin, { reason: 'Not enough detail' }],
        ['post', '/api/v1/mentors/me/offerings', mentor.account, offeringBody()],
        ['patch', `/api/v1/mentors/me/offerings/${offering}`, mentor.account, { priceAmount: 100 }],
        ['put', '/api/v1/mentors/me/availability', mentor.account, { ...ALL_WEEK('UTC') }],
        ['post', '/api/v1/bookings', mentee, { offeringId: mentor.offeringIds[0], start: utcSlot(9, 9) }],
        ['post', `/api/v1/bookings/${bookingId}/cancel`, mentee, {}],
        ['post', `/api/v1/bookings/${bookingId}/reschedule`, mentee, { start: utcSlot(9, 9) }],
        ['post', `/api/v1/bookings/${bookingId}/notes`, mentee, { body: 'Hi', visibility: 'shared' }],
        ['post', `/api/v1/bookings/${bookingId}/review`, mentee, { rating: 5, body: 'Great' }],
        ['post', '/api/v1/newsletter/subscriptions', null, { email: 'reader@example.com' }],
        ['post', '/api/v1/funnel/events', null, { type: 'article_view', anonymousId: 'anon-123456' }],
        [
          'post',
          '/api/v1/reports',
          mentee,
          { targetType: 'mentor', targetId: mentor.profileId, reason: 'x' },
        ],
        ['post', `/api/v1/admin/reports/${randomUUID()}/resolve`, admin, { action: 'dismiss' }],
      ];
      for (const [method, path, who, body] of cases) {
        const req = (http() as unknown as Record<string, (p: string) => request.Test>)[method]!(path);
        if (who) req.set(who.bearer);
        const res = await req.send({ ...body, isAdmin: true });
        expect({ path, status: res.status }).toEqual({ path, status: 400 });
        expect(res.body.code).toBe('validation_failed');
        expect(res.body.errors).toContainEqual({ path: 'isAdmin', message: 'Unknown field' });
      }
    });

    it('answers a malformed or unknown id in a path with 404, never 400 or 500', async () => {
      for (const id of ['not-a-uuid', '12345', randomUUID()]) {
        const cases: [string, string, Account, object?][] = [
          ['get', `/api/v1/bookings/${id}`, mentee],
          ['post', `/api/v1/bookings/${id}/cancel`, mentee, {}],
          ['post', `/api/v1/bookings/${id}/reschedule`, mentee, { start: utcSlot(9, 9) }],
          ['get', `/api/v1/bookings/${id}/calendar.ics`, mentee],
          ['get', `/api/v1/bookings/${id}/notes`, mentee],
          ['post', `/api/v1/bookings/${id}/notes`, mentee, { body: 'Hi', visibility: 'shared' }],
          ['post', `/api/v1/bookings/${id}/review`, mentee, { rating: 5, body: 'Great' }],
          ['post', `/api/v1/payments/offline/${id}/pay`, mentee],
          ['patch', `/api/v1/mentors/me/offerings/${id}`, mentor.account, { priceAmount: 100 }],
          ['delete', `/api/v1/mentors/me/offerings/${id}`, mentor.account],
          ['post', `/api/v1/admin/mentors/${id}/approve`, admin],
          ['post', `/api/v1/admin/mentors/${id}/reject`, admin, { reason: 'Not enough detail' }],
          ['post', `/api/v1/admin/reports/${id}/resolve`, admin, { action: 'hide' }],
          ['get', `/api/v1/mentors/${id}`, mentee],
          ['get', `/api/v1/articles/${id}`, mentee],
        ];
        for (const [method, path, who, body] of cases) {
          const req = (http() as unknown as Record<string, (p: string) => request.Test>)[method]!(path);
          const res = await req.set(who.bearer).send(body);
          expect({ path, status: res.status, code: res.body.code }).toEqual({
            path,
            status: 404,
            code: 'not_found',
          });
        }
      }
    });

    it('never answers 500 to a malformed id on any registered route', async () => {
      const withParams = t.routes.filter(
        (r) => r.url.includes(':') && !['HEAD', 'OPTIONS'].includes(r.method) && !r.url.includes('/dev/'),
      );
      expect(withParams.length).toBeGreaterThan(20);
      for (const route of withParams) {
        const path = route.url.replace(/:[A-Za-z]+/g, 'not-a-uuid');
        for (const who of [admin, mentor.account]) {
          const req = (http() as unknown as Record<string, (p: string) => request.Test>)[
            route.method.toLowerCase()
          ]!(path);
          const res = await req.set(who.bearer).send({});
          expect({ path, status: res.status }).toEqual({ path, status: expect.any(Number) });
          expect(res.status).toBeLessThan(500);
          // A malformed id is never itself the validation error.
          if (res.status === 400) expect(JSON.stringify(res.body.errors)).not.toContain('not-a-uuid');
        }
      }
    });

    it('answers 401 unauthorized to a missing, malformed, foreign or expired token', async () => {
      const forged = `${mentee.accessToken.slice(0, -4)}AAAA`;
      const expired = t.app.get(JwtService).sign({ sub: mentee.id }, { expiresIn: -60 });
      for (const authorization of [
        undefined,
        'Bearer',
        'Bearer ',
        'Bearer not.a.jwt',
        `Bearer ${forged}`,
        `Bearer ${expired}`,
        `Basic ${Buffer.from(`${mentee.email}:x`).toString('base64')}`,
        mentee.accessToken,
      ]) {
        const req = http().get('/api/v1/me');
        if (authorization !== undefined) req.set('Authorization', authorization);
        expectProblem(await req, 401, 'unauthorized');
      }
    });

    it('answers 403 to a signed-in caller lacking the admin role, 401 without sign-in', async () => {
      for (const [method, path] of [
        ['post', `/api/v1/admin/mentors/${mentor.profileId}/approve`],
        ['post', `/api/v1/admin/mentors/${mentor.profileId}/reject`],
        ['get', '/api/v1/admin/reports'],
        ['post', `/api/v1/admin/reports/${randomUUID()}/resolve`],
      ] as const) {
        expectProblem(await http()[method](path).send({}), 401, 'unauthorized');
        expectProblem(await http()[method](path).set(mentee.bearer).send({}), 403, 'forbidden');
        expectProblem(await http()[method](path).set(mentor.account.bearer).send({}), 403, 'forbidden');
      }
    });

    it('accepts IANA zone names only', async () => {
      for (const timezone of ['Mars/Olympus', '+05:00', 'GMT+5', 'PST', 'Europe/Berlinn', '']) {
        const res = await http()
          .post('/api/v1/auth/register')
          .send({
            email: `tz-${randomUUID()}@example.com`,
            password: 'long enough password',
            name: 'Z',
            timezone,
          });
        expectProblem(res, 400, 'validation_failed');
        expect(res.body.errors).toEqual([{ path: 'timezone', message: expect.stringContaining('IANA') }]);
        const put = await http()
          .put('/api/v1/mentors/me/availability')
          .set(mentor.account.bearer)
          .send({ ...ALL_WEEK('UTC'), timezone });
        expect(put.body.errors).toEqual([{ path: 'timezone', message: expect.stringContaining('IANA') }]);
      }
      const ok = await http()
        .post('/api/v1/auth/register')
        .send({
          email: `tz-${randomUUID()}@example.com`,
          password: 'long enough password',
          name: 'Z',
          timezone: 'America/Argentina/Buenos_Aires',
        })
        .expect(201);
      expect(ok.body.user.timezone).toBe('America/Argentina/Buenos_Aires');
    });

    it('takes money as integer minor units only', async () => {
      for (const priceAmount of [10.5, '1000', -1, 1e12, null]) {
        const res = await http()
          .post('/api/v1/mentors/me/offerings')
          .set(mentor.account.bearer)
          .send(offeringBody({ priceAmount: priceAmount as number }));
        expectProblem(res, 400, 'validation_failed');
        expect(res.body.errors).toEqual([{ path: 'priceAmount', message: expect.any(String) }]);
      }
      for (const currency of ['usd', 'US', 'DOLLAR']) {
        const res = await http()
          .post('/api/v1/mentors/me/offerings')
          .set(mentor.account.bearer)
          .send(offeringBody({ currency }));
        expect(res.body.errors).toEqual([{ path: 'currency', message: expect.any(String) }]);
      }
      const made = await http()
        .post('/api/v1/mentors/me/offerings')
        .set(mentor.account.bearer)
        .send(offeringBody({ priceAmount: 9_999, currency: 'EUR' }))
        .expect(201);
      expect(made.body).toMatchObject({ priceAmount: 9_999, currency: 'EUR' });
      expect(Number.isInteger(made.body.priceAmount)).toBe(true);
    });

    it('answers times as ISO 8601 in UTC with Z, and takes any offset in', async () => {
      const start = utcSlot(5, 16);
      // The same instant written with an offset: 16:00Z is 17:00+01:00.
      const withOffset = `${new Date(Date.parse(start) + 3_600_000).toISOString().slice(0, 19)}+01:00`;
      const res = await book(t, mentee, mentor.offeringIds[1]!, withOffset).expect(201);
      expect(res.body.startsAt).toBe(start);
      const isoZ = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
      for (const field of ['startsAt', 'endsAt', 'holdExpiresAt']) expect(res.body[field]).toMatch(isoZ);
      const timestamps: string[] = [];
      const collect = (value: unknown): void => {
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) timestamps.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      for (const path of [
        `/api/v1/bookings/${res.body.id}`,
        '/api/v1/bookings?role=mentee',
        `/api/v1/mentors/${mentor.slug}/slots?offeringId=${mentor.offeringIds[0]}&from=${utcSlot(1, 0)}&to=${utcSlot(3, 0)}`,
      ]) {
        collect((await http().get(path).set(mentee.bearer).expect(200)).body);
      }
      expect(timestamps.length).toBeGreaterThan(10);
      expect(timestamps.filter((s) => !isoZ.test(s))).toEqual([]);
    });
  });

  const USER_KEYS = ['id', 'email', 'name', 'roles', 'timezone'];
  const PROFILE_KEYS = [
    'id',
    'slug',
    'userId',
    'name',
    'headline',
    'bio',
    'expertise',
    'languages',
    'timezone',
    'status',
    'rating',
  ];
  const BOOKING_KEYS = [
    'id',
    'mentorId',
    'menteeId',
    'offeringId',
    'status',
    'startsAt',
    'endsAt',
    'priceAmount',
    'currency',
  ];

  describe('Accounts', () => {
    it('answers register and login with {user, accessToken}; user has the contract fields, every user a mentee', async () => {
      const email = `contract-${randomUUID()}@example.com`;
      const reg = await http()
        .post('/api/v1/auth/register')
        .send({ email, password: 'ten chars!', name: 'Ada Contract' })
        .expect(201);
      expect(Object.keys(reg.body).sort()).toEqual(['accessToken', 'user']);
      expect(Object.keys(reg.body.user)).toEqual(expect.arrayContaining(USER_KEYS));
      expect(reg.body.user).toMatchObject({
        email,
        name: 'Ada Contract',
        roles: ['mentee'],
        timezone: 'UTC',
      });
      const short = await http()
        .post('/api/v1/auth/register')
        .send({ email: `short-${randomUUID()}@example.com`, password: 'nine char', name: 'Short' });
      expectProblem(short, 400, 'validation_failed');
      expect(short.body.errors).toEqual([{ path: 'password', message: expect.any(String) }]);
      const login = await http()
        .post('/api/v1/auth/login')
        .send({ email, password: 'ten chars!' })
        .expect(200);
      expect(Object.keys(login.body).sort()).toEqual(['accessToken', 'user']);
      expect(login.body.user).toEqual(reg.body.user);
      const me = await http()
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .expect(200);
      expect(me.body).toMatchObject(reg.body.user);
      // The refresh cookie alone, as any HTTP client sends it (no Origin: not a browser).
      const refreshCookie = `${REFRESH_COOKIE}=${cookieValue(login, REFRESH_COOKIE)}`;
      const refresh = await http().post('/api/v1/auth/refresh').set('Cookie', refreshCookie).expect(200);
      expect(Object.keys(refresh.body)).toEqual(['accessToken']);
      await http().get('/api/v1/me').set('Authorization', `Bearer ${refresh.body.accessToken}`).expect(200);
      const rotated = `${REFRESH_COOKIE}=${cookieValue(refresh, REFRESH_COOKIE)}`;
      expect(rotated).not.toBe(refreshCookie);
      // A browser on another site is still refused.
      expectProblem(
        await http()
          .post('/api/v1/auth/refresh')
          .set('Cookie', rotated)
          .set('Origin', 'https://evil.example'),
        403,
        'csrf_rejected',
      );
      const logout = await http().post('/api/v1/auth/logout').set('Cookie', rotated).expect(204);
      expect(logout.text).toBe('');
      expectProblem(await http().post('/api/v1/auth/refresh').set('Cookie', rotated), 401);
      // The rotated-away token is reuse: 401 too.
      expectProblem(await http().post('/api/v1/auth/refresh').set('Cookie', refreshCookie), 401);
    });
  });

  describe('Mentors', () => {
    it('creates a pending mentorProfile (201) with the contract fields; 409 for a second one', async () => {
      const who = await signUp(t.app.getHttpServer());
      const res = await http()
        .post('/api/v1/mentors/me')
        .set(who.bearer)
        .send(profileBody({ yearsExperience: 7, meetingUrl: 'https://meet.example.com/ada' }))
        .expect(201);
      expect(Object.keys(res.body)).toEqual(expect.arrayContaining(PROFILE_KEYS));
      expect(res.body).toMatchObject({
        userId: who.id,
        status: 'pending',
        rating: { average: null, count: 0 },
        timezone: 'Europe/Berlin',
      });
      expectProblem(
        await http().post('/api/v1/mentors/me').set(who.bearer).send(profileBody()),
        409,
        'mentor_profile_exists',
      );
      const mine = await http().get('/api/v1/mentors/me').set(who.bearer).expect(200);
      expect(mine.body).toMatchObject({ id: res.body.id, status: 'pending' });
      const patched = await http()
        .patch('/api/v1/mentors/me')
        .set(who.bearer)
        .send({ languages: ['English', 'German'] })
        .expect(200);
      expect(patched.body).toMatchObject({ id: res.body.id, languages: ['English', 'German'] });
      expectProblem(
        await http().patch('/api/v1/mentors/me').set(who.bearer).send({ status: 'approved' }),
        400,
        'validation_failed',
      );
    });

    it('answers a signed-in caller without the mentor role 403 on the mentor routes', async () => {
      const who = await signUp(t.app.getHttpServer());
      const offering = mentor.offeringIds[0];
      for (const [method, path, body] of [
        ['get', '/api/v1/mentors/me', undefined],
        ['patch', '/api/v1/mentors/me', { headline: 'A headline that is long enough' }],
        ['post', '/api/v1/mentors/me/offerings', offeringBody()],
        ['patch', `/api/v1/mentors/me/offerings/${offering}`, { priceAmount: 1 }],
        ['delete', `/api/v1/mentors/me/offerings/${offering}`, undefined],
        ['put', '/api/v1/mentors/me/availability', ALL_WEEK('UTC')],
      ] as const) {
        expectProblem(await http()[method](path).set(who.bearer).send(body), 403, 'forbidden');
        expectProblem(await http()[method](path).send(body), 401, 'unauthorized');
      }
      // Applying is what gives the role.
      await http().post('/api/v1/mentors/me').set(who.bearer).send(profileBody()).expect(201);
      await http().get('/api/v1/mentors/me').set(who.bearer).expect(200);
    });

    it("creates, edits and deletes offerings; another mentor's offering is 404", async () => {
      const res = await http()
        .post('/api/v1/mentors/me/offerings')
        .set(mentor.account.bearer)
        .send(
          offeringBody({
            durationMinutes: 45,
            priceAmount: 4_500,
            bufferBeforeMinutes: 5,
            bufferAfterMinutes: 10,
            minimumNoticeMinutes: 120,
          }),
        )
        .expect(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        title: 'Growth session',
        durationMinutes: 45,
        priceAmount: 4_500,
        currency: 'USD',
        bufferBeforeMinutes: 5,
        bufferAfterMinutes: 10,
        minimumNoticeMinutes: 120,
      });
      const path = `/api/v1/mentors/me/offerings/${res.body.id}`;
      const other = await makeBookableMentor(t, ALL_WEEK('UTC'));
      expectProblem(
        await http().patch(path).set(other.account.bearer).send({ priceAmount: 1 }),
        404,
        'not_found',
      );
      expectProblem(await http().delete(path).set(other.account.bearer), 404, 'not_found');
      const edited = await http()
        .patch(path)
        .set(mentor.account.bearer)
        .send({ priceAmount: 5_000 })
        .expect(200);
      expect(edited.body).toMatchObject({ id: res.body.id, priceAmount: 5_000, durationMinutes: 45 });
      const deleted = await http().delete(path).set(mentor.account.bearer).expect(204);
      expect(deleted.text).toBe('');
      expectProblem(
        await http().patch(path).set(mentor.account.bearer).send({ priceAmount: 1 }),
        404,
        'not_found',
      );
    });

    it('stores availability as sent (weekday 1 = Monday; an override with no intervals is a day off)', async () => {
      const who = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const monday = utcSlot(14, 0).slice(0, 10);
      const body = {
        timezone: 'America/New_York',
        weekly: [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 7, start: '18:00', end: '24:00' },
        ],
        overrides: [{ date: monday, intervals: [] }],
      };
      const res = await http()
        .put('/api/v1/mentors/me/availability')
        .set(who.account.bearer)
        .send(body)
        .expect(200);
      expect(res.body).toMatchObject(body);
      for (const bad of [
        { weekly: [{ weekday: 0, start: '09:00', end: '10:00' }] },
        { weekly: [{ weekday: 8, start: '09:00', end: '10:00' }] },
        { weekly: [{ weekday: 1, start: '9:00', end: '10:00' }] },
        { weekly: [{ weekday: 1, start: '10:00', end: '09:00' }] },
        { overrides: [{ date: '2026-02-30', intervals: [] }] },
      ]) {
        const put = await http()
          .put('/api/v1/mentors/me/availability')
          .set(who.account.bearer)
          .send({ ...body, ...bad });
        expectProblem(put, 400, 'validation_failed');
      }
    });

    it('lists approved mentors only as {items, nextCursor}, limit ≤ 50, paging by cursor', async () => {
      const pending = await signUp(t.app.getHttpServer());
      const profile = (await http().post('/api/v1/mentors/me').set(pending.bearer).send(profileBody())).body;
      const first = await http().get('/api/v1/mentors?limit=1').expect(200);
      expect(Object.keys(first.body).sort()).toEqual(['items', 'nextCursor']);
      expect(first.body.items).toHaveLength(1);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: request.Response = await http()
          .get('/api/v1/mentors')
          .query({ limit: 50, ...(cursor ? { cursor } : {}) })
          .expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(50);
        seen.push(...page.body.items.map((m: { id: string }) => m.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toContain(mentor.profileId);
      expect(seen).not.toContain(profile.id);
      for (const query of [
        'limit=51',
        'limit=0',
        'sort=cheapest',
        'minPrice=-1',
        'cursor=garbage',
        'page=2',
      ]) {
        expectProblem(await http().get(`/api/v1/mentors?${query}`), 400, 'validation_failed');
      }
      for (const sort of ['relevance', 'rating', 'price', 'soonest']) {
        await http()
          .get(
            `/api/v1/mentors?sort=${sort}&q=engineer&expertise=backend&language=English&minPrice=0&maxPrice=100000`,
          )
          .expect(200);
      }
    });

    it('shows a profile with offerings and rating; pending ones only to the owner and admins', async () => {
      const pub = await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200);
      expect(Object.keys(pub.body)).toEqual(expect.arrayContaining([...PROFILE_KEYS, 'offerings']));
      expect(pub.body.offerings.map((o: { id: string }) => o.id)).toEqual(
        expect.arrayContaining(mentor.offeringIds),
      );
      const owner = await signUp(t.app.getHttpServer());
      const pending = (await http().post('/api/v1/mentors/me').set(owner.bearer).send(profileBody())).body;
      expectProblem(await http().get(`/api/v1/mentors/${pending.slug}`), 404, 'not_found');
      expectProblem(await http().get(`/api/v1/mentors/${pending.slug}`).set(mentee.bearer), 404, 'not_found');
      await http().get(`/api/v1/mentors/${pending.slug}`).set(owner.bearer).expect(200);
      await http().get(`/api/v1/mentors/${pending.slug}`).set(admin.bearer).expect(200);
    });

    it('answers slots as {timezone, slots: [{start, end}]} ascending in UTC; span ≤ 62 days', async () => {
      const from = utcSlot(1, 0);
      const to = utcSlot(3, 0);
      const res = await http()
        .get(`/api/v1/mentors/${mentor.slug}/slots`)
        .query({ offeringId: mentor.offeringIds[0], from, to })
        .expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['slots', 'timezone']);
      expect(res.body.timezone).toBe('UTC');
      const starts = res.body.slots.map((s: { start: string }) => s.start);
      expect(starts.length).toBeGreaterThan(10);
      expect([...starts].sort()).toEqual(starts);
      for (const slot of res.body.slots) {
        expect(Object.keys(slot).sort()).toEqual(['end', 'start']);
        expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(60 * 60_000);
      }
      const far = new Date(Date.parse(from) + 63 * 86_400_000).toISOString();
      for (const query of [
        { offeringId: mentor.offeringIds[0], from, to: far },
        { offeringId: mentor.offeringIds[0], from: to, to: from },
        { offeringId: mentor.offeringIds[0], from: 'tomorrow', to },
        { from, to },
      ]) {
        expectProblem(
          await http().get(`/api/v1/mentors/${mentor.slug}/slots`).query(query),
          400,
          'validation_failed',
        );
      }
      const exactly62 = new Date(Date.parse(from) + 62 * 86_400_000).toISOString();
      await http()
        .get(`/api/v1/mentors/${mentor.slug}/slots`)
        .query({ offeringId: mentor.offeringIds[0], from, to: exactly62 })
        .expect(200);
    });
  });

  describe('Bookings', () => {
    it('confirms a free offering and holds a paid one with holdExpiresAt and checkoutUrl', async () => {
      const free = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(6, 8)).expect(201);
      expect(Object.keys(free.body)).toEqual(expect.arrayContaining(BOOKING_KEYS));
      expect(free.body).toMatchObject({
        mentorId: mentor.profileId,
        menteeId: mentee.id,
        offeringId: mentor.offeringIds[0],
        status: 'confirmed',
        priceAmount: 0,
        currency: 'USD',
      });
      expect(free.body.holdExpiresAt).toBeUndefined();
      const paid = await book(t, mentee, mentor.offeringIds[1]!, utcSlot(6, 12)).expect(201);
      expect(paid.body).toMatchObject({
        status: 'held',
        priceAmount: 12_500,
        holdExpiresAt: expect.any(String),
        checkoutUrl: expect.any(String),
      });
      const holdMinutes = (Date.parse(paid.body.holdExpiresAt) - Date.now()) / 60_000;
      expect(holdMinutes).toBeGreaterThan(9);
      expect(holdMinutes).toBeLessThanOrEqual(10);
      const pay = await http()
        .post(`/api/v1/payments/offline/${paid.body.id}/pay`)
        .set(mentee.bearer)
        .expect(200);
      expect(pay.body).toMatchObject({ id: paid.body.id, status: 'confirmed' });
      expectProblem(
        await http().post(`/api/v1/payments/offline/${paid.body.id}/pay`).set(mentor.account.bearer),
        404,
        'not_found',
      );
    });

    it('answers 409 slot_unavailable for a taken slot, outside availability and too soon', async () => {
      const narrow = await makeBookableMentor(
        t,
        {
          timezone: 'UTC',
          weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '12:00' })),
        },
        [{ priceAmount: 0, minimumNoticeMinutes: 48 * 60 }],
      );
      const taken = utcSlot(5, 9);
      await book(t, mentee, narrow.offeringIds[0]!, taken).expect(201);
      const other = await signUp(t.app.getHttpServer());
      for (const start of [taken, utcSlot(5, 14), utcSlot(1, 9), utcSlot(5, 9).replace(':00:00', ':30:00')]) {
        expectProblem(await book(t, other, narrow.offeringIds[0]!, start), 409, 'slot_unavailable');
      }
    });

    it('replays the same Idempotency-Key and body (201, one booking); another body is 422', async () => {
      const key = `contract-${randomUUID()}`;
      const start = utcSlot(8, 7);
      const first = await book(t, mentee, mentor.offeringIds[0]!, start, key).expect(201);
      const again = await book(t, mentee, mentor.offeringIds[0]!, start, key).expect(201);
      expect(again.body).toEqual(first.body);
      // The same instant written another way is the same body.
      const same = await book(t, mentee, mentor.offeringIds[0]!, start.replace('.000Z', 'Z'), key).expect(
        201,
      );
      expect(same.body.id).toBe(first.body.id);
      const differs = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(8, 8), key);
      expectProblem(differs, 422);
      const another = await book(t, mentee, mentor.offeringIds[1]!, start, key);
      expectProblem(another, 422);
      const mine = await http().get('/api/v1/bookings?role=mentee').set(mentee.bearer).expect(200);
      expect(mine.body.items.filter((b: { startsAt: string }) => b.startsAt === start)).toHaveLength(1);
    });

    it('lists by role as {items}; shows one to its parties and admins, 404 to anyone else', async () => {
      const asMentee = await http().get('/api/v1/bookings?role=mentee').set(mentee.bearer).expect(200);
      expect(Object.keys(asMentee.body)).toEqual(['items']);
      expect(asMentee.body.items.map((b: { id: string }) => b.id)).toContain(bookingId);
      const asMentor = await http()
        .get('/api/v1/bookings?role=mentor')
        .set(mentor.account.bearer)
        .expect(200);
      expect(asMentor.body.items.map((b: { id: string }) => b.id)).toContain(bookingId);
      const notMentor = await http().get('/api/v1/bookings?role=mentor').set(mentee.bearer).expect(200);
      expect(notMentor.body.items.map((b: { id: string }) => b.id)).not.toContain(bookingId);
      expectProblem(
        await http().get('/api/v1/bookings?role=admin').set(mentee.bearer),
        400,
        'validation_failed',
      );
      for (const who of [mentee, mentor.account, admin]) {
        await http().get(`/api/v1/bookings/${bookingId}`).set(who.bearer).expect(200);
      }
      const stranger = await signUp(t.app.getHttpServer());
      for (const [method, path] of [
        ['get', `/api/v1/bookings/${bookingId}`],
        ['get', `/api/v1/bookings/${bookingId}/calendar.ics`],
        ['post', `/api/v1/bookings/${bookingId}/cancel`],
        ['post', `/api/v1/bookings/${bookingId}/reschedule`],
        ['get', `/api/v1/bookings/${bookingId}/notes`],
      ] as const) {
        const body = path.endsWith('reschedule') ? { start: utcSlot(9, 15) } : {};
        expectProblem(await http()[method](path).set(stranger.bearer).send(body), 404, 'not_found');
      }
    });

    it('cancels with status cancelled and refundAmount; reschedules or answers 409 slot_unavailable', async () => {
      const a = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(10, 8)).expect(201);
      const b = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(10, 10)).expect(201);
      const moved = await http()
        .post(`/api/v1/bookings/${a.body.id}/reschedule`)
        .set(mentor.account.bearer)
        .send({ start: utcSlot(10, 12) })
        .expect(200);
      expect(moved.body).toMatchObject({ id: a.body.id, startsAt: utcSlot(10, 12), endsAt: utcSlot(10, 13) });
      expectProblem(
        await http()
          .post(`/api/v1/bookings/${a.body.id}/reschedule`)
          .set(mentee.bearer)
          .send({ start: utcSlot(10, 10) }),
        409,
        'slot_unavailable',
      );
      const cancelled = await http()
        .post(`/api/v1/bookings/${b.body.id}/cancel`)
        .set(mentee.bearer)
        .send({ reason: 'Something came up' })
        .expect(200);
      expect(cancelled.body).toMatchObject({ id: b.body.id, status: 'cancelled', refundAmount: 0 });
      expect(Number.isInteger(cancelled.body.refundAmount)).toBe(true);
    });

    it('serves the calendar as text/calendar with one VEVENT and a UID stable across fetches', async () => {
      const first = await http()
        .get(`/api/v1/bookings/${bookingId}/calendar.ics`)
        .set(mentee.bearer)
        .expect(200);
      expect(first.headers['content-type']).toMatch(/^text\/calendar/);
      expect(first.text).toContain('BEGIN:VCALENDAR');
      expect(first.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      const uid = /UID:(.+)/.exec(first.text)?.[1]?.trim();
      expect(uid).toBeTruthy();
      const again = await http()
        .get(`/api/v1/bookings/${bookingId}/calendar.ics`)
        .set(mentor.account.bearer)
        .expect(200);
      expect(/UID:(.+)/.exec(again.text)?.[1]?.trim()).toBe(uid);
    });
  });

  describe('Content and moderation', () => {
    it('answers newsletter subscriptions 202 with no body, known or not; 400 for a malformed email', async () => {
      for (const email of ['reader-contract@example.com', 'reader-contract@example.com', mentee.email]) {
        const res = await http().post('/api/v1/newsletter/subscriptions').send({ email }).expect(202);
        expect(res.text).toBe('');
      }
      for (const email of ['not-an-email', '', 'a@', 42]) {
        expectProblem(
          await http().post('/api/v1/newsletter/subscriptions').send({ email }),
          400,
          'validation_failed',
        );
      }
    });

    it('records every funnel type (202) and refuses an unknown one (400)', async () => {
      for (const type of [
        'article_view',
        'cta_click',
        'newsletter_subscribed',
        'signup',
        'booking_held',
        'booking_confirmed',
      ]) {
        await http()
          .post('/api/v1/funnel/events')
          .send({ type, anonymousId: `anon-${randomUUID()}`, path: '/articles/x', utm: { source: 'hn' } })
          .expect(202);
      }
      // The contract names no format for the visitor id: a short one is fine.
      await http().post('/api/v1/funnel/events').send({ type: 'cta_click', anonymousId: 'a1' }).expect(202);
      const bad = await http()
        .post('/api/v1/funnel/events')
        .send({ type: 'page_view', anonymousId: 'anon-12345678' });
      expectProblem(bad, 400, 'validation_failed');
      expect(bad.body.errors).toEqual([{ path: 'type', message: expect.any(String) }]);
    });

    it('answers a report with the contract shape (201), and admins the queue as {items}', async () => {
      const res = await http()
        .post('/api/v1/reports')
        .set(mentee.bearer)
        .send({ targetType: 'mentor', targetId: mentor.profileId, reason: 'Contract check' })
        .expect(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        targetType: 'mentor',
        targetId: mentor.profileId,
        reason: 'Contract check',
        status: 'open',
        createdAt: expect.stringMatching(/Z$/),
      });
      expectProblem(
        await http()
          .post('/api/v1/reports')
          .set(mentee.bearer)
          .send({ targetType: 'user', targetId: 'x', reason: 'x' }),
        400,
        'validation_failed',
      );
      const queue = await http().get('/api/v1/admin/reports').set(admin.bearer).expect(200);
      expect(Object.keys(queue.body)).toEqual(['items']);
      const statuses = queue.body.items.map((r: { status: string }) => r.status);
      expect(
        statuses.indexOf('resolved') === -1 || statuses.lastIndexOf('open') < statuses.indexOf('resolved'),
      ).toBe(true);
      expectProblem(
        await http()
          .post(`/api/v1/admin/reports/${res.body.id}/resolve`)
          .set(admin.bearer)
          .send({ action: 'delete' }),
        400,
        'validation_failed',
      );
      const resolved = await http()
        .post(`/api/v1/admin/reports/${res.body.id}/resolve`)
        .set(admin.bearer)
        .send({ action: 'dismiss' })
        .expect(200);
      expect(resolved.body).toMatchObject({ id: res.body.id, status: 'resolved', action: 'dismiss' });
    });

    it('lists articles as {items, nextCursor} without bodies; one article by slug with its body', async () => {
      const published = await makeArticle(t.db, mentor.account.id, {
        body: 'Hello **world**',
        tags: ['career'],
      });
      const draft = await makeArticle(t.db, mentor.account.id, { status: 'draft' });
      const list = await http().get('/api/v1/articles?limit=50').expect(200);
      expect(Object.keys(list.body).sort()).toEqual(['items', 'nextCursor']);
      const slugs = list.body.items.map((a: { slug: string }) => a.slug);
      expect(slugs).toContain(published.slug);
      expect(slugs).not.toContain(draft.slug);
      const item = list.body.items.find((a: { slug: string }) => a.slug === published.slug);
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining([
          'slug',
          'title',
          'excerpt',
          'tags',
          'author',
          'publishedAt',
          'readingMinutes',
        ]),
      );
      expect(item.body).toBeUndefined();
      expect(item).toMatchObject({
        tags: ['career'],
        author: { name: mentor.account.name, mentorSlug: mentor.slug },
        publishedAt: expect.stringMatching(/Z$/),
        readingMinutes: 1,
      });
      const one = await http().get(`/api/v1/articles/${published.slug}`).expect(200);
      expect(one.body).toMatchObject({ ...item, body: 'Hello **world**' });
      expectProblem(await http().get(`/api/v1/articles/${draft.slug}`), 404, 'not_found');
      expectProblem(await http().get('/api/v1/articles/no-such-article'), 404, 'not_found');
      expectProblem(await http().get('/api/v1/articles?limit=51'), 400, 'validation_failed');
    });
  });
});
