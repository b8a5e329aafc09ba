import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { createTestApp, type TestApp } from './app';
import { type Account, signInAdmin, signUp } from './auth-helpers';
import { ALL_WEEK, type BookableMentor, book, makeBookableMentor, utcSlot } from './booking-helpers';
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
});
