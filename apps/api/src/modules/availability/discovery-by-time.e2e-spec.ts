import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { makeBookableMentor } from '../../../test/booking-helpers';
import { uniq } from '../../../test/factories';
import { FreeSlotsService } from './free-slots.service';

describe('GET /mentors: free during my working hours, soonest available', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('keeps only mentors with a free slot inside the viewer’s daily hours, in the viewer’s zone', async () => {
    const tag = `hours-${uniq()}`;
    const every = (start: string, end: string) =>
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));
    const morning = await makeBookableMentor(t, {
      timezone: 'Europe/Berlin',
      weekly: every('09:00', '10:00'),
      overrides: [],
    });
    const evening = await makeBookableMentor(t, {
      timezone: 'Europe/Berlin',
      weekly: every('20:00', '21:00'),
      overrides: [],
    });
    await t.db.query('UPDATE mentor_profiles SET expertise = $2 WHERE id = ANY($1)', [
      [morning.profileId, evening.profileId],
      [tag],
    ]);
    const freeSlots = t.app.get(FreeSlotsService);
    await freeSlots.refresh(morning.profileId);
    await freeSlots.refresh(evening.profileId);

    const slugs = async (query: Record<string, string>) => {
      const res = await request(t.app.getHttpServer())
        .get('/api/v1/mentors')
        .query({ expertise: tag, ...query })
        .expect(200);
      return res.body.items.map((m: { slug: string }) => m.slug).sort();
    };
    // Berlin mornings: only the morning mentor.
    expect(await slugs({ freeTz: 'Europe/Berlin', freeFrom: '08:00', freeTo: '12:00' })).toEqual([
      morning.slug,
    ]);
    // 20:00 in Berlin is 14:00 in New York in winter: a New York afternoon finds the evening mentor.
    expect(await slugs({ freeTz: 'America/New_York', freeFrom: '13:00', freeTo: '16:00' })).toEqual([
      evening.slug,
    ]);
    // A slot must fit wholly inside the hours: 09:00–10:00 does not fit 09:30–12:00.
    expect(await slugs({ freeTz: 'Europe/Berlin', freeFrom: '09:30', freeTo: '12:00' })).toEqual([]);
    // Without the filter both are there.
    expect(await slugs({})).toEqual([morning.slug, evening.slug].sort());
  });

  it('sorts by the soonest free slot', async () => {
    const tag = `soon-${uniq()}`;
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const later = await makeBookableMentor(t, {
      timezone: 'UTC',
      weekly: [],
      overrides: [{ date: inDays(5), intervals: [{ start: '10:00', end: '11:00' }] }],
    });
    const sooner = await makeBookableMentor(t, {
      timezone: 'UTC',
      weekly: [],
      overrides: [{ date: inDays(2), intervals: [{ start: '10:00', end: '11:00' }] }],
    });
    const none = await makeBookableMentor(t, { timezone: 'UTC', weekly: [], overrides: [] });
    await t.db.query('UPDATE mentor_profiles SET expertise = $2 WHERE id = ANY($1)', [
      [later.profileId, sooner.profileId, none.profileId],
      [tag],
    ]);
    const freeSlots = t.app.get(FreeSlotsService);
    for (const m of [later, sooner, none]) await freeSlots.refresh(m.profileId);
    const res = await request(t.app.getHttpServer())
      .get('/api/v1/mentors')
      .query({ expertise: tag, sort: 'soonest' })
      .expect(200);
    expect(res.body.items.map((m: { slug: string }) => m.slug)).toEqual([sooner.slug, later.slug, none.slug]);
  });

  it('rejects incomplete or malformed hours', async () => {
    const partial = await request(t.app.getHttpServer())
      .get('/api/v1/mentors')
      .query({ freeTz: 'Europe/Berlin', freeFrom: '09:00' })
      .expect(400);
    expect(partial.body.code).toBe('validation_failed');
    await request(t.app.getHttpServer())
      .get('/api/v1/mentors')
      .query({ freeTz: 'Mars/Base', freeFrom: '09:00', freeTo: '17:00' })
      .expect(400);
    await request(t.app.getHttpServer())
      .get('/api/v1/mentors')
      .query({ freeTz: 'UTC', freeFrom: '9am', freeTo: '17:00' })
      .expect(400);
  });

  it('documents the parameters in OpenAPI', async () => {
    const doc = await request(t.app.getHttpServer()).get('/docs-json').expect(200);
    const names = doc.body.paths['/api/v1/mentors'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['freeTz', 'freeFrom', 'freeTo', 'freeDays', 'sort']));
  });
});
