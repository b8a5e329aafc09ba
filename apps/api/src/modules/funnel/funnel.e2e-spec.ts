import { FUNNEL_EVENT_TYPES } from '@ladder/domain';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { signInAdmin, signUp } from '../../../test/auth-helpers';
import { uniq } from '../../../test/factories';

describe('funnel events (CONTRACT.md "Content and growth")', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const post = (body: object) => http().post('/api/v1/funnel/events').send(body);
  const rowsOf = (anonymousId: string) =>
    t.db.query(
      `SELECT type, user_id, path, article_slug, mentor_slug, utm FROM funnel_events
        WHERE anonymous_id = $1 ORDER BY created_at, id`,
      [anonymousId],
    );

  it('records every funnel type with its context (202)', async () => {
    const anonymousId = `anon-${uniq()}`;
    for (const type of FUNNEL_EVENT_TYPES) {
      await post({ type, anonymousId }).expect(202);
    }
    await post({
      type: 'cta_click',
      anonymousId,
      path: '/articles/staff-roadmap',
      articleSlug: 'staff-roadmap',
      mentorSlug: 'ada-lovelace',
      utm: { source: 'newsletter', campaign: 'nov' },
    }).expect(202);
    const rows = await rowsOf(anonymousId);
    expect(rows.map((r: { type: string }) => r.type)).toEqual([...FUNNEL_EVENT_TYPES, 'cta_click']);
    expect(rows.at(-1)).toEqual({
      type: 'cta_click',
      user_id: null,
      path: '/articles/staff-roadmap',
      article_slug: 'staff-roadmap',
      mentor_slug: 'ada-lovelace',
      utm: { source: 'newsletter', campaign: 'nov' },
    });
  });

  it('answers 400 for an unknown type, an unknown field or a missing visitor id, and stores nothing', async () => {
    const anonymousId = `anon-${uniq()}`;
    const res = await post({ type: 'page_view', anonymousId }).expect(400);
    expect(res.body).toMatchObject({ code: 'validation_failed', errors: [{ path: 'type' }] });
    await post({ type: 'signup', anonymousId, userId: 'f'.repeat(36) }).expect(400);
    await post({ type: 'signup' }).expect(400);
    await post({ type: 'signup', anonymousId, path: 'https://evil.example/' }).expect(400);
    expect(await rowsOf(anonymousId)).toEqual([]);
  });

  it('takes the user from a valid session only; a bad token on this public route is ignored', async () => {
    const me = await signUp(t.app.getHttpServer());
    const anonymousId = `anon-${uniq()}`;
    await post({ type: 'signup', anonymousId }).set('authorization', `Bearer ${me.accessToken}`).expect(202);
    await http()
      .post('/api/v1/funnel/events')
      .set('authorization', 'Bearer not-a-token')
      .send({ type: 'booking_held', anonymousId })
      .expect(202);
    const rows = await rowsOf(anonymousId);
    expect(rows.map((r: { user_id: string | null }) => r.user_id)).toEqual([me.id, null]);
  });

  it('reports events and distinct visitors per step to admins, every step listed in funnel order', async () => {
    const admin = await signInAdmin(t);
    const before = (
      await http()
        .get('/api/v1/admin/funnel?days=1')
        .set('authorization', `Bearer ${admin.accessToken}`)
        .expect(200)
    ).body;
    expect(before.steps.map((s: { type: string }) => s.type)).toEqual([...FUNNEL_EVENT_TYPES]);
    const a = `anon-${uniq()}`;
    const b = `anon-${uniq()}`;
    await post({ type: 'article_view', anonymousId: a }).expect(202);
    await post({ type: 'article_view', anonymousId: a }).expect(202);
    await post({ type: 'article_view', anonymousId: b }).expect(202);
    await post({ type: 'cta_click', anonymousId: b }).expect(202);
    const after = (
      await http()
        .get('/api/v1/admin/funnel?days=1')
        .set('authorization', `Bearer ${admin.accessToken}`)
        .expect(200)
    ).body;
    const step = (report: { steps: { type: string; events: number; visitors: number }[] }, type: string) =>
      report.steps.find((s) => s.type === type)!;
    expect(step(after, 'article_view').events - step(before, 'article_view').events).toBe(3);
    expect(step(after, 'article_view').visitors - step(before, 'article_view').visitors).toBe(2);
    expect(step(after, 'cta_click').visitors - step(before, 'cta_click').visitors).toBe(1);
    expect(new Date(after.to).getTime() - new Date(after.from).getTime()).toBe(86_400_000);
    await http()
      .get('/api/v1/admin/funnel?days=0')
      .set('authorization', `Bearer ${admin.accessToken}`)
      .expect(400);
  });
});
