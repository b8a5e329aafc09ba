import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { makeArticle } from '../../../test/factories';
import { letters, makeApprovedMentor } from '../../../test/mentor-helpers';

describe('reports and the moderation queue', () => {
  let t: TestApp;
  let admin: Account;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '8' });
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());

  const report = (who: Account | null, body: object) => {
    const req = http().post('/api/v1/reports');
    if (who) req.set(who.bearer);
    return req.send(body);
  };
  const resolve = (id: string, action: string) =>
    http().post(`/api/v1/admin/reports/${id}/resolve`).set(admin.bearer).send({ action });
  const restore = (id: string) => http().post(`/api/v1/admin/reports/${id}/restore`).set(admin.bearer);
  const queue = async () =>
    (await http().get('/api/v1/admin/reports').set(admin.bearer).expect(200)).body.items as {
      id: string;
      status: string;
      action?: string;
      restoredAt?: string;
      reporter: { name: string };
      target: { label: string; url?: string };
    }[];

  /** A visible mentor found by a word only its headline has. */
  async function searchableMentor() {
    const word = letters(12);
    const mentor = await makeApprovedMentor(t, admin, { headline: `Coach for ${word} teams` });
    const search = async () =>
      (await http().get(`/api/v1/mentors?q=${word}`).expect(200)).body.items.map(
        (m: { slug: string }) => m.slug,
      );
    return { mentor, search };
  }

  /** A mentor with one 4-star review by a fresh mentee of a started session. */
  async function reviewed(rating = 4) {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const mentee = await signUp(t.app.getHttpServer());
    const booked = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(12, 10)).expect(201);
    await t.db.query(
      `UPDATE bookings SET starts_at = now() - interval '90 minutes', ends_at = now() - interval '30 minutes',
              blocked_range = tstzrange(now() - interval '90 minutes', now() - interval '30 minutes') WHERE id = $1`,
      [booked.body.id],
    );
    const res = await http()
      .post(`/api/v1/bookings/${booked.body.id}/review`)
      .set(mentee.bearer)
      .send({ rating, body: 'Rude and useless' })
      .expect(201);
    return { mentor, reviewId: res.body.id as string };
  }

  const ratingOf = async (slug: string) =>
    (await http().get(`/api/v1/mentors/${slug}`).expect(200)).body.rating;
  const reviewIds = async (slug: string) =>
    (await http().get(`/api/v1/mentors/${slug}/reviews`).expect(200)).body.items.map(
      (r: { id: string }) => r.id,
    );

  describe('POST /reports', () => {
    it('answers 401 to anonymous callers', async () => {
      const { mentor } = await searchableMentor();
      await report(null, { targetType: 'mentor', targetId: mentor.profile.id, reason: 'Spam' }).expect(401);
    });

    it('validates strictly (400)', async () => {
      const user = await signUp(t.app.getHttpServer());
      const { mentor } = await searchableMentor();
      const ok = { targetType: 'mentor', targetId: mentor.profile.id, reason: 'Spam' };
      for (const body of [
        { ...ok, extra: true },
        { ...ok, reason: '   ' },
        { ...ok, reason: 'x'.repeat(2001) },
        { ...ok, targetType: 'user' },
        { targetType: 'mentor', reason: 'Spam' },
        { ...ok, reason: 42 },
      ]) {
        const res = await report(user, body).expect(400);
        expect(res.body.code).toBe('validation_failed');
      }
    });

    it('answers the contract shape with a trimmed reason; a repeat while open gives the same report', async () => {
      const user = await signUp(t.app.getHttpServer());
      const { mentor } = await searchableMentor();
      const first = await report(user, {
        targetType: 'mentor',
        targetId: mentor.profile.id,
        reason: '  Asks for payment off-platform  ',
      }).expect(201);
      expect(first.body).toEqual({
        id: expect.any(String),
        targetType: 'mentor',
        targetId: mentor.profile.id,
        reason: 'Asks for payment off-platform',
        status: 'open',
        createdAt: expect.any(String),
      });
      const again = await report(user, {
        targetType: 'mentor',
        targetId: mentor.profile.id,
        reason: 'Again',
      });
      expect(again.status).toBe(201);
      expect(again.body.id).toBe(first.body.id);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM reports WHERE reporter_id = $1 AND target_id = $2`,
        [user.id, mentor.profile.id],
      );
      expect(n).toBe(1);
    });

    it('keeps one open report per reporter and target under concurrent repeats', async () => {
      const user = await signUp(t.app.getHttpServer());
      const { mentor } = await searchableMentor();
      const body = { targetType: 'mentor', targetId: mentor.profile.id, reason: 'Spam' };
      const answers = await Promise.all(Array.from({ length: 5 }, () => report(user, body)));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    });

    it('answers 404 for missing, hidden or non-public targets', async () => {
      const user = await signUp(t.app.getHttpServer());
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const targetType of ['mentor', 'review', 'article', 'message']) {
        await report(user, { targetType, targetId: missing, reason: 'Spam' }).expect(404);
      }
      await report(user, { targetType: 'mentor', targetId: 'not-a-uuid', reason: 'Spam' }).expect(404);
      const author = await signUp(t.app.getHttpServer());
      const draft = await makeArticle(t.db, author.id, { status: 'draft' });
      const hidden = await makeArticle(t.db, author.id, { hidden: true });
      for (const a of [draft, hidden]) {
        const [{ id }] = await t.db.query('SELECT id FROM articles WHERE slug = $1', [a.slug]);
        await report(user, { targetType: 'article', targetId: id, reason: 'Spam' }).expect(404);
      }
    });
  });

  describe('admin routes', () => {
    it('are for admins only', async () => {
      const user = await signUp(t.app.getHttpServer());
      await http().get('/api/v1/admin/reports').expect(401);
      await http().get('/api/v1/admin/reports').set(user.bearer).expect(403);
    });

    it('answers 404 for an unknown report and 400 for an unknown action', async () => {
      await resolve('00000000-0000-4000-8000-000000000000', 'hide').expect(404);
      await resolve('nope', 'hide').expect(404);
      await restore('00000000-0000-4000-8000-000000000000').expect(404);
      const user = await signUp(t.app.getHttpServer());
      const { mentor } = await searchableMentor();
      const r = await report(user, { targetType: 'mentor', targetId: mentor.profile.id, reason: 'Spam' });
      await resolve(r.body.id, 'delete').expect(400);
      await http()
        .post(`/api/v1/admin/reports/${r.body.id}/resolve`)
        .set(admin.bearer)
        .send({ action: 'hide', note: 'x' })
        .expect(400);
    });
  });

  describe('mentor', () => {
    it('hide: the queue shows it open first; the mentor leaves search and the profile; restore brings it back', async () => {
      const reporter = await signUp(t.app.getHttpServer(), { name: `Reporter ${letters(6)}` });
      const second = await signUp(t.app.getHttpServer());
      const { mentor, search } = await searchableMentor();
      const slug = mentor.profile.slug;
      expect(await search()).toEqual([slug]);

      const mine = await report(reporter, {
        targetType: 'mentor',
        targetId: mentor.profile.id,
        reason: 'Fake',
      });
      const theirs = await report(second, {
        targetType: 'mentor',
        targetId: mentor.profile.id,
        reason: 'Spam',
      });
      expect(mine.status).toBe(201);

      const items = await queue();
      const firstResolved = items.findIndex((i) => i.status === 'resolved');
      const at = items.findIndex((i) => i.id === mine.body.id);
      expect(at).toBeGreaterThanOrEqual(0);
      if (firstResolved >= 0) expect(at).toBeLessThan(firstResolved);
      expect(items.findIndex((i) => i.id === theirs.body.id)).toBeLessThan(at); // newest first
      expect(items[at]).toMatchObject({
        status: 'open',
        reason: 'Fake',
        reporter: { name: reporter.name },
        target: { url: `/mentors/${slug}` },
      });
      expect(
        items.every((i, n) => n === 0 || items[n - 1]!.status === 'open' || i.status === 'resolved'),
      ).toBe(true);

      const done = await resolve(mine.body.id, 'hide').expect(200);
      expect(done.body).toEqual({ ...mine.body, status: 'resolved', action: 'hide' });
      // One decision per target: the other open report is resolved alike.
      const after = await queue();
      expect(after.find((i) => i.id === theirs.body.id)).toMatchObject({
        status: 'resolved',
        action: 'hide',
      });

      expect(await search()).toEqual([]);
      await http().get(`/api/v1/mentors/${slug}`).expect(404);
      await http().get(`/api/v1/mentors/${slug}/reviews`).expect(404);
      // A hidden target cannot be reported again.
      await report(reporter, { targetType: 'mentor', targetId: mentor.profile.id, reason: 'x' }).expect(404);

      const again = await resolve(theirs.body.id, 'dismiss').expect(409);
      expect(again.body.code).toBe('already_resolved');

      const [audit] = await t.db.query(
        `SELECT actor_id, metadata FROM audit_log WHERE action = 'report.hide' AND target_id = $1`,
        [mentor.profile.id],
      );
      expect(audit).toEqual({
        actor_id: admin.id,
        metadata: { reportId: mine.body.id, reportsResolved: 2 },
      });

      const restored = await restore(theirs.body.id).expect(200);
      expect(restored.body).toMatchObject({ id: theirs.body.id, status: 'resolved', action: 'hide' });
      expect(await search()).toEqual([slug]);
      await http().get(`/api/v1/mentors/${slug}`).expect(200);
      expect((await restore(mine.body.id).expect(409)).body.code).toBe('not_hidden');
      expect((await queue()).find((i) => i.id === mine.body.id)?.restoredAt).toEqual(expect.any(String));
    });

    it('dismiss leaves everything visible and cannot be restored', async () => {
      const user = await signUp(t.app.getHttpServer());
      const { mentor, search } = await searchableMentor();
      const r = await report(user, { targetType: 'mentor', targetId: mentor.profile.id, reason: 'Meh' });
      const done = await resolve(r.body.id, 'dismiss').expect(200);
      expect(done.body).toMatchObject({ status: 'resolved', action: 'dismiss' });
      expect(await search()).toEqual([mentor.profile.slug]);
      await http().get(`/api/v1/mentors/${mentor.profile.slug}`).expect(200);
      await restore(r.body.id).expect(409);
      // A new report after a decision opens a new one.
      const next = await report(user, { targetType: 'mentor', targetId: mentor.profile.id, reason: 'Again' });
      expect(next.status).toBe(201);
      expect(next.body.id).not.toBe(r.body.id);
    });
  });

  describe('review', () => {
    it('hide: the review leaves the list and the rating; restore adds it back', async () => {
      const { mentor, reviewId } = await reviewed(2);
      const { reviewId: other } = await (async () => {
        // A second review of the same mentor keeps the average meaningful.
        const mentee = await signUp(t.app.getHttpServer());
        const booked = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(13, 10)).expect(201);
        await t.db.query(
          `UPDATE bookings SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours',
                  blocked_range = tstzrange(now() - interval '3 hours', now() - interval '2 hours') WHERE id = $1`,
          [booked.body.id],
        );
        const res = await http()
          .post(`/api/v1/bookings/${booked.body.id}/review`)
          .set(mentee.bearer)
          .send({ rating: 5, body: 'Great' })
          .expect(201);
        return { reviewId: res.body.id as string };
      })();
      expect(await ratingOf(mentor.slug)).toEqual({ average: 3.5, count: 2 });
      expect(await reviewIds(mentor.slug)).toEqual(expect.arrayContaining([reviewId, other]));

      const user = await signUp(t.app.getHttpServer());
      const r = await report(user, { targetType: 'review', targetId: reviewId, reason: 'Abusive' }).expect(
        201,
      );
      expect((await queue()).find((i) => i.id === r.body.id)?.target.url).toBe(`/mentors/${mentor.slug}`);
      await resolve(r.body.id, 'hide').expect(200);
      expect(await reviewIds(mentor.slug)).toEqual([other]);
      expect(await ratingOf(mentor.slug)).toEqual({ average: 5, count: 1 });
      await report(user, { targetType: 'review', targetId: reviewId, reason: 'x' }).expect(404);

      await restore(r.body.id).expect(200);
      expect(await reviewIds(mentor.slug)).toEqual(expect.arrayContaining([reviewId, other]));
      expect(await ratingOf(mentor.slug)).toEqual({ average: 3.5, count: 2 });
    });

    it('dismiss leaves the review and the rating alone', async () => {
      const { mentor, reviewId } = await reviewed(4);
      const user = await signUp(t.app.getHttpServer());
      const r = await report(user, { targetType: 'review', targetId: reviewId, reason: 'Hm' }).expect(201);
      await resolve(r.body.id, 'dismiss').expect(200);
      expect(await reviewIds(mentor.slug)).toEqual([reviewId]);
      expect(await ratingOf(mentor.slug)).toEqual({ average: 4, count: 1 });
    });
  });

  describe('article', () => {
    it('hide: 404 and not listed; dismiss and restore leave it public', async () => {
      const author = await signUp(t.app.getHttpServer());
      const tag = letters(10);
      const { slug } = await makeArticle(t.db, author.id, { tags: [tag] });
      const [{ id }] = await t.db.query('SELECT id FROM articles WHERE slug = $1', [slug]);
      const listed = async () =>
        (await http().get(`/api/v1/articles?tag=${tag}`).expect(200)).body.items.map(
          (a: { slug: string }) => a.slug,
        );
      const user = await signUp(t.app.getHttpServer());

      const first = await report(user, { targetType: 'article', targetId: id, reason: 'Plagiarism' }).expect(
        201,
      );
      await resolve(first.body.id, 'dismiss').expect(200);
      expect(await listed()).toEqual([slug]);
      await http().get(`/api/v1/articles/${slug}`).expect(200);

      const second = await report(user, { targetType: 'article', targetId: id, reason: 'Really' }).expect(
        201,
      );
      expect((await queue()).find((i) => i.id === second.body.id)?.target).toEqual({
        label: `Title ${slug}`,
        url: `/articles/${slug}`,
      });
      await resolve(second.body.id, 'hide').expect(200);
      expect(await listed()).toEqual([]);
      await http().get(`/api/v1/articles/${slug}`).expect(404);

      await restore(second.body.id).expect(200);
      expect(await listed()).toEqual([slug]);
      await http().get(`/api/v1/articles/${slug}`).expect(200);
    });
  });

  it('rate-limits reports per user (429 with Retry-After)', async () => {
    const limited = await createTestApp({ RATE_LIMIT_MULTIPLIER: '0.1' }); // 20 × 0.1 = 2 an hour
    try {
      const user = await signUp(limited.app.getHttpServer());
      const body = { targetType: 'message', targetId: '00000000-0000-4000-8000-000000000000', reason: 'x' };
      const send = () =>
        request(limited.app.getHttpServer()).post('/api/v1/reports').set(user.bearer).send(body);
      await send().expect(404);
      await send().expect(404);
      const res = await send().expect(429);
      expect(res.headers['retry-after']).toEqual(expect.any(String));
    } finally {
      await limited.close();
    }
  });
});
