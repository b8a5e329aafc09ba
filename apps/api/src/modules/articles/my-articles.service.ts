import { randomUUID } from 'node:crypto';
import {
  articleReadingMinutes,
  excerptFromMarkdown,
  type TArticlePreview,
  type TCreateArticle,
  type TMyArticle,
  type TMyArticleSummary,
  type TUpdateArticle,
} from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { renderMarkdown } from '../../common/markdown';
import { JobsService } from '../jobs/jobs.service';
import { slugCandidates } from '../mentors/slug';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';
import { articleSlugBase } from './article-visibility';

/** Creates, edits, deletes, publishes and unpublishes, per author. Previews have their own limit. */
export const ARTICLE_WRITES_PER_AUTHOR: Limit = { name: 'articles:write', limit: 120, windowSeconds: 3600 };
export const ARTICLE_PREVIEWS_PER_AUTHOR: Limit = {
  name: 'articles:preview',
  limit: 600,
  windowSeconds: 3600,
};

/** "My articles" answers at most this many (newest edits first). */
export const MY_ARTICLES_CAP = 500;

const SLUG_ATTEMPTS = 5;

interface MyArticleRow {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  excerpt_derived: boolean;
  tags: string[];
  body?: string;
  status: 'draft' | 'published';
  hidden_at: Date | null;
  published_at: Date | null;
  reading_minutes: number;
  created_at: Date;
  updated_at: Date;
}

const SUMMARY_COLUMNS = `id, slug, title, excerpt, excerpt_derived, tags, status, hidden_at, published_at,
  reading_minutes, created_at, updated_at`;
const COLUMNS = `${SUMMARY_COLUMNS}, body`;

