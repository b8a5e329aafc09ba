import {
  ARTICLE_LIMITS,
  normaliseArticleTag,
  type TCreateArticle,
  type TMyArticle,
  type TMyArticleSummary,
  type TUpdateArticle,
  ZCreateArticleSchema,
  ZUpdateArticleSchema,
} from '@ladder/domain';
import { type TFormErrors, zodFormErrors } from '@/lib/forms';
import type { TTagKind } from './tags';

export const ARTICLE_FIELDS = ['title', 'body', 'excerpt', 'tags'] as const;

export const ARTICLE_LABELS: Record<(typeof ARTICLE_FIELDS)[number], string> = {
  title: 'Title',
  body: 'Article',
  excerpt: 'Excerpt',
  tags: 'Tags',
};

export const ARTICLE_TAGS: TTagKind = {
  normalise: normaliseArticleTag,
  max: ARTICLE_LIMITS.tagsMax,
  maxLength: ARTICLE_LIMITS.tagMax,
  noun: 'tag',
};

export const ARTICLE_TAG_SUGGESTIONS: readonly string[] = [
  'career',
  'leadership',
  'staff-engineer',
  'system-design',
  'interviews',
  'frontend',
  'backend',
  'management',
];

/** What the editor holds. An empty excerpt means "take it from the body". */
export type TArticleValues = { title: string; body: string; excerpt: string; tags: string[] };

export const EMPTY_ARTICLE: TArticleValues = { title: '', body: '', excerpt: '', tags: [] };

export function articleValuesOf(article: TMyArticle): TArticleValues {
  return {
    title: article.title,
    body: article.body,
    excerpt: article.excerptDerived ? '' : article.excerpt,
    tags: [...article.tags],
  };
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/** Whether the editor holds anything the server does not have yet. */
export function isArticleDirty(values: TArticleValues, saved: TArticleValues): boolean {
  return (
    values.title.trim() !== saved.title.trim() ||
    values.body !== saved.body ||
    values.excerpt.trim() !== saved.excerpt.trim() ||
    !sameTags(values.tags, saved.tags)
  );
}

/** The POST body of a new draft. */
export function createArticleBody(values: TArticleValues): TCreateArticle {
  const excerpt = values.excerpt.trim();
  return {
    title: values.title.trim(),
    body: values.body,
    ...(excerpt ? { excerpt } : {}),
    tags: values.tags,
  };
}

/** The PATCH body: only what changed; a cleared excerpt is `null` (back to the derived one). */
export function updateArticleBody(values: TArticleValues, saved: TArticleValues): TUpdateArticle {
  const out: TUpdateArticle = {};
  if (values.title.trim() !== saved.title.trim()) out.title = values.title.trim();
  if (values.body !== saved.body) out.body = values.body;
  if (values.excerpt.trim() !== saved.excerpt.trim()) out.excerpt = values.excerpt.trim() || null;
  if (!sameTags(values.tags, saved.tags)) out.tags = values.tags;
  return out;
}

/**
 * What is wrong with saving the editor's values (the field errors to show), or null when they can
 * be saved, or need not be: a stored article without changes is already valid. Checked before
 * saving and before the publish confirmation opens.
 */
export function articleSaveErrors(
  values: TArticleValues,
  saved: TArticleValues,
  stored: boolean,
): TFormErrors | null {
  if (stored && !isArticleDirty(values, saved)) return null;
  const parsed = stored
    ? ZUpdateArticleSchema.safeParse(updateArticleBody(values, saved))
    : ZCreateArticleSchema.safeParse(createArticleBody(values));
  return parsed.success ? null : zodFormErrors(parsed.error, ARTICLE_FIELDS);
}

export type TArticleStatusView = {
  label: string;
  tone: 'neutral' | 'success' | 'warning' | 'danger';
  description: string;
};

/** The badge of an article in "My articles" and in the editor. */
export function articleStatusView(
  article: Pick<TMyArticleSummary, 'status' | 'hidden' | 'publishedAt'>,
): TArticleStatusView {
  if (article.hidden) {
    return {
      label: 'Hidden by moderation',
      tone: 'danger',
      description: 'Our moderators took this article out of public view. Edits keep it hidden.',
    };
  }
  if (article.status === 'published') {
    return { label: 'Published', tone: 'success', description: 'Anyone can read it.' };
  }
  if (article.publishedAt) {
    return { label: 'Unpublished', tone: 'warning', description: 'Only you can see it; its link is kept.' };
  }
  return { label: 'Draft', tone: 'neutral', description: 'Only you can see it.' };
}
