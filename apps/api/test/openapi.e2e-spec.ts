import request from 'supertest';
import { createTestApp, type TestApp } from './app';

interface Operation {
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}
type Doc = { paths: Record<string, Record<string, Operation>> };

/** Swagger UI's own files and the document itself: not API routes. */
const NOT_API = /^\/docs(\/|-json|-yaml|$)/;

/** `/api/v1/bookings/:id/calendar.ics` → `/api/v1/bookings/{id}/calendar.ics`. */
const toOpenApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('OpenAPI document (GET /docs-json)', () => {
  let t: TestApp;
  let doc: Doc;
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await request(t.app.getHttpServer()).get('/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const operation = (method: string, path: string): Operation | undefined =>
    doc.paths[path]?.[method.toLowerCase()];

  it('describes every route the router registers (HEAD and CORS preflights aside)', () => {
    const registered = t.routes.filter(
      (r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && !NOT_API.test(r.url),
    );
    // The router really was read: the contract's routes are among them.
    expect(registered.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/bookings', 'GET /api/v1/mentors/:slug/slots', 'GET /metrics']),
    );
    const missing = registered
      .filter((r) => !operation(r.method, toOpenApiPath(r.url)))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('documents nothing the router does not serve', () => {
    const served = new Set(t.routes.map((r) => `${r.method} ${toOpenApiPath(r.url)}`));
    const extra = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .map((m) => `${m.toUpperCase()} ${path}`)
        .filter((key) => !served.has(key)),
    );
    expect(extra).toEqual([]);
  });

  it('declares every path parameter of every operation', () => {
    const undeclared = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        [...path.matchAll(/\{([^}]+)\}/g)]
          .map((m) => m[1])
          .filter((name) => !op.parameters?.some((p) => p.in === 'path' && p.name === name))
          .map((name) => `${method.toUpperCase()} ${path} {${name}}`),
      ),
    );
    expect(undeclared).toEqual([]);
  });

  const queryOf = (method: string, path: string): string[] =>
    (operation(method, path)?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);

  it('documents the search and list query parameters', () => {
    expect(queryOf('get', '/api/v1/mentors')).toEqual(
      expect.arrayContaining([
        'q',
        'expertise',
        'language',
        'minPrice',
        'maxPrice',
        'sort',
        'limit',
        'cursor',
        'minRating',
        'freeTz',
        'freeFrom',
        'freeTo',
        'freeDays',
      ]),
    );
    expect(queryOf('get', '/api/v1/mentors/{slug}/slots')).toEqual(
      expect.arrayContaining(['offeringId', 'from', 'to']),
    );
    expect(queryOf('get', '/api/v1/bookings')).toEqual(['role']);
    expect(queryOf('get', '/api/v1/articles')).toEqual(expect.arrayContaining(['limit', 'cursor']));
    expect(queryOf('get', '/api/v1/admin/users')).toEqual(expect.arrayContaining(['q', 'limit', 'cursor']));
    expect(queryOf('get', '/api/v1/admin/revenue')).toEqual(expect.arrayContaining(['days']));
    expect(queryOf('get', '/api/v1/conversations/{id}/messages')).toEqual(
      expect.arrayContaining(['limit', 'cursor']),
    );
  });

  it('documents the headers the contract names, once each', () => {
    const headers = (method: string, path: string) =>
      (operation(method, path)?.parameters ?? [])
        .filter((p) => p.in === 'header')
        .map((p) => p.name.toLowerCase());
    expect(headers('post', '/api/v1/bookings')).toEqual(['idempotency-key']);
    const key = operation('post', '/api/v1/bookings')?.parameters?.find((p) => p.in === 'header');
    expect(key).toMatchObject({ name: 'Idempotency-Key', required: false });
    expect(headers('post', '/api/v1/webhooks/stripe')).toEqual(['stripe-signature']);
    expect(headers('post', '/api/v1/webhooks/calcom')).toEqual(['x-cal-signature-256']);
  });

  it("documents each contract route's success status and request body", () => {
    const cases: [string, string, string, boolean][] = [
      ['post', '/api/v1/auth/register', '201', true],
      ['post', '/api/v1/auth/login', '200', true],
      ['post', '/api/v1/auth/refresh', '200', false],
      ['post', '/api/v1/auth/logout', '204', false],
      ['get', '/api/v1/me', '200', false],
      ['post', '/api/v1/mentors/me', '201', true],
      ['patch', '/api/v1/mentors/me', '200', true],
      ['post', '/api/v1/admin/mentors/{id}/reject', '200', true],
      ['post', '/api/v1/mentors/me/offerings', '201', true],
      ['delete', '/api/v1/mentors/me/offerings/{id}', '204', false],
      ['put', '/api/v1/mentors/me/availability', '200', true],
      ['post', '/api/v1/bookings', '201', true],
      ['post', '/api/v1/bookings/{id}/cancel', '200', true],
      ['post', '/api/v1/bookings/{id}/reschedule', '200', true],
      ['post', '/api/v1/payments/offline/{bookingId}/pay', '200', false],
      ['post', '/api/v1/bookings/{id}/notes', '201', true],
      ['post', '/api/v1/bookings/{id}/review', '201', true],
      ['post', '/api/v1/newsletter/subscriptions', '202', true],
      ['post', '/api/v1/funnel/events', '202', true],
      ['post', '/api/v1/reports', '201', true],
      ['post', '/api/v1/admin/reports/{id}/resolve', '200', true],
    ];
    const wrong = cases.filter(([method, path, status, body]) => {
      const op = operation(method, path);
      return !op?.responses?.[status] || !!op.requestBody !== body;
    });
    expect(wrong).toEqual([]);
  });
});
