import { z } from 'zod';

export const ZArticleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  excerpt: z.string(),
  tags: z.array(z.string()),
  author: z.object({ name: z.string(), mentorSlug: z.string().optional() }),
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
