import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { uniq } from '../../../test/factories';
import { addOffering, applyAsMentor, makeApprovedMentor, offeringBody } from '../../../test/mentor-helpers';

describe('offerings (POST/GET/PATCH/DELETE /mentors/me/offerings)', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const priceFrom = async (tag: string) =>
    (await http().get('/api/v1/mentors').query({ expertise: tag }).expect(200)).body.items[0]?.priceFrom ??
    null;

  it('creates offerings with defaults; 0 is a free intro call; lists them', async () => {
    const a = await signUp(t.app.getHttpServer());
    await applyAsMentor(t, a);
    const res = await http()
      .post('/api/v1/mentors/me/offerings')
      .set(a.bearer)
      .send(
        offeringBody({ title: 'Intro call', durationMinutes: 20, priceAmount: 0, description: 'Say hello' }),
      )
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      title: 'Intro call',
      description: 'Say hello',
      durationMinutes: 20,
      priceAmount: 0,
      currency: 'USD',
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 720,
      active: true,
    });
    const second = await addOffering(t, a, { priceAmount: 15_000, bufferAfterMinutes: 15, active: false });
    const list = await http().get('/api/v1/mentors/me/offerings').set(a.bearer).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([res.body.id, second.id]);
  });

  it('validates: integer minor units only, ISO currency, bounds, no unknown fields', async () => {
    const a = await signUp(t.app.getHttpServer());
    await applyAsMentor(t, a);
    for (const bad of [
      { priceAmount: 12.5 },
      { priceAmount: -1 },
      { priceAmount: '1000' },
      { currency: 'usd' },
      { durationMinutes: 5 },
      { mentorId: '00000000-0000-4000-8000-000000000000' },
      { archivedAt: null },
    ]) {
      const res = await http()
        .post('/api/v1/mentors/me/offerings')
        .set(a.bearer)
        .send({ ...offeringBody(), ...bad })
        .expect(400);
      expect(res.body.code).toBe('validation_failed');
    }
    expect((await http().get('/api/v1/mentors/me/offerings').set(a.bearer)).body.items).toEqual([]);
  });

  it('answers 403 to users without the mentor role, 401 without a token', async () => {
    const a = await signUp(t.app.getHttpServer());
    await http().post('/api/v1/mentors/me/offerings').set(a.bearer).send(offeringBody()).expect(403);
    await http().get('/api/v1/mentors/me/offerings').set(a.bearer).expect(403);
    await http().post('/api/v1/mentors/me/offerings').send(offeringBody()).expect(401);
  });

  it('edits any subset; another mentor gets 404 for it (an admin, not a mentor, 403) and changes nothing', async () => {
    const owner = await signUp(t.app.getHttpServer());
    const other = await signUp(t.app.getHttpServer());
    await applyAsMentor(t, owner);
    await applyAsMentor(t, other);
    const o = await addOffering(t, owner);
    const res = await http()
      .patch(`/api/v1/mentors/me/offerings/${o.id}`)
      .set(owner.bearer)
      .send({ priceAmount: 12_000, description: null, minimumNoticeMinutes: 60 })
      .expect(200);
    expect(res.body).toMatchObject({
      id: o.id,
      priceAmount: 12_000,
      description: null,
      minimumNoticeMinutes: 60,
      title: o.title,
    });
    for (const [who, status] of [
      [other, 404],
      [admin, 403],
    ] as const) {
      await http()
        .patch(`/api/v1/mentors/me/offerings/${o.id}`)
        .set(who.bearer)
        .send({ priceAmount: 1 })
        .expect(status);
      await http().delete(`/api/v1/mentors/me/offerings/${o.id}`).set(who.bearer).expect(status);
    }
    await http()
      .patch(`/api/v1/mentors/me/offerings/${o.id}`)
      .set(owner.bearer)
      .send({ priceAmount: 1.5 })
      .expect(400);
    await http()
      .patch('/api/v1/mentors/me/offerings/not-a-uuid')
      .set(owner.bearer)
      .send({ priceAmount: 1 })
      .expect(404);
    const list = await http().get('/api/v1/mentors/me/offerings').set(owner.bearer).expect(200);
    expect(list.body.items).toEqual([res.body]);
  });

  it('archives on DELETE (204): gone from every answer, kept in the database, price-from recomputed', async () => {
    const tag = `off-${uniq()}`;
    const m = await makeApprovedMentor(t, admin, {
      expertise: [tag],
      offerings: [{ priceAmount: 5_000 }, { priceAmount: 9_000 }, { priceAmount: 2_000, active: false }],
    });
    const [cheap, dear] = m.offerings;
    expect(await priceFrom(tag)).toEqual({ amount: 5_000, currency: 'USD' });

    await http().delete(`/api/v1/mentors/me/offerings/${cheap!.id}`).set(m.account.bearer).expect(204);
    expect(await priceFrom(tag)).toEqual({ amount: 9_000, currency: 'USD' });
    const profile = await http().get(`/api/v1/mentors/${m.profile.slug}`).expect(200);
    expect(profile.body.offerings.map((o: { id: string }) => o.id)).toEqual([dear!.id]);
    const mine = await http().get('/api/v1/mentors/me/offerings').set(m.account.bearer).expect(200);
    expect(mine.body.items.map((o: { id: string }) => o.id)).not.toContain(cheap!.id);
    const [row] = await t.db.query('SELECT archived_at, active FROM offerings WHERE id = $1', [cheap!.id]);
    expect(row.archived_at).toBeInstanceOf(Date);
    expect(row.active).toBe(false);
    // Archived is gone for its owner too.
    await http().delete(`/api/v1/mentors/me/offerings/${cheap!.id}`).set(m.account.bearer).expect(404);
    await http()
      .patch(`/api/v1/mentors/me/offerings/${cheap!.id}`)
      .set(m.account.bearer)
      .send({ active: true })
      .expect(404);

    // Price changes and (de)activation move price-from too; no active offering → null.
    await http()
      .patch(`/api/v1/mentors/me/offerings/${dear!.id}`)
      .set(m.account.bearer)
      .send({ priceAmount: 7_000 });
    expect(await priceFrom(tag)).toEqual({ amount: 7_000, currency: 'USD' });
    await http()
      .patch(`/api/v1/mentors/me/offerings/${dear!.id}`)
      .set(m.account.bearer)
      .send({ active: false });
    expect(await priceFrom(tag)).toBeNull();
    await http()
      .patch(`/api/v1/mentors/me/offerings/${m.offerings[2]!.id}`)
      .set(m.account.bearer)
      .send({ active: true });
    expect(await priceFrom(tag)).toEqual({ amount: 2_000, currency: 'USD' });
  });

  it('keeps price-from right when one mentor changes offerings concurrently', async () => {
    const tag = `race-${uniq()}`;
    const m = await makeApprovedMentor(t, admin, { expertise: [tag], offerings: [] });
    const prices = [9_000, 4_000, 7_000, 3_000, 8_000, 6_000];
    await Promise.all(prices.map((priceAmount) => addOffering(t, m.account, { priceAmount })));
    expect(await priceFrom(tag)).toEqual({ amount: 3_000, currency: 'USD' });
  });
});
