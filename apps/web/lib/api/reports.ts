import type { TCreateReport, TReport } from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

/**
 * `POST /reports` → 201 `report`; a repeat while the user's report is open answers the same one.
 * 404 when the target is not publicly visible; 429 after too many reports.
 */
export function createReport(body: TCreateReport, init: TInit = {}): Promise<TReport> {
  return apiFetch<TReport>('/reports', { cache: 'no-store', ...init, method: 'POST', body });
}
