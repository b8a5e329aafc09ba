import { type TArticle, type TListArticlesQuery, type TPage } from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { decodeKeysetCursor, encodeKeysetCursor, scopeOf, TIMESTAMP_KEY } from '../../common/keyset-cursor';
import { renderMarkdown } from '../../common/markdown';
import { publicArticle } from './article-visibility';

interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  body?: string;
  published_at: Date;
  /** published_at in PostgreSQL's text form (microseconds kept) for an exact keyset cursor. */
  published_key: string;
  reading_minutes: number;
  author_id: string;
  author_name: string;
  mentor_slug: string | null;
}

const VISIBLE = publicArticle('a');
const SELECT = `SELECT a.id, a.slug, a.title, a.excerpt, a.tags, a.published_at, a.published_at::text AS published_key,
       a.reading_minutes,
       a.author_id, u.name AS author_name, m.slug AS mentor_slug
  FROM articles a
  JOIN users u ON u.id = a.author_id
  LEFT JOIN mentor_profiles m ON m.user_id = a.author_id AND m.status = 'approved' AND m.hidden_at IS NULL`;

@Injectable()
export class ArticlesService {
  constructor(private readonly db: DataSource) {}

  async list(query: TListArticlesQuery): Promise<TPage<TArticle>> {
    const limit = query.limit ?? 20;
    const scope = scopeOf(['articles', query.tag ?? null]);
    const cursor = decodeKeysetCursor(query.cursor, scope, TIMESTAMP_KEY);
    const params: unknown[] = [];
    const where = [VISIBLE];
    if (query.tag) {
      params.push(query.tag);
      where.push(`$${params.length} = ANY(a.tags)`);
    }
    if (cursor) {
      params.push(cursor.k, cursor.id);
      where.push(`(a.published_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows: ArticleRow[] = await this.db.query(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.published_at DESC, a.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => toArticle(r)),
      nextCursor:
        rows.length > limit && last
          ? encodeKeysetCursor(scope, { k: last.published_key, id: last.id })
          : null,
    };
  }

  async getBySlug(slug: string): Promise<TArticle> {
    const rows: ArticleRow[] = await this.db.query(
      `${SELECT.replace('a.reading_minutes,', 'a.reading_minutes, a.body,')} WHERE ${VISIBLE} AND a.slug = $1`,
      [slug],
    );
    const row = rows[0];
    if (!row) throw AppError.notFound('Article');
    return toArticle(row);
  }
}

function toArticle(r: ArticleRow): TArticle {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    excerpt: r.excerpt,
    tags: r.tags,
    author: {
      userId: r.author_id,
      name: r.author_name,
      ...(r.mentor_slug ? { mentorSlug: r.mentor_slug } : {}),
    },
    publishedAt: r.published_at.toISOString(),
    readingMinutes: r.reading_minutes,
    ...(r.body !== undefined ? { body: r.body, bodyHtml: renderMarkdown(r.body) } : {}),
  };
}