function presentSummary(r: MyArticleRow): TMyArticleSummary {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    excerpt: r.excerpt,
    excerptDerived: r.excerpt_derived,
    tags: r.tags,
    status: r.status,
    hidden: r.hidden_at !== null,
    publishedAt: r.published_at?.toISOString() ?? null,
    readingMinutes: r.reading_minutes,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

function present(r: MyArticleRow): TMyArticle {
  const body = r.body ?? '';
  return { ...presentSummary(r), body, bodyHtml: renderMarkdown(body) };
}

/**
 * A mentor's own articles. Only approved mentors write (403 `mentor_not_approved` otherwise);
 * another author's article is 404. The slug comes from the title and is free to follow title
 * edits until the first publish; from then on it never changes, so shared links keep working
 * (no redirects needed). Moderation's `hidden_at` is never written here: an article an admin
 * hid stays hidden whatever its author edits, publishes or unpublishes.
 */
@Injectable()
export class MyArticlesService {
  constructor(
    private readonly db: DataSource,
    private readonly limits: RateLimitService,
    private readonly jobs: JobsService,
  ) {}

  async list(user: AuthUser): Promise<{ items: TMyArticleSummary[] }> {
    await this.assertAuthor(this.db.manager, user);
    const rows: MyArticleRow[] = await this.db.query(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE author_id = $1
        ORDER BY updated_at DESC, id DESC LIMIT $2`,
      [user.id, MY_ARTICLES_CAP],
    );
    return { items: rows.map(presentSummary) };
  }

  async get(user: AuthUser, id: string): Promise<TMyArticle> {
    await this.assertAuthor(this.db.manager, user);
    const rows: MyArticleRow[] = await this.db.query(
      `SELECT ${COLUMNS} FROM articles WHERE id = $1 AND author_id = $2`,
      [id, user.id],
    );
    if (!rows[0]) throw AppError.notFound('Article');
    return present(rows[0]);
  }

  async preview(user: AuthUser, body: string): Promise<TArticlePreview> {
    await this.limits.hit(ARTICLE_PREVIEWS_PER_AUTHOR, user.id);
    await this.assertAuthor(this.db.manager, user);
    return {
      bodyHtml: renderMarkdown(body),
      excerpt: excerptFromMarkdown(body),
      readingMinutes: articleReadingMinutes(body),
    };
  }

  /** A new draft; its slug is the first free one of `title`, `title-2`, … (then a random suffix). */
  async create(user: AuthUser, input: TCreateArticle): Promise<TMyArticle> {
    await this.limits.hit(ARTICLE_WRITES_PER_AUTHOR, user.id);
    return this.db.transaction(async (m) => {
      await this.assertAuthor(m, user);
      await lockSlugs(m);
      const explicit = input.excerpt ? input.excerpt : null;
      const base = articleSlugBase(input.title);
      for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
        const slug = await freeSlug(m, base, null, attempt === SLUG_ATTEMPTS - 1);
        const rows: MyArticleRow[] = await m.query(
          `INSERT INTO articles (author_id, slug, title, excerpt, excerpt_derived, body, tags, status, reading_minutes)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft', $8)
           ON CONFLICT (slug) DO NOTHING
           RETURNING ${COLUMNS}`,
          [
            user.id,
            slug,
            input.title,
            explicit ?? excerptFromMarkdown(input.body),
            explicit === null,
            input.body,
            input.tags ?? [],
            articleReadingMinutes(input.body),
          ],
        );
        if (rows[0]) return present(rows[0]);
      }
      throw new Error(`No free article slug for "${base}" after ${SLUG_ATTEMPTS} attempts`);
    });
  }

  async update(user: AuthUser, id: string, input: TUpdateArticle): Promise<TMyArticle> {
    await this.limits.hit(ARTICLE_WRITES_PER_AUTHOR, user.id);
    return this.db.transaction(async (m) => {
      await this.assertAuthor(m, user);
      const row = await this.lockOwn(m, user, id);
      const title = input.title ?? row.title;
      const body = input.body ?? row.body ?? '';
      let excerpt = row.excerpt;
      let derived = row.excerpt_derived;
      if (input.excerpt !== undefined) {
        derived = !input.excerpt;
        excerpt = input.excerpt || excerptFromMarkdown(body);
      } else if (derived && input.body !== undefined) {
        excerpt = excerptFromMarkdown(body);
      }
      let slug = row.slug;
      // Never published: nobody links to it yet, so the slug follows the title.
      if (row.published_at === null && input.title !== undefined) {
        const base = articleSlugBase(title);
        if (base !== articleSlugBase(row.title)) {
          await lockSlugs(m);
          slug = await freeSlug(m, base, row.id, false);
        }
      }
      const rows: MyArticleRow[] = await m.query(
        `WITH updated AS (
           UPDATE articles SET slug = $3, title = $4, body = $5, excerpt = $6, excerpt_derived = $7, tags = $8,
                               reading_minutes = $9, updated_at = now()
            WHERE id = $1 AND author_id = $2
            RETURNING ${COLUMNS})
         SELECT * FROM updated`,
        [
          row.id,
          user.id,
          slug,
          title,
          body,
          excerpt,
          derived,
          input.tags ?? row.tags,
          articleReadingMinutes(body),
        ],
      );
      if (!rows[0]) throw AppError.notFound('Article');
      return present(rows[0]);
    });
  }

  /** Public from now on (unless hidden by moderation); `publishedAt` is set on the first publish only. */
  async publish(user: AuthUser, id: string): Promise<TMyArticle> {
    return this.setStatus(user, id, 'published');
  }

  /** Back to draft: out of every public answer; slug and first `publishedAt` are kept. */
  async unpublish(user: AuthUser, id: string): Promise<TMyArticle> {
    return this.setStatus(user, id, 'draft');
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.limits.hit(ARTICLE_WRITES_PER_AUTHOR, user.id);
    await this.assertAuthor(this.db.manager, user);
    const rows: { id: string }[] = await this.db.query(
      `WITH deleted AS (DELETE FROM articles WHERE id = $1 AND author_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, user.id],
    );
    if (!rows[0]) throw AppError.notFound('Article');
  }

  private async setStatus(user: AuthUser, id: string, status: 'draft' | 'published'): Promise<TMyArticle> {
    await this.limits.hit(ARTICLE_WRITES_PER_AUTHOR, user.id);
    return this.db.transaction(async (m) => {
      await this.assertAuthor(m, user);
      const before = await this.lockOwn(m, user, id);
      const rows: MyArticleRow[] = await m.query(
        `WITH updated AS (
           UPDATE articles
              SET status = $3,
                  published_at = CASE WHEN $3 = 'published' THEN COALESCE(published_at, now()) ELSE published_at END,
                  updated_at = now()
            WHERE id = $1 AND author_id = $2
            RETURNING ${COLUMNS})
         SELECT * FROM updated`,
        [id, user.id, status],
      );
      if (!rows[0]) throw AppError.notFound('Article');
      // The first publish tells newsletter subscribers, once (committed with the publish).
      if (status === 'published' && before.published_at === null) {
        await this.jobs.enqueue(
          'newsletter.article-published',
          { articleId: id, afterSubscriberId: null },
          { manager: m, singletonKey: `${id}:first` },
        );
      }
      return present(rows[0]);
    });
  }

  /** Only approved mentors of unsuspended accounts write articles. */
  private async assertAuthor(m: EntityManager, user: AuthUser): Promise<void> {
    const rows: { status: string; owner_suspended_at: Date | null }[] = await m.query(
      'SELECT status, owner_suspended_at FROM mentor_profiles WHERE user_id = $1',
      [user.id],
    );
    const profile = rows[0];
    if (profile?.status !== 'approved' || profile.owner_suspended_at) {
      throw AppError.forbidden(
        'mentor_not_approved',
        'Approved mentors only',
        'Articles are written by approved mentors.',
      );
    }
  }

  private async lockOwn(m: EntityManager, user: AuthUser, id: string): Promise<MyArticleRow> {
    const rows: MyArticleRow[] = await m.query(
      `SELECT ${COLUMNS} FROM articles WHERE id = $1 AND author_id = $2 FOR UPDATE`,
      [id, user.id],
    );
    if (!rows[0]) throw AppError.notFound('Article');
    return rows[0];
  }
}

/**
 * Slug choices are serialised (a transaction-scoped advisory lock): choosing a free slug and
 * writing it cannot race another author's choice. Writes are rate-limited and short, so one lock
 * for all article slugs costs little; the unique constraint stays the last word.
 */
async function lockSlugs(m: EntityManager): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('articles.slug'))`);
}

/** The first of `base`, `base-2`, … `base-50` that no other article has; else `base-<random>`. */
async function freeSlug(
  m: EntityManager,
  base: string,
  ownId: string | null,
  random: boolean,
): Promise<string> {
  if (!random) {
    const rows: { slug: string }[] = await m.query(
      `SELECT c.slug FROM unnest($1::text[]) WITH ORDINALITY AS c(slug, n)
        WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.slug = c.slug AND a.id IS DISTINCT FROM $2::uuid)
        ORDER BY c.n LIMIT 1`,
      [slugCandidates(base), ownId],
    );
    if (rows[0]) return rows[0].slug;
  }
  return `${base}-${randomUUID().slice(0, 8)}`;
}
