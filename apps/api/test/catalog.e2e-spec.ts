import request from 'supertest';
import { createTestApp, type TestApp } from './app';
import { makeArticle, makeMentor, uniq } from './factories';

describe('mentors and articles (public read)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('lists approved mentors only, with price and rating', async () => {
    const tag = `tag-${uniq()}`;
    const approved = await makeMentor(t.db, {
      expertise: [tag],
      ratings: [5, 4],
      offerings: [{ priceAmount: 0 }, { priceAmount: 9_000 }],
    });
    const pending = await makeMentor(t.db, { expertise: [tag], status: 'pending' });
    const res = await http().get(`/api/v1/mentors?expertise=${tag}`).expect(200);
    const slugs = res.body.items.map((m: { slug: string }) => m.slug);
    expect(slugs).toEqual([approved.slug]);
    expect(slugs).not.toContain(pending.slug);
    expect(res.body.items[0]).toMatchObject({
      name: approved.name,
      rating: { average: 4.5, count: 2 },
      priceFrom: { amount: 0, currency: 'USD' },
    });
  });

  it('paginates by cursor without duplicates or gaps, in every sort', async () => {
    const tag = `page-${uniq()}`;
    const made = [];
    for (let i = 0; i < 7; i++) {
      made.push(
        await makeMentor(t.db, {
          expertise: [tag],
          ratings: i % 3 ? [(i % 5) + 1] : [],
          offerings: [{ priceAmount: (i % 4) * 1000 }],
        }),
      );
    }
    for (const sort of ['relevance', 'rating', 'price']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await http()
          .get('/api/v1/mentors')
          .query({ expertise: tag, limit: 2, sort, ...(cursor ? { cursor } : {}) })
          .expect(200);
        seen.push(...res.body.items.map((m: { slug: string }) => m.slug));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      expect(new Set(seen)).toEqual(new Set(made.map((m) => m.slug)));
    }
  });

  it('sorts by price ascending and filters by price range', async () => {
    const tag = `price-${uniq()}`;
    const cheap = await makeMentor(t.db, { expertise: [tag], offerings: [{ priceAmount: 3_000 }] });
    const dear = await makeMentor(t.db, { expertise: [tag], offerings: [{ priceAmount: 30_000 }] });
    const sorted = await http().get(`/api/v1/mentors?expertise=${tag}&sort=price`).expect(200);
    expect(sorted.body.items.map((m: { slug: string }) => m.slug)).toEqual([cheap.slug, dear.slug]);
    const ranged = await http()
      .get(`/api/v1/mentors?expertise=${tag}&minPrice=10000&maxPrice=50000`)
      .expect(200);
    expect(ranged.body.items.map((m: { slug: string }) => m.slug)).toEqual([dear.slug]);
  });

  it('rejects a forged cursor', async () => {
    const res = await http().get('/api/v1/mentors?cursor=not-a-cursor').expect(400);
    expect(res.body.code).toBe('validation_failed');
  });

  it('shows an approved profile with offerings and a sanitised bio; 404 for pending', async () => {
    const m = await makeMentor(t.db, {
      bio: 'Hello <script>alert(1)</script> [x](javascript:alert(1)) **bold**',
    });
    const res = await http().get(`/api/v1/mentors/${m.slug}`).expect(200);
    expect(res.body).toMatchObject({
      slug: m.slug,
      status: 'approved',
      offerings: [expect.objectContaining({ priceAmount: 10_000 })],
    });
    expect(res.body.bioHtml).toContain('<strong>bold</strong>');
    expect(res.body.bioHtml).not.toMatch(/<script|javascript:/);
    const pending = await makeMentor(t.db, { status: 'pending' });
    const hidden = await http().get(`/api/v1/mentors/${pending.slug}`).expect(404);
    expect(hidden.body.code).toBe('not_found');
  });

  it('lists published articles newest first and hides drafts and hidden ones', async () => {
    const author = await makeMentor(t.db);
    const tag = `t-${uniq()}`;
    const older = await makeArticle(t.db, author.userId, {
      tags: [tag],
      publishedAt: new Date(Date.now() - 86_400_000),
    });
    const newer = await makeArticle(t.db, author.userId, { tags: [tag] });
    const draft = await makeArticle(t.db, author.userId, { tags: [tag], status: 'draft' });
    const hidden = await makeArticle(t.db, author.userId, { tags: [tag], hidden: true });
    const res = await http().get(`/api/v1/articles?tag=${tag}`).expect(200);
    expect(res.body.items.map((a: { slug: string }) => a.slug)).toEqual([newer.slug, older.slug]);
    expect(res.body.items[0]).toMatchObject({
      author: { name: author.name, mentorSlug: author.slug },
      readingMinutes: 1,
    });
    expect(res.body.items[0].body).toBeUndefined();
    await http().get(`/api/v1/articles/${draft.slug}`).expect(404);
    await http().get(`/api/v1/articles/${hidden.slug}`).expect(404);
    const one = await http().get(`/api/v1/articles/${newer.slug}`).expect(200);
    expect(one.body.bodyHtml).toContain('<strong>markdown</strong>');
  });

  it('pages articles without gaps even when they were published within the same millisecond', async () => {
    const author = await makeMentor(t.db);
    const tag = `same-ms-${uniq()}`;
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await makeArticle(t.db, author.userId, { tags: [tag] }));
    // Microseconds apart: a cursor rounded to milliseconds would skip the later pages.
    await t.db.query(
      `UPDATE articles SET published_at = timestamptz '2026-01-05 10:00:00.100001+00' + (array_position($1::text[], slug) * interval '1 microsecond')
        WHERE slug = ANY($1)`,
      [made.map((a) => a.slug)],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await http()
        .get('/api/v1/articles')
        .query({ tag, limit: 1, ...(cursor ? { cursor } : {}) })
        .expect(200);
      seen.push(...res.body.items.map((a: { slug: string }) => a.slug));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([made[2]!.slug, made[1]!.slug, made[0]!.slug]);
    // A cursor made for another tag is refused rather than silently misapplied.
    const first = await http().get('/api/v1/articles').query({ tag, limit: 1 }).expect(200);
    await http().get('/api/v1/articles').query({ tag: 'other', cursor: first.body.nextCursor }).expect(400);
  });
});
