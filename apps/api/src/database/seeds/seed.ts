import { readingMinutes } from '@ladder/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../common/crypto/password';
import { seedAvailability } from './availability';
import { seedBookings } from './bookings';
import { DEMO_ADMIN, DEMO_ARTICLES, DEMO_MENTEE, DEMO_MENTORS, DEMO_PASSWORD } from './demo-data';
import { seedMessages } from './messages';
import { DEMO_REVIEWERS, seedReviews } from './reviews';

export interface SeedSummary {
  users: number;
  mentors: number;
  offerings: number;
  articles: number;
}

async function upsertUser(
  m: EntityManager,
  u: { email: string; name: string; timezone?: string; roles: string[]; passwordHash: string },
): Promise<string> {
  const rows: { id: string }[] = await m.query(
    `INSERT INTO users (email, name, timezone, roles, password_hash, email_verified_at)
     VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (email) DO UPDATE SET roles = (SELECT array_agg(DISTINCT r) FROM unnest(users.roles || EXCLUDED.roles) r)
     RETURNING id`,
    [u.email, u.name, u.timezone ?? 'UTC', u.roles, u.passwordHash],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error(`Could not upsert ${u.email}`);
  return id;
}

/**
 * Demo data for a fresh installation. Idempotent: run it any number of times; existing rows
 * keep their ids and any edits made through the product.
 */
export async function seedDemo(ds: DataSource): Promise<SeedSummary> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return ds.transaction(async (m) => {
    const summary: SeedSummary = { users: 0, mentors: 0, offerings: 0, articles: 0 };
    await upsertUser(m, { ...DEMO_ADMIN, roles: ['mentee', 'admin'], passwordHash });
    await upsertUser(m, { ...DEMO_MENTEE, roles: ['mentee'], passwordHash });
    summary.users += 2;
    const userIds = new Map<string, string>();
    const seededMentors: { id: string; timezone: string; ratings: readonly number[] }[] = [];

    for (const mentor of DEMO_MENTORS) {
      const userId = await upsertUser(m, { ...mentor, roles: ['mentee', 'mentor'], passwordHash });
      userIds.set(mentor.email, userId);
      summary.users++;
      const ratingSum = mentor.ratings.reduce((a, b) => a + b, 0);
      const profile: { id: string; inserted: boolean }[] = await m.query(
        `INSERT INTO mentor_profiles (user_id, slug, headline, bio, expertise, languages, timezone, years_experience,
                                      status, approved_at, rating_sum, rating_count)
         -- Someone who signed up with a demo mentor's name may hold the slug already: theirs stays.
         VALUES ($1, CASE WHEN EXISTS (SELECT 1 FROM mentor_profiles o WHERE o.slug = $2 AND o.user_id <> $1)
                          THEN $2 || '-demo' ELSE $2 END,
                 $3, $4, $5, $6, $7, $8, 'approved', now(), $9, $10)
         ON CONFLICT (user_id) DO UPDATE SET updated_at = mentor_profiles.updated_at
         RETURNING id, (xmax = 0) AS inserted`,
        [
          userId,
          mentor.slug,
          mentor.headline,
          mentor.bio,
          mentor.expertise,
          mentor.languages,
          mentor.timezone,
          mentor.yearsExperience,
          ratingSum,
          mentor.ratings.length,
        ],
      );
      const row = profile[0];
      if (!row) throw new Error(`Could not upsert mentor ${mentor.slug}`);
      summary.mentors++;
      seededMentors.push({ id: row.id, timezone: mentor.timezone, ratings: mentor.ratings });
      if (!row.inserted) continue; // offerings were created with the profile; leave edits alone
      for (const o of mentor.offerings) {
        await m.query(
          `INSERT INTO offerings (mentor_id, title, description, duration_minutes, price_amount, currency,
                                  buffer_after_minutes, minimum_notice_minutes)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            row.id,
            o.title,
            o.description,
            o.durationMinutes,
            o.priceAmount,
            o.currency,
            o.bufferAfterMinutes ?? 0,
            o.minimumNoticeMinutes ?? 720,
          ],
        );
        summary.offerings++;
      }
    }

    for (const a of DEMO_ARTICLES) {
      const authorId = userIds.get(a.authorEmail);
      if (!authorId) throw new Error(`Unknown article author ${a.authorEmail}`);
      await m.query(
        `INSERT INTO articles (author_id, slug, title, excerpt, body, tags, status, published_at, reading_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, 'published', now() - make_interval(days => $7), $8)
         ON CONFLICT (slug) DO NOTHING`,
        [authorId, a.slug, a.title, a.excerpt, a.body, a.tags, a.daysAgo, readingMinutes(a.body)],
      );
      summary.articles++;
    }
    await seedAvailability(m, seededMentors);
    await seedBookings(m, DEMO_MENTEE.email);
    await seedMessages(m, DEMO_MENTEE.email, 'priya-raman');
    const reviewerIds: string[] = [];
    for (const reviewer of DEMO_REVIEWERS) {
      reviewerIds.push(await upsertUser(m, { ...reviewer, roles: ['mentee'], passwordHash }));
      summary.users++;
    }
    await seedReviews(m, seededMentors, reviewerIds);
    return summary;
  });
}
