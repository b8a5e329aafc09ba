import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/options';
import { DEMO_ARTICLES, DEMO_MENTORS } from '../src/database/seeds/demo-data';
import { seedDemo } from '../src/database/seeds/seed';
import { makeMentor } from './factories';
import { createScratchDatabase } from './scratch-db';

describe('demo seed', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(process.env.DATABASE_URL!, 2)).initialize();
  });
  afterAll(() => db.destroy());

  it('loads a dozen approved mentors, articles, an admin and a mentee, and is idempotent', async () => {
    const count = async (sql: string) => Number((await db.query(sql))[0].n);
    await seedDemo(db);
    const first = {
      mentors: await count(
        `SELECT count(*) n FROM mentor_profiles WHERE slug = ANY('{${DEMO_MENTORS.map((m) => m.slug).join(',')}}')`,
      ),
      offerings: await count('SELECT count(*) n FROM offerings'),
      articles: await count(
        `SELECT count(*) n FROM articles WHERE slug = ANY('{${DEMO_ARTICLES.map((a) => a.slug).join(',')}}')`,
      ),
    };
    expect(first.mentors).toBe(12);
    expect(first.articles).toBe(DEMO_ARTICLES.length);
    await seedDemo(db);
    expect(await count('SELECT count(*) n FROM offerings')).toBe(first.offerings);
    const admin = await db.query(`SELECT roles FROM users WHERE email = 'admin@ladder.dev'`);
    expect(admin[0].roles).toContain('admin');
    const history = await db.query(
      `SELECT b.status, b.starts_at > now() AS upcoming FROM bookings b JOIN users u ON u.id = b.mentee_id
        WHERE u.email = 'mentee@ladder.dev' ORDER BY b.starts_at`,
    );
    expect(history).toEqual([
      { status: 'completed', upcoming: false },
      { status: 'confirmed', upcoming: true },
    ]);
    // A first visit to Messages shows a conversation with one unread message (and a re-run adds none).
    const inbox = await db.query(
      `SELECT count(*)::int AS messages,
              count(*) FILTER (WHERE x.sender_id <> c.mentee_id AND x.created_at > c.mentee_read_at)::int AS unread
         FROM conversations c JOIN users u ON u.id = c.mentee_id JOIN messages x ON x.conversation_id = c.id
        WHERE u.email = 'mentee@ladder.dev'`,
    );
    expect(inbox).toEqual([{ messages: 4, unread: 1 }]);
    const availability = await db.query(
      `SELECT count(*)::int AS n FROM mentor_availability a JOIN mentor_profiles p ON p.id = a.mentor_id WHERE p.slug = ANY($1)`,
      [DEMO_MENTORS.map((m) => m.slug)],
    );
    expect(availability[0].n).toBe(12);
    // Every rating a profile shows is made of reviews a visitor can read (and a re-run adds none).
    const ratings = await db.query(
      `SELECT p.slug, p.rating_count AS count, p.rating_sum AS sum,
              (SELECT count(*)::int FROM reviews r WHERE r.mentor_id = p.id) AS reviews,
              (SELECT COALESCE(sum(r.rating), 0)::int FROM reviews r WHERE r.mentor_id = p.id) AS stars
         FROM mentor_profiles p WHERE p.slug = ANY($1) ORDER BY p.slug`,
      [DEMO_MENTORS.map((m) => m.slug)],
    );
    expect(ratings.filter((r: { count: number }) => r.count > 0).length).toBeGreaterThanOrEqual(10);
    for (const r of ratings)
      expect({ slug: r.slug, count: r.reviews, sum: r.stars }).toEqual({
        slug: r.slug,
        count: r.count,
        sum: r.sum,
      });
    const zones = await db.query(
      `SELECT count(DISTINCT timezone) n FROM mentor_profiles WHERE status = 'approved'`,
    );
    expect(Number(zones[0].n)).toBeGreaterThanOrEqual(8);
  });
  it('leaves a demo slug to the member who already holds it (a sign-up named like a demo mentor)', async () => {
    const scratch = await createScratchDatabase('seed_slug');
    const fresh = await new DataSource(dataSourceOptions(scratch.url, 2)).initialize();
    try {
      const member = await makeMentor(fresh, { name: 'Priya Raman', status: 'approved' });
      await fresh.query(`UPDATE mentor_profiles SET slug = 'priya-raman' WHERE id = $1`, [member.id]);
      await seedDemo(fresh);
      const rows = await fresh.query(
        `SELECT p.user_id, u.email, p.slug FROM mentor_profiles p JOIN users u ON u.id = p.user_id
          WHERE p.slug LIKE 'priya-raman%' ORDER BY p.slug`,
      );
      expect(rows).toEqual([
        { user_id: member.userId, email: expect.any(String), slug: 'priya-raman' },
        { user_id: expect.any(String), email: 'priya.raman@ladder.dev', slug: 'priya-raman-demo' },
      ]);
      // And a second run (every dev start seeds) changes nothing.
      await seedDemo(fresh);
      expect(
        await fresh.query(`SELECT count(*)::int AS n FROM mentor_profiles WHERE slug LIKE 'priya-raman%'`),
      ).toEqual([{ n: 2 }]);
    } finally {
      await fresh.destroy();
      await scratch.drop();
    }
  });
});
