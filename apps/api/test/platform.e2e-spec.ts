import request from 'supertest';
import { schemaDrift } from '../src/database/migrate';
import { createTestApp, type TestApp } from './app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET /health answers ok once the database is reachable', async () => {
    const res = await request(t.app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('gives every response a request id and logs it on every request line', async () => {
    const res = await request(t.app.getHttpServer()).get('/health').expect(200);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = t.logs.filter((l) => l.requestId === id);
    expect(lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['incoming request', 'request completed']),
    );
  });

  it('keeps a well-formed incoming X-Request-Id and replaces a malformed one', async () => {
    const kept = await request(t.app.getHttpServer())
      .get('/health')
      .set('X-Request-Id', 'trace-abc.123')
      .expect(200);
    expect(kept.headers['x-request-id']).toBe('trace-abc.123');
    const replaced = await request(t.app.getHttpServer())
      .get('/health')
      .set('X-Request-Id', 'bad id <script>')
      .expect(200);
    expect(replaced.headers['x-request-id']).not.toContain('<');
  });

  it('serves the OpenAPI document and UI', async () => {
    const doc = await request(t.app.getHttpServer()).get('/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/health', '/api/v1/mentors', '/api/v1/articles']),
    );
    const ui = await request(t.app.getHttpServer()).get('/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('exposes Prometheus metrics with a request-duration histogram', async () => {
    await request(t.app.getHttpServer()).get('/health');
    const res = await request(t.app.getHttpServer()).get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
    expect(res.text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/health",status_code="200"\} \d+/,
    );
  });

  it('answers unknown routes with problem+json 404', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/v1/does-not-exist').expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      status: 404,
      code: 'not_found',
      title: expect.any(String),
      type: expect.any(String),
    });
  });

  it('rejects unknown query fields and bad values with validation_failed', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/v1/mentors?limit=500&role=admin').expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'limit', message: expect.any(String) },
        { path: 'role', message: 'Unknown field' },
      ]),
    );
  });

  it('answers malformed JSON with a problem, not a crash', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/v1/mentors')
      .set('content-type', 'application/json')
      .send('{"broken":')
      .expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.status).toBe(400);
  });

  it('sets security headers', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('has migrations that match the entities (no drift)', async () => {
    await expect(schemaDrift(t.config.db.url)).resolves.toEqual([]);
  });
});

describe('global rate limit', () => {
  it('answers a flood from one client with 429, Retry-After and a problem body', async () => {
    const t = await createTestApp({ RATE_LIMIT_MULTIPLIER: '0.01', TRUST_PROXY: 'false' });
    try {
      const statuses: number[] = [];
      let limited: request.Response | undefined;
      for (let i = 0; i < 10; i++) {
        const res = await request(t.app.getHttpServer()).get('/api/v1/articles');
        statuses.push(res.status);
        if (res.status === 429) limited ??= res;
      }
      expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(statuses.slice(6).every((s) => s === 429)).toBe(true);
      expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited?.headers['content-type']).toContain('application/problem+json');
      expect(limited?.body).toMatchObject({ status: 429, code: 'rate_limited' });
    } finally {
      await t.close();
    }
  });
});
