import type { TMentorProfile, TMentorSummary, TPage } from '@ladder/domain';
import { apiFetch, type TApiRequestInit, type TQueryValue } from './client';

/** `GET /mentors` — approved mentors matching the query, one page at a time. */
export function listMentors(
  query: Record<string, TQueryValue>,
  init: Pick<TApiRequestInit, 'cache' | 'next' | 'signal'> = { cache: 'no-store' },
): Promise<TPage<TMentorSummary>> {
  return apiFetch<TPage<TMentorSummary>>('/mentors', { ...init, query });
}

/** `GET /mentors/{slug}` — a public profile with its offerings; ApiError 404 when not visible. */
export function getMentor(
  slug: string,
  init: Pick<TApiRequestInit, 'cache' | 'next' | 'signal'> = { cache: 'no-store' },
): Promise<TMentorProfile> {
  return apiFetch<TMentorProfile>(`/mentors/${encodeURIComponent(slug)}`, init);
}
