import type {
  TArticlePreview,
  TCreateArticle,
  TMyArticle,
  TMyArticleSummary,
  TUpdateArticle,
} from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

/**
 * The signed-in mentor's own articles (`/mentors/me/articles`). Server code passes the visitor's
 * session headers; the server actions in lib/actions/articles.ts do.
 */
type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

const NO_STORE = { cache: 'no-store' } as const;
const path = (id: string, suffix = '') => `/mentors/me/articles/${encodeURIComponent(id)}${suffix}`;

/** Drafts and published, most recently edited first; 403 `mentor_not_approved` until approved. */
export function listMyArticles(init: TInit = {}): Promise<{ items: TMyArticleSummary[] }> {
  return apiFetch<{ items: TMyArticleSummary[] }>('/mentors/me/articles', { ...NO_STORE, ...init });
}

export function getMyArticle(id: string, init: TInit = {}): Promise<TMyArticle> {
  return apiFetch<TMyArticle>(path(id), { ...NO_STORE, ...init });
}

export function createMyArticle(body: TCreateArticle, init: TInit = {}): Promise<TMyArticle> {
  return apiFetch<TMyArticle>('/mentors/me/articles', { ...NO_STORE, ...init, method: 'POST', body });
}

export function updateMyArticle(id: string, body: TUpdateArticle, init: TInit = {}): Promise<TMyArticle> {
  return apiFetch<TMyArticle>(path(id), { ...NO_STORE, ...init, method: 'PATCH', body });
}

export async function deleteMyArticle(id: string, init: TInit = {}): Promise<void> {
  await apiFetch<unknown>(path(id), { ...NO_STORE, ...init, method: 'DELETE' });
}

export function publishMyArticle(id: string, init: TInit = {}): Promise<TMyArticle> {
  return apiFetch<TMyArticle>(path(id, '/publish'), { ...NO_STORE, ...init, method: 'POST' });
}

export function unpublishMyArticle(id: string, init: TInit = {}): Promise<TMyArticle> {
  return apiFetch<TMyArticle>(path(id, '/unpublish'), { ...NO_STORE, ...init, method: 'POST' });
}

/** The body rendered by the API's sanitiser: the same HTML the article page will show. */
export function previewMyArticle(body: string, init: TInit = {}): Promise<TArticlePreview> {
  return apiFetch<TArticlePreview>('/mentors/me/articles/preview', {
    ...NO_STORE,
    ...init,
    method: 'POST',
    body: { body },
  });
}
