import type { TArticle, TPage } from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

/** `GET /articles` — published articles, newest first. */
export function listArticles(
  query: { limit?: number; cursor?: string; tag?: string },
  init: Pick<TApiRequestInit, 'cache' | 'next' | 'signal'> = { cache: 'no-store' },
): Promise<TPage<TArticle>> {
  return apiFetch<TPage<TArticle>>('/articles', { ...init, query });
}

/** `GET /articles/{slug}` — one published article with `body` and sanitised `bodyHtml`. */
export function getArticle(
  slug: string,
  init: Pick<TApiRequestInit, 'cache' | 'next' | 'signal'> = { cache: 'no-store' },
): Promise<TArticle> {
  return apiFetch<TArticle>(`/articles/${encodeURIComponent(slug)}`, init);
}
