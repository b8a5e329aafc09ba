import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

export const uniq = (): string => randomBytes(5).toString('hex');

export interface MadeUser {
  id: string;
  email: string;
  name: string;
}

export async function makeUser(
  db: DataSource,
  over: Partial<{ name: string; roles: string[]; timezone: string }> = {},
): Promise<MadeUser> {
  const email = `user-${uniq()}@test.ladder.dev`;
  const name = over.name ?? `Test User ${uniq()}`;
  const rows: { id: string }[] = await db.query(
    'INSERT INTO users (email, name, roles, timezone) VALUES ($1, $2, $3, $4) RETURNING id',
    [email, name, over.roles ?? ['mentee'], over.timezone ?? 'UTC'],
  );
  return { id: rows[0]!.id, email, name };
}

export interface MadeMentor {
  id: string;
  slug: string;
  userId: string;
  name: string;
}

export async function makeMentor(
  db: DataSource,
  over: Partial<{
    name: string;
    status: string;
    headline: string;
    bio: string;
    expertise: string[];
    languages: string[];
    timezone: string;
    ratings: number[];
    offerings: { priceAmount: number; currency?: string; durationMinutes?: number; active?: boolean }[];
  }> = {},
): Promise<MadeMentor> {
  const user = await makeUser(db, { name: over.name, roles: ['mentee', 'mentor'] });
  const slug = `mentor-${uniq()}`;
  const ratings = over.ratings ?? [];
  const rows: { id: string }[] = await db.query(
    `INSERT INTO mentor_profiles (user_id, slug, headline, bio, expertise, languages, timezone, status, rating_sum, rating_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      user.id,
      slug,
      over.headline ?? 'Staff engineer helping seniors grow',
      over.bio ?? 'I have mentored engineers for years and I enjoy it a lot.',
      over.expertise ?? ['backend'],
      over.languages ?? ['English'],
      over.timezone ?? 'Europe/Berlin',
      over.status ?? 'approved',
      ratings.reduce((a, b) => a + b, 0),
      ratings.length,
    ],
  );
  const id = rows[0]!.id;
  for (const o of over.offerings ?? [{ priceAmount: 10_000 }]) {
    await db.query(
      `INSERT INTO offerings (mentor_id, title, duration_minutes, price_amount, currency, active)
       VALUES ($1, 'Growth session', $2, $3, $4, $5)`,
      [id, o.durationMinutes ?? 60, o.priceAmount, o.currency ?? 'USD', o.active ?? true],
    );
  }
  return { id, slug, userId: user.id, name: user.name };
}

export async function makeArticle(
  db: DataSource,
  authorId: string,
  over: Partial<{
    status: 'draft' | 'published';
    publishedAt: Date;
    hidden: boolean;
    body: string;
    tags: string[];
  }> = {},
): Promise<{ slug: string }> {
  const slug = `article-${uniq()}`;
  const status = over.status ?? 'published';
  await db.query(
    `INSERT INTO articles (author_id, slug, title, excerpt, body, tags, status, published_at, hidden_at)
     VALUES ($1, $2, $3, 'An excerpt', $4, $5, $6, $7, $8)`,
    [
      authorId,
      slug,
      `Title ${slug}`,
      over.body ?? 'Some **markdown** body.',
      over.tags ?? ['career'],
      status,
      status === 'published' ? (over.publishedAt ?? new Date(Date.now() - 60_000)) : null,
      over.hidden ? new Date() : null,
    ],
  );
  return { slug };
}
