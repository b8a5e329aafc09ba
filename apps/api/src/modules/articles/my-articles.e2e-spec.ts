import { ZArticleSchema } from '@ladder/domain';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { uniq } from '../../../test/factories';
import { applyAsMentor, makeApprovedMentor } from '../../../test/mentor-helpers';

const BASE = '/api/v1/mentors/me/articles';

/** The exact keys of CONTRACT.md's `article` (plus the additions this API makes: id, bodyHtml, author.userId). */
const LIST_KEYS = ['author', 'excerpt', 'id', 'publishedAt', 'readingMinutes', 'slug', 'tags', 'title'];

describe('mentors write articles (/mentors/me/articles)', () => {
  let t: TestApp;
  let admin: Account;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());

  const author = async () => await makeApprovedMentor(t, admin, { offerings: [] });
  const write = (who: Account, body: object) => http().post(BASE).set(who.bearer).send(body);
  const draft = async (who: Account, over: object = {}) =>
    (
      await write(who, {
        title: `Growing into staff ${uniq()}`,
        body: 'Some **useful** words.',
        ...over,
      }).expect(201)
    ).body;
  const publish = (who: Account, id: string) => http().post(`${BASE}/${id}/publish`).set(who.bearer);
  const publicSlugs = async (tag: string): Promise<string[]> =>
    (await http().get('/api/v1/articles').query({ tag }).expect(200)).body.items.map(
      (a: { slug: string }) => a.slug,
    );

  describe('drafts', () => {
    it('creates a draft with a slug from the title, a derived excerpt and a reading time', async () => {
      const { account } = await author();
      const words = Array.from({ length: 660 }, (_, i) => `word${i}`).join(' ');
      const res = await write(account, {
        title: '  Café Ünïcode: the Staff   path! ',
        body: `# Heading\n\nRead [the guide](https://example.com) first. ${words}`,
        tags: ['Staff Engineer', 'career'],
      }).expect(201);
      expect(res.body).toMatchObject({
        title: 'Café Ünïcode: the Staff   path!',
        status: 'draft',
        hidden: false,
        publishedAt: null,
        tags: ['staff-engineer', 'career'],
        readingMinutes: 3,
        excerptDerived: true,
      });
      expect(res.body.slug).toMatch(/^cafe-unicode-the-staff-path(-\d+)?$/);
      expect(res.body.excerpt).toMatch(/^Heading Read the guide first\. word0 word1 .*…$/);
      expect(res.body.excerpt.length).toBeLessThanOrEqual(200);
      expect(res.body.bodyHtml).toContain('<h2>Heading</h2>');
    });

    it('is invisible to the public and to other mentors, and visible to its author', async () => {
      const { account } = await author();
      const other = await author();
      const tag = `t${uniq()}`.toLowerCase();
      const a = await draft(account, { tags: [tag] });
      await http().get(`/api/v1/articles/${a.slug}`).expect(404);
      expect(await publicSlugs(tag)).toEqual([]);
      expect(
        (await http().get(BASE).set(account.bearer).expect(200)).body.items.map((i: { id: string }) => i.id),
      ).toContain(a.id);
      const mine = await http().get(`${BASE}/${a.id}`).set(account.bearer).expect(200);
      expect(mine.body.body).toBe('Some **useful** words.');
      expect(mine.body.bodyHtml).toContain('<strong>useful</strong>');
      // Another mentor: 404 for each route, and the article is untouched.
      expect((await http().get(BASE).set(other.account.bearer).expect(200)).body.items).toEqual([]);
      await http().get(`${BASE}/${a.id}`).set(other.account.bearer).expect(404);
      await http()
        .patch(`${BASE}/${a.id}`)
        .set(other.account.bearer)
        .send({ title: 'Stolen title here' })
        .expect(404);
      await publish(other.account, a.id).expect(404);
      await http().post(`${BASE}/${a.id}/unpublish`).set(other.account.bearer).expect(404);
      await http().delete(`${BASE}/${a.id}`).set(other.account.bearer).expect(404);
      await http().get(`${BASE}/not-a-uuid`).set(account.bearer).expect(404);
      expect((await http().get(`${BASE}/${a.id}`).set(account.bearer).expect(200)).body.title).toBe(a.title);
    });

    it('is for approved mentors only: a mentee or a pending mentor gets 403', async () => {
      const mentee = await signUp(t.app.getHttpServer());
      const res = await write(mentee, { title: 'A title here', body: 'x' }).expect(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const pending = await signUp(t.app.getHttpServer());
      await applyAsMentor(t, pending);
      const denied = await write(pending, { title: 'A title here', body: 'x' }).expect(403);
      expect(denied.body.code).toBe('mentor_not_approved');
      await http().get(BASE).set(pending.bearer).expect(403);
      await http().get(BASE).expect(401);
    });

    it('refuses unknown fields and out-of-bounds values with 400 validation_failed', async () => {
      const { account } = await author();
      const cases: object[] = [
        { title: 'A fine title', body: 'x', status: 'published' },
        { title: 'A fine title', body: 'x', slug: 'my-own-slug' },
        { title: 'Hi', body: 'x' },
        { title: 'A fine title', body: '   ' },
        { title: 'A fine title', body: 'x'.repeat(100_001) },
        { title: 'A fine title', body: 'x', tags: ['ok', 'c++'] },
        { title: 'A fine title', body: 'x', tags: ['a1', 'b1', 'c1', 'd1', 'e1', 'f1'] },
        { title: 'A fine title', body: 'x', excerpt: 'e'.repeat(301) },
      ];
      for (const body of cases) {
        const res = await write(account, body).expect(400);
        expect(res.body.code).toBe('validation_failed');
      }
      const a = await draft(account);
      const res = await http()
        .patch(`${BASE}/${a.id}`)
        .set(account.bearer)
        .send({ hidden: false })
        .expect(400);
      expect(res.body.code).toBe('validation_failed');
    });

    it('keeps an explicit excerpt across body edits, and follows the body again after excerpt: null', async () => {
      const { account } = await author();
      const a = await draft(account, { excerpt: 'My own summary.' });
      expect(a).toMatchObject({ excerpt: 'My own summary.', excerptDerived: false });
      const edited = await http()
        .patch(`${BASE}/${a.id}`)
        .set(account.bearer)
        .send({ body: 'New text.' })
        .expect(200);
      expect(edited.body).toMatchObject({ excerpt: 'My own summary.', body: 'New text.' });
      const cleared = await http()
        .patch(`${BASE}/${a.id}`)
        .set(account.bearer)
        .send({ excerpt: null })
        .expect(200);
      expect(cleared.body).toMatchObject({ excerpt: 'New text.', excerptDerived: true });
      const again = await http()
        .patch(`${BASE}/${a.id}`)
        .set(account.bearer)
        .send({ body: 'Newer text.' })
        .expect(200);
      expect(again.body.excerpt).toBe('Newer text.');
    });

    it('deletes my article (204), then 404', async () => {
      const { account } = await author();
      const a = await draft(account);
      await http().delete(`${BASE}/${a.id}`).set(account.bearer).expect(204);
      await http().get(`${BASE}/${a.id}`).set(account.bearer).expect(404);
      await http().delete(`${BASE}/${a.id}`).set(account.bearer).expect(404);
    });
  });

  describe('slugs', () => {
    it('gives the same title to three articles three distinct slugs: base, base-2, base-3', async () => {
      const one = await author();
      const two = await author();
      const title = `Slug collision ${uniq()}`;
      const a = await draft(one.account, { title });
      const b = await draft(two.account, { title });
      const c = await draft(one.account, { title });
      const base = a.slug as string;
      expect(base).toBe(title.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
      expect([b.slug, c.slug]).toEqual([`${base}-2`, `${base}-3`]);
    });

    it('gives concurrent drafts of one title distinct slugs', async () => {
      const { account } = await author();
      const title = `Concurrent title ${uniq()}`;
      const results = await Promise.all(
        Array.from({ length: 4 }, () => write(account, { title, body: 'Same body.' })),
      );
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(results.map((r) => r.body.slug)).size).toBe(4);
    });

    it('lets a draft slug follow its title, and keeps a published slug when the title changes', async () => {
      const { account } = await author();
      const a = await draft(account, { title: `First idea ${uniq()}` });
      const renamed = await http()
        .patch(`${BASE}/${a.id}`)
        .set(account.bearer)
        .send({ title: `Better idea ${a.slug.split('-').pop()}` })
        .expect(200);
      expect(renamed.body.slug).toBe(`better-idea-${a.slug.split('-').pop()}`);
      await publish(account, a.id).expect(200);
      const after = await http()
        .patch(`${BASE}/${a.id}`)
        .set(account.bearer)
        .send({ title: 'A completely different title' })
        .expect(200);
      expect(after.body).toMatchObject({ slug: renamed.body.slug, title: 'A completely different title' });
      await http().get(`/api/v1/articles/${renamed.body.slug}`).expect(200);
    });
  });

  describe('publishing', () => {
    it('publish puts it in GET /articles with the contract shape; unpublish takes it out', async () => {
      const mentor = await author();
      const tag = `t${uniq()}`.toLowerCase();
      const a = await draft(mentor.account, { tags: [tag, 'career'] });
      const before = Date.now();
      const published = await publish(mentor.account, a.id).expect(200);
      expect(published.body.status).toBe('published');
      const publishedAt = published.body.publishedAt as string;
      expect(new Date(publishedAt).getTime()).toBeGreaterThanOrEqual(before - 5_000);

      const list = await http().get('/api/v1/articles').query({ tag }).expect(200);
      expect(list.body.items).toHaveLength(1);
      const item = list.body.items[0];
      expect(Object.keys(item).sort()).toEqual(LIST_KEYS);
      expect(item).toEqual({
        id: a.id,
        slug: a.slug,
        title: a.title,
        excerpt: 'Some useful words.',
        tags: [tag, 'career'],
        author: { userId: mentor.account.id, name: mentor.account.name, mentorSlug: mentor.profile.slug },
        publishedAt,
        readingMinutes: 1,
      });
      expect(ZArticleSchema.safeParse(item).success).toBe(true);
      const one = await http().get(`/api/v1/articles/${a.slug}`).expect(200);
      expect(one.body).toMatchObject({ ...item, body: 'Some **useful** words.' });
      expect(one.body.bodyHtml).toContain('<strong>useful</strong>');

      // Publishing again changes nothing; unpublish hides it; a re-publish keeps the first date.
      expect((await publish(mentor.account, a.id).expect(200)).body.publishedAt).toBe(publishedAt);
      const unpublished = await http()
        .post(`${BASE}/${a.id}/unpublish`)
        .set(mentor.account.bearer)
        .expect(200);
      expect(unpublished.body).toMatchObject({ status: 'draft', publishedAt, slug: a.slug });
      expect(await publicSlugs(tag)).toEqual([]);
      await http().get(`/api/v1/articles/${a.slug}`).expect(404);
      expect((await publish(mentor.account, a.id).expect(200)).body.publishedAt).toBe(publishedAt);
      expect(await publicSlugs(tag)).toEqual([a.slug]);
    });
  });

  describe('XSS', () => {
    const PAYLOADS = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<img src="https://example.com/a.png" onload="alert(1)">',
      '[click me](javascript:alert(1))',
      '[click me](JaVaScRiPt:alert(1))',
      '<a href="javascript:alert(1)">link</a>',
      '<a href="java&#x09;script:alert(1)">tab</a>',
      '<svg onload=alert(1)><circle/></svg>',
      '<iframe src="https://evil.example"></iframe>',
      '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
      '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
      '<p onmouseover="alert(1)">hover</p>',
      '<form action="javascript:alert(1)"><button>go</button></form>',
    ].join('\n\n');

    const inert = (html: string) => {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<(iframe|svg|form|button|style)/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toMatch(/data:/i);
      expect(html).not.toMatch(/style=/i);
    };

    it('renders hostile Markdown inert for the author, the preview and the public', async () => {
      const { account } = await author();
      const a = await draft(account, { body: `Hello\n\n${PAYLOADS}` });
      inert(a.bodyHtml);
      inert((await http().get(`${BASE}/${a.id}`).set(account.bearer).expect(200)).body.bodyHtml);
      const preview = await http()
        .post(`${BASE}/preview`)
        .set(account.bearer)
        .send({ body: PAYLOADS })
        .expect(200);
      inert(preview.body.bodyHtml);
      expect(preview.body.excerpt).not.toMatch(/[<>]/);
      await publish(account, a.id).expect(200);
      const pub = await http().get(`/api/v1/articles/${a.slug}`).expect(200);
      inert(pub.body.bodyHtml);
      expect(pub.body.bodyHtml).toContain('<img src="https://example.com/a.png" />');
      expect(pub.body.excerpt).not.toMatch(/[<>]/);
    });
  });

  describe('moderation', () => {
    /** A reader reports the article and the admin hides it; answers the report id. */
    async function hideArticle(articleId: string): Promise<string> {
      const reader = await signUp(t.app.getHttpServer());
      const report = await http()
        .post('/api/v1/reports')
        .set(reader.bearer)
        .send({ targetType: 'article', targetId: articleId, reason: 'Spam' })
        .expect(201);
      await http()
        .post(`/api/v1/admin/reports/${report.body.id}/resolve`)
        .set(admin.bearer)
        .send({ action: 'hide' })
        .expect(200);
      return report.body.id;
    }

    it('an article an admin hid stays hidden whatever its author edits, until restored', async () => {
      const { account } = await author();
      const tag = `t${uniq()}`.toLowerCase();
      const a = await draft(account, { tags: [tag] });
      await publish(account, a.id).expect(200);
      const reportId = await hideArticle(a.id);
      await http().get(`/api/v1/articles/${a.slug}`).expect(404);

      const edited = await http()
        .patch(`${BASE}/${a.id}`)
        .set(account.bearer)
        .send({ title: 'A cleaned-up title', body: 'Cleaned up.', tags: [tag] })
        .expect(200);
      expect(edited.body).toMatchObject({ hidden: true, status: 'published' });
      await http().post(`${BASE}/${a.id}/unpublish`).set(account.bearer).expect(200);
      expect((await publish(account, a.id).expect(200)).body.hidden).toBe(true);
      await http().get(`/api/v1/articles/${a.slug}`).expect(404);
      expect(await publicSlugs(tag)).toEqual([]);
      const mine = await http().get(BASE).set(account.bearer).expect(200);
      expect(mine.body.items.find((i: { id: string }) => i.id === a.id)).toMatchObject({ hidden: true });

      await http().post(`/api/v1/admin/reports/${reportId}/restore`).set(admin.bearer).expect(200);
      expect(await publicSlugs(tag)).toEqual([a.slug]);
    });

    it('a mentor hidden by moderation takes their articles out of the public answers, and restore brings them back', async () => {
      const mentor = await author();
      const tag = `t${uniq()}`.toLowerCase();
      const a = await draft(mentor.account, { tags: [tag] });
      await publish(mentor.account, a.id).expect(200);
      expect(await publicSlugs(tag)).toEqual([a.slug]);

      const reader = await signUp(t.app.getHttpServer());
      const report = await http()
        .post('/api/v1/reports')
        .set(reader.bearer)
        .send({ targetType: 'mentor', targetId: mentor.profile.id, reason: 'Fake profile' })
        .expect(201);
      await http()
        .post(`/api/v1/admin/reports/${report.body.id}/resolve`)
        .set(admin.bearer)
        .send({ action: 'hide' })
        .expect(200);
      expect(await publicSlugs(tag)).toEqual([]);
      await http().get(`/api/v1/articles/${a.slug}`).expect(404);
      // Nor can the hidden mentor's article be reported while it is out of view.
      await http()
        .post('/api/v1/reports')
        .set(reader.bearer)
        .send({ targetType: 'article', targetId: a.id, reason: 'Spam' })
        .expect(404);

      await http().post(`/api/v1/admin/reports/${report.body.id}/restore`).set(admin.bearer).expect(200);
      expect(await publicSlugs(tag)).toEqual([a.slug]);
      await http().get(`/api/v1/articles/${a.slug}`).expect(200);
    });

    it('a suspended account or a profile no longer approved takes the articles out too', async () => {
      const mentor = await author();
      const tag = `t${uniq()}`.toLowerCase();
      const a = await draft(mentor.account, { tags: [tag] });
      await publish(mentor.account, a.id).expect(200);

      await t.db.query('UPDATE users SET suspended_at = now() WHERE id = $1', [mentor.account.id]);
      expect(await publicSlugs(tag)).toEqual([]);
      await http().get(`/api/v1/articles/${a.slug}`).expect(404);
      await t.db.query('UPDATE users SET suspended_at = NULL WHERE id = $1', [mentor.account.id]);
      expect(await publicSlugs(tag)).toEqual([a.slug]);

      await t.db.query(`UPDATE mentor_profiles SET status = 'suspended' WHERE id = $1`, [mentor.profile.id]);
      expect(await publicSlugs(tag)).toEqual([]);
      await http().get(`/api/v1/articles/${a.slug}`).expect(404);
      // A mentor whose profile is not approved cannot write either.
      await http().get(BASE).set(mentor.account.bearer).expect(403);
      await t.db.query(`UPDATE mentor_profiles SET status = 'approved' WHERE id = $1`, [mentor.profile.id]);
      expect(await publicSlugs(tag)).toEqual([a.slug]);
    });
  });
});

describe('article write rate limit', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    // 120 writes an hour × 0.05 = 6.
    t = await createTestApp({ RATE_LIMIT_MULTIPLIER: '0.05' });
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past the hourly write limit, per author', async () => {
    const { account } = await makeApprovedMentor(t, admin, { offerings: [] });
    const http = () => request(t.app.getHttpServer());
    const statuses: number[] = [];
    let last: request.Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await http()
        .post(BASE)
        .set(account.bearer)
        .send({ title: `Rate limited ${i}`, body: 'x' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429]);
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    const other = await makeApprovedMentor(t, admin, { offerings: [] });
    await http()
      .post(BASE)
      .set(other.account.bearer)
      .send({ title: 'Another author', body: 'x' })
      .expect(201);
  });
});
