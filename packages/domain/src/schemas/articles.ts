import { z } from 'zod';

export const ZArticleSchema = z.object({
  /** The article's id: what POST /reports takes as `targetId`. */
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  excerpt: z.string(),
  tags: z.array(z.string()),
  author: z.object({ userId: z.string(), name: z.string(), mentorSlug: z.string().optional() }),
  publishedAt: z.string(),
  readingMinutes: z.number().int(),
  body: z.string().optional(),
  bodyHtml: z.string().optional(),
});
export type TArticle = z.infer<typeof ZArticleSchema>;

export const ZListArticlesQuerySchema = z.strictObject({
  tag: z.string().trim().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
  cursor: z.string().max(500).optional(),
});
export type TListArticlesQuery = z.infer<typeof ZListArticlesQuerySchema>;

/** Reading time at ~220 words a minute, never less than one minute. */
export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}

// ——— Writing articles (a mentor's own, under /mentors/me/articles) ———

export const ARTICLE_STATUSES = ['draft', 'published'] as const;
export type TArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ARTICLE_LIMITS = {
  titleMin: 3,
  titleMax: 160,
  bodyMax: 100_000,
  excerptMax: 300,
  tagsMax: 5,
  tagMin: 2,
  tagMax: 32,
} as const;

/** An article tag as stored: lower-case letters and digits in words joined by single hyphens. */
export const ARTICLE_TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Design Systems " → "design-systems": trimmed, lower-case, spaces and underscores as hyphens. */
export function normaliseArticleTag(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

const ZArticleTag = z
  .string()
  .transform(normaliseArticleTag)
  .pipe(
    z
      .string()
      .min(ARTICLE_LIMITS.tagMin, `A tag has at least ${ARTICLE_LIMITS.tagMin} characters`)
      .max(ARTICLE_LIMITS.tagMax, `A tag has at most ${ARTICLE_LIMITS.tagMax} characters`)
      .regex(ARTICLE_TAG_PATTERN, 'Tags use letters, digits and single hyphens only'),
  );

const ZArticleTags = z
  .array(ZArticleTag)
  .max(ARTICLE_LIMITS.tagsMax, `At most ${ARTICLE_LIMITS.tagsMax} tags`)
  .transform((tags) => [...new Set(tags)]);

const ZArticleTitle = z
  .string()
  .trim()
  .min(ARTICLE_LIMITS.titleMin, `A title has at least ${ARTICLE_LIMITS.titleMin} characters`)
  .max(ARTICLE_LIMITS.titleMax, `A title has at most ${ARTICLE_LIMITS.titleMax} characters`);

const ZArticleBody = z
  .string()
  .max(ARTICLE_LIMITS.bodyMax, `The body has at most ${ARTICLE_LIMITS.bodyMax} characters`)
  .refine((body) => body.trim().length > 0, 'Write something first');

const ZArticleExcerpt = z
  .string()
  .trim()
  .max(ARTICLE_LIMITS.excerptMax, `An excerpt has at most ${ARTICLE_LIMITS.excerptMax} characters`);

/** POST /mentors/me/articles — a new draft. Without an excerpt, one is taken from the body. */
export const ZCreateArticleSchema = z.strictObject({
  title: ZArticleTitle,
  body: ZArticleBody,
  excerpt: ZArticleExcerpt.optional(),
  tags: ZArticleTags.optional(),
});
export type TCreateArticle = z.infer<typeof ZCreateArticleSchema>;

/** PATCH /mentors/me/articles/{id} — any subset; `excerpt: null` (or "") goes back to the derived one. */
export const ZUpdateArticleSchema = z.strictObject({
  title: ZArticleTitle.optional(),
  body: ZArticleBody.optional(),
  excerpt: ZArticleExcerpt.nullable().optional(),
  tags: ZArticleTags.optional(),
});
export type TUpdateArticle = z.infer<typeof ZUpdateArticleSchema>;

/** POST /mentors/me/articles/preview — render a body the way the article page will. */
export const ZPreviewArticleSchema = z.strictObject({ body: z.string().max(ARTICLE_LIMITS.bodyMax) });
export type TPreviewArticle = z.infer<typeof ZPreviewArticleSchema>;

export interface TArticlePreview {
  bodyHtml: string;
  excerpt: string;
  readingMinutes: number;
}

/** The author's view of one of their articles, in any status. */
export interface TMyArticle {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  /** True when the excerpt is taken from the body (none was given). */
  excerptDerived: boolean;
  tags: string[];
  body: string;
  bodyHtml: string;
  status: TArticleStatus;
  /** Hidden by moderation: not public whatever its status, until an admin restores it. */
  hidden: boolean;
  /** Set on the first publish and kept (an unpublished article keeps it). */
  publishedAt: string | null;
  readingMinutes: number;
  createdAt: string;
  updatedAt: string;
}

/** An item of GET /mentors/me/articles (no body). */
export type TMyArticleSummary = Omit<TMyArticle, 'body' | 'bodyHtml'>;

/**
 * Markdown to plain text for excerpts and reading time: code blocks, images, HTML tags, link
 * targets and Markdown markers are dropped; whitespace is collapsed. Not a renderer.
 */
export function markdownPlainText(markdown: string, options: { code?: boolean } = {}): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^(```|~~~)[^\n]*\n([\s\S]*?)^\1[^\n]*$/gm, (_, _fence, code: string) =>
      options.code ? ` ${code} ` : ' ',
    )
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)/gm, '')
    .replace(/^\s*([-*_]\s*){3,}$/gm, ' ')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first ~`max` characters of the body's text, cut at a word boundary with "…". */
export function excerptFromMarkdown(markdown: string, max = 200): string {
  const text = markdownPlainText(markdown);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`;
}

/** Reading time of an article's Markdown, counted on its text and code (not on URLs or markers). */
export function articleReadingMinutes(markdown: string): number {
  return readingMinutes(markdownPlainText(markdown, { code: true }));
}
