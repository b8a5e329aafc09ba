import { slugText } from '../mentors/slug';

/**
 * When an article is public, as SQL over the articles row `a` (the alias given): published,
 * not hidden by moderation, and its author is neither suspended nor a mentor whose profile is
 * out of public view (pending, rejected, suspended, or hidden by moderation). Authors without a
 * mentor profile (staff) keep their articles public. Every public answer that shows or accepts an
 * article uses this, so hiding a mentor hides their articles and restoring brings them back.
 */
export function publicArticle(a = 'a'): string {
  return `(${a}.status = 'published' AND ${a}.hidden_at IS NULL AND ${a}.published_at <= now()
    AND EXISTS (SELECT 1 FROM users pa_u WHERE pa_u.id = ${a}.author_id AND pa_u.suspended_at IS NULL)
    AND NOT EXISTS (SELECT 1 FROM mentor_profiles pa_m WHERE pa_m.user_id = ${a}.author_id
      AND NOT (pa_m.status = 'approved' AND pa_m.hidden_at IS NULL AND pa_m.owner_suspended_at IS NULL)))`;
}

/** Paths under /articles that an article slug must never shadow. */
const RESERVED = new Set(['new', 'edit', 'drafts', 'me', 'preview', 'feed', 'rss', 'tag', 'tags']);

/** A readable slug from a title: "Growing into Staff, part 2" → "growing-into-staff-part-2". */
export function articleSlugBase(title: string): string {
  const base = slugText(title, 80);
  if (!base) return 'article';
  return RESERVED.has(base) ? `article-${base}` : base;
}
