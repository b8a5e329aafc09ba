import request from 'supertest';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin } from '../../../test/auth-helpers';
import { makeMentor, uniq } from '../../../test/factories';
import { letters, makeApprovedMentor } from '../../../test/mentor-helpers';
import { currentRequestId } from '../../common/logging/request-context';
import { seedDemo } from '../../database/seeds/seed';
import { WALK_ENOUGH } from './mentor-search.sql';

type Summary = {
  slug: string;
  name: string;
  rating: { average: number | null; count: number };
  priceFrom: { amount: number } | null;
};

describe('discovery search (GET /mentors)', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const search = async (query: Record<string, unknown>): Promise<Summary[]> =>
    (await http().get('/api/v1/mentors').query(query).expect(200)).body.items;
  const slugs = (items: Summary[]) => items.map((m) => m.slug);
  const setRating = (id: string, sum: number, count: number) =>
    t.db.query('UPDATE mentor_profiles SET rating_sum = $2, rating_count = $3 WHERE id = $1', [
      id,
      sum,
      count,
    ]);

  /** Every page of a query, following nextCursor. */
  async function allPages(query: Record<string, unknown>): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: request.Response = await http()
        .get('/api/v1/mentors')
        .query({ ...query, ...(cursor ? { cursor } : {}) })
        .expect(200);
      seen.push(...slugs(res.body.items));
      cursor = res.body.nextCursor;
      if (++pages > 50) throw new Error('runaway pagination');
    } while (cursor);
    return seen;
  }

  it('finds by a word anywhere, stemmed, ranking name and expertise above headline above bio', async () => {
    const word = letters(10);
    const byName = await makeApprovedMentor(t, admin, { name: `${cap(word)} ${cap(letters())}` });
    const byTag = await makeApprovedMentor(t, admin, { expertise: [word, 'go'] });
    const byHeadline = await makeApprovedMentor(t, admin, { headline: `Staff engineer, ${word} and more` });
    const byBio = await makeApprovedMentor(t, admin, {
      bio: `I have mentored engineers for years; ask me about ${word} any time.`,
    });
    expect(slugs(await search({ q: word }))).toEqual([
      byName.profile.slug,
      byTag.profile.slug,
      byHeadline.profile.slug,
      byBio.profile.slug,
    ]);
    // Stemming: "mentoring" finds a headline that says "mentors".
    const stem = letters(9);
    const m = await makeApprovedMentor(t, admin, { headline: `${cap(stem)} mentors for new managers` });
    expect(slugs(await search({ q: `${stem} mentoring` }))).toEqual([m.profile.slug]);
    // Words are ANDed: a second word nobody has finds nothing.
    expect(await search({ q: `${word} ${letters(12)}` })).toEqual([]);
  });

  it('finds names despite typos (trigram word similarity) when the words alone find nobody', async () => {
    const first = cap(letters(6));
    const last = cap(letters(9));
    const m = await makeApprovedMentor(t, admin, { name: `${first} ${last}` });
    const dropped = last.slice(0, 4) + last.slice(5); // a letter missing in the middle
    const doubled = last.slice(0, 4) + last.charAt(3) + last.slice(4); // a letter typed twice
    const wrongEnd = last.slice(0, -1) + (last.endsWith('x') ? 'y' : 'x'); // a wrong last letter
    for (const q of [
      `${first} ${dropped}`.toLowerCase(),
      doubled,
      wrongEnd,
      `${first} ${last}`.toUpperCase(),
    ]) {
      expect({ q, first: slugs(await search({ q }))[0] }).toEqual({ q, first: m.profile.slug });
    }
    // The exact name ranks first among people sharing the first name.
    const twin = await makeApprovedMentor(t, admin, { name: `${first} ${cap(letters(9))}` });
    const both = slugs(await search({ q: `${first} ${last}` }));
    expect(both[0]).toBe(m.profile.slug);
    expect(slugs(await search({ q: first }))).toEqual(
      expect.arrayContaining([m.profile.slug, twin.profile.slug]),
    );
  });

  it('filters by expertise (any of), language (any case), price range and rating', async () => {
    const [a, b, c] = [`ta-${uniq()}`, `tb-${uniq()}`, `tc-${uniq()}`];
    const m1 = await makeApprovedMentor(t, admin, {
      expertise: [a],
      languages: ['English', 'Tamil'],
      offerings: [{ priceAmount: 0 }, { priceAmount: 20_000 }],
    });
    const m2 = await makeApprovedMentor(t, admin, {
      expertise: [b, 'Go'],
      languages: ['german'],
      offerings: [{ priceAmount: 9_000 }],
    });
    const m3 = await makeApprovedMentor(t, admin, { expertise: [c], offerings: [{ priceAmount: 15_000 }] });
    await setRating(m1.profile.id, 9, 2); // 4.5
    await setRating(m2.profile.id, 4, 1); // 4.0
    const tags = [a, b, c];
    const all = new Set([m1, m2, m3].map((m) => m.profile.slug));
    expect(new Set(slugs(await search({ expertise: tags })))).toEqual(all);
    expect(new Set(slugs(await search({ expertise: [a, b] })))).toEqual(
      new Set([m1.profile.slug, m2.profile.slug]),
    );
    expect(slugs(await search({ expertise: b.toUpperCase() }))).toEqual([m2.profile.slug]);
    expect(slugs(await search({ expertise: tags, language: 'GERMAN' }))).toEqual([m2.profile.slug]);
    expect(slugs(await search({ expertise: tags, language: ' tamil ' }))).toEqual([m1.profile.slug]);
    // A range is met by any active offering in it: m1's 200.00 session counts, not only its free one.
    expect(new Set(slugs(await search({ expertise: tags, minPrice: 5_000 })))).toEqual(all);
    expect(new Set(slugs(await search({ expertise: tags, minPrice: 12_000, maxPrice: 25_000 })))).toEqual(
      new Set([m1.profile.slug, m3.profile.slug]),
    );
    expect(slugs(await search({ expertise: tags, minPrice: 5_000, maxPrice: 10_000 }))).toEqual([
      m2.profile.slug,
    ]);
    expect(slugs(await search({ expertise: tags, maxPrice: 0 }))).toEqual([m1.profile.slug]);
    // Archived offerings do not count.
    await t.db.query('UPDATE offerings SET active = false WHERE mentor_id = $1 AND price_amount = 20000', [
      m1.profile.id,
    ]);
    expect(new Set(slugs(await search({ expertise: tags, minPrice: 12_000, maxPrice: 25_000 })))).toEqual(
      new Set([m3.profile.slug]),
    );
    expect(slugs(await search({ expertise: tags, minRating: 4.5 }))).toEqual([m1.profile.slug]);
    expect(slugs(await search({ expertise: tags, minRating: 4 }))).toEqual([
      m1.profile.slug,
      m2.profile.slug,
    ]);
    expect(slugs(await search({ expertise: tags, minRating: 4, language: 'english', q: 'staff' }))).toEqual([
      m1.profile.slug,
    ]);
    await http().get('/api/v1/mentors').query({ minPrice: 1.5 }).expect(400);
    await http().get('/api/v1/mentors').query({ minRating: 6 }).expect(400);
  });

  it('sorts by rating (best first), price (cheapest first) and soonest (earliest first), unknown last', async () => {
    const tag = `sort-${uniq()}`;
    const mk = (priceAmount?: number) =>
      makeApprovedMentor(t, admin, {
        expertise: [tag],
        offerings: priceAmount === undefined ? [] : [{ priceAmount }],
      });
    const [x, y, z] = [await mk(5_000), await mk(1_000), await mk()];
    await setRating(x.profile.id, 5, 1);
    await setRating(y.profile.id, 12, 3);
    await t.db.query('UPDATE mentor_profiles SET next_free_slot_at = $2 WHERE id = $1', [
      x.profile.id,
      '2031-01-02T10:00:00.123456Z',
    ]);
    await t.db.query('UPDATE mentor_profiles SET next_free_slot_at = $2 WHERE id = $1', [
      z.profile.id,
      '2031-01-01T10:00:00Z',
    ]);
    expect(slugs(await search({ expertise: tag, sort: 'rating' }))).toEqual(
      [x, y, z].map((m) => m.profile.slug),
    );
    expect(slugs(await search({ expertise: tag }))).toEqual([x, y, z].map((m) => m.profile.slug));
    expect(slugs(await search({ expertise: tag, sort: 'price' }))).toEqual(
      [y, x, z].map((m) => m.profile.slug),
    );
    expect(slugs(await search({ expertise: tag, sort: 'soonest' }))).toEqual(
      [z, x, y].map((m) => m.profile.slug),
    );
  });

  it('paginates every sort by keyset without duplicates or gaps, ties included', async () => {
    const word = letters(10);
    const tag = `page-${uniq()}`;
    const made: string[] = [];
    for (let i = 0; i < 9; i++) {
      const m = await makeApprovedMentor(t, admin, {
        expertise: [tag],
        // Three identical documents per group: equal relevance, broken by id.
        headline: i % 3 === 0 ? `Engineer and ${word} coach` : `Staff engineer helping seniors grow`,
        bio:
          i % 3 === 1 ? `I mentor on ${word} and growth every week.` : 'I have mentored engineers for years.',
        offerings: i % 4 === 3 ? [] : [{ priceAmount: (i % 2) * 1_000 }],
      });
      if (i % 3 !== 2) await setRating(m.profile.id, (i % 2) + 4, 1);
      if (i % 2 === 0) {
        await t.db.query(
          `UPDATE mentor_profiles SET next_free_slot_at = '2031-05-01T09:00:00Z' WHERE id = $1`,
          [m.profile.id],
        );
      }
      made.push(m.profile.slug);
    }
    for (const sort of ['relevance', 'rating', 'price', 'soonest']) {
      for (const limit of [1, 2, 4]) {
        const seen = await allPages({ expertise: tag, sort, limit });
        expect({ sort, limit, seen: [...seen].sort() }).toEqual({ sort, limit, seen: [...made].sort() });
        const withQ = await allPages({ q: word, expertise: tag, sort, limit });
        expect(withQ).toHaveLength(6);
        expect(new Set(withQ).size).toBe(6);
      }
    }
  });

  it('pages through a frequent phrase (the bounded walk over the best-rated) without duplicates', async () => {
    const [w1, w2] = [letters(8), letters(8)];
    const made = new Set<string>();
    for (let i = 0; i < WALK_ENOUGH + 10; i++) {
      const m = await makeMentor(t.db, {
        headline: `Staff engineer for ${w1} ${w2} teams`,
        ratings: i % 2 ? [5, 4] : [4],
      });
      made.add(m.slug);
    }
    for (const limit of [7, 50]) {
      const seen = await allPages({ q: `${w1} ${w2}`, limit });
      expect(seen).toHaveLength(made.size);
      expect(new Set(seen)).toEqual(made);
    }
  });

  it('keeps the per-word counts of visible mentors exact (they choose the search strategy)', async () => {
    const word = letters(10);
    const counted = async (): Promise<number> =>
      (
        await t.db.query(
          `SELECT coalesce(sum(mentors), 0)::int AS n FROM mentor_search_terms
            WHERE lexeme = ANY (tsvector_to_array(to_tsvector('english', $1)))`,
          [word],
        )
      )[0].n;
    // Every lexeme, recounted from the profiles in the same snapshot (concurrent tests write too).
    const drift = () =>
      t.db.query(`
        WITH actual AS (
          SELECT d.lexeme, count(*)::int AS mentors
            FROM (SELECT unnest(array_append(tsvector_to_array(search_vector), '')) AS lexeme
                    FROM mentor_profiles
                   WHERE status = 'approved' AND hidden_at IS NULL AND owner_suspended_at IS NULL) d
           GROUP BY d.lexeme)
        SELECT coalesce(a.lexeme, c.lexeme) AS lexeme, a.mentors AS actual, c.mentors AS counted
          FROM actual a FULL JOIN mentor_search_terms c ON c.lexeme = a.lexeme
         WHERE coalesce(a.mentors, 0) <> coalesce(c.mentors, 0)`);

    const pending = await makeMentor(t.db, { status: 'pending', headline: `${word} coaching` });
    const byApi = await makeApprovedMentor(t, admin, { headline: `Coach for ${word} teams` });
    const bySql = await makeMentor(t.db, { bio: `All about ${word}, ${word} and more.` });
    expect(await counted()).toBe(2);
    await t.db.query(`UPDATE mentor_profiles SET status = 'approved' WHERE id = $1`, [pending.id]);
    expect(await counted()).toBe(3);
    await t.db.query(`UPDATE mentor_profiles SET bio = 'Nothing to see here.' WHERE id = $1`, [bySql.id]);
    expect(await counted()).toBe(2);
    await t.db.query('UPDATE mentor_profiles SET hidden_at = now() WHERE id = $1', [byApi.profile.id]);
    expect(await counted()).toBe(1);
    await t.db.query('UPDATE mentor_profiles SET hidden_at = NULL WHERE id = $1', [byApi.profile.id]);
    await t.db.query('UPDATE users SET suspended_at = now() WHERE id = $1', [pending.userId]);
    expect(await counted()).toBe(1);
    await t.db.query('DELETE FROM mentor_profiles WHERE id = $1', [byApi.profile.id]);
    expect(await counted()).toBe(0);
    expect(await drift()).toEqual([]);
  });

  it('refuses forged, foreign and malformed cursors, and limits over 50', async () => {
    const tag = `cur-${uniq()}`;
    for (let i = 0; i < 3; i++) await makeApprovedMentor(t, admin, { expertise: [tag] });
    const first = await http().get('/api/v1/mentors').query({ expertise: tag, limit: 1 }).expect(200);
    const cursor: string = first.body.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    await http().get('/api/v1/mentors').query({ expertise: tag, limit: 1, cursor }).expect(200);
    // The same cursor under another sort or other filters is refused, not misread.
    for (const other of [{ sort: 'price' }, { expertise: 'other' }, { q: 'engineer' }]) {
      const res = await http()
        .get('/api/v1/mentors')
        .query({ expertise: tag, limit: 1, cursor, ...other })
        .expect(400);
      expect(res.body).toMatchObject({
        code: 'validation_failed',
        errors: [{ path: 'cursor', message: expect.any(String) }],
      });
    }
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    for (const forged of [
      { ...decoded, k: '1 OR 1=1' },
      { ...decoded, id: 'x' },
      { ...decoded, k: 12 },
      'not json',
    ]) {
      const raw = Buffer.from(typeof forged === 'string' ? forged : JSON.stringify(forged)).toString(
        'base64url',
      );
      await http().get('/api/v1/mentors').query({ expertise: tag, limit: 1, cursor: raw }).expect(400);
    }
    await http().get('/api/v1/mentors').query({ limit: 51 }).expect(400);
    await http().get('/api/v1/mentors').query({ sort: 'random' }).expect(400);
  });

  it('finds the demo seed mentors: the denormalised columns are filled whoever inserts the rows', async () => {
    await seedDemo(t.db);
    const rows = await t.db.query(
      `SELECT count(*)::int AS n FROM mentor_profiles
        WHERE slug IN ('priya-raman', 'marcus-weber') AND display_name <> '' AND price_from_amount IS NOT NULL`,
    );
    expect(rows[0].n).toBe(2);
    expect(slugs(await search({ q: 'priya ramen' }))[0]).toBe('priya-raman');
    expect(slugs(await search({ q: 'marcus weeber' }))[0]).toBe('marcus-weber');
    expect(slugs(await search({ q: 'payments ledger' }))).toContain('priya-raman');
  });

  it('answers a search with one SQL statement and a profile with two', async () => {
    const m = await makeApprovedMentor(t, admin, { expertise: [`sql-${uniq()}`] });
    // Each statement is tagged with the request it ran for (the request-id context), so
    // background work running meanwhile (approval emails) is not counted.
    const byRequest = new Map<string, number>();
    const query = PostgresQueryRunner.prototype.query;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (
      this: PostgresQueryRunner,
      ...args: Parameters<typeof query>
    ) {
      const id = currentRequestId();
      if (id) byRequest.set(id, (byRequest.get(id) ?? 0) + 1);
      return query.apply(this, args);
    });
    const statementsOf = async (path: string, q: object = {}) => {
      const res = await http().get(path).query(q).expect(200);
      return byRequest.get(res.headers['x-request-id'] as string) ?? 0;
    };
    try {
      for (const q of [
        { q: 'staff engineer' },
        { q: m.profile.name },
        { expertise: m.profile.expertise[0], sort: 'price', minRating: 1 },
        { q: 'engineer', sort: 'soonest', language: 'English', minPrice: 0, maxPrice: 100_000 },
        { q: 'marcus weeber', sort: 'rating' },
      ]) {
        expect({ q, statements: await statementsOf('/api/v1/mentors', q) }).toEqual({ q, statements: 1 });
      }
      expect(await statementsOf(`/api/v1/mentors/${m.profile.slug}`)).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });
});
