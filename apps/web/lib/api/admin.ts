import type {
  TAdminReport,
  TAdminUser,
  TFunnelReport,
  TMentorApplication,
  TMentorProfile,
  TMentorStatus,
  TPage,
  TRejectMentor,
  TReport,
  TReportAction,
  TRevenueReport,
  TSuspensionResult,
} from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

/** Admin endpoints; every call carries the admin's session headers (non-admins get 403). */
type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

const NO_STORE = { cache: 'no-store' } as const;

export const APPLICATIONS_PAGE_SIZE = 10;

/** `GET /admin/mentors?status&cursor&limit` → applications oldest first, with the applicant's email. */
export function listMentorApplications(
  query: { status: TMentorStatus; cursor?: string | null; limit?: number },
  init: TInit = {},
): Promise<TPage<TMentorApplication>> {
  return apiFetch<TPage<TMentorApplication>>('/admin/mentors', {
    ...NO_STORE,
    ...init,
    query: { status: query.status, cursor: query.cursor, limit: query.limit ?? APPLICATIONS_PAGE_SIZE },
  });
}

/** `POST /admin/mentors/{id}/approve` → the approved profile (the mentor is emailed). */
export function approveMentor(id: string, init: TInit = {}): Promise<TMentorProfile> {
  return apiFetch<TMentorProfile>(`/admin/mentors/${encodeURIComponent(id)}/approve`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
  });
}

/** `POST /admin/mentors/{id}/reject` `{reason}` → the rejected profile (the mentor is emailed). */
export function rejectMentor(id: string, body: TRejectMentor, init: TInit = {}): Promise<TMentorProfile> {
  return apiFetch<TMentorProfile>(`/admin/mentors/${encodeURIComponent(id)}/reject`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
    body,
  });
}

/** `GET /admin/funnel?days` → events and distinct visitors per funnel step, in funnel order. */
export function getFunnelReport(days: number, init: TInit = {}): Promise<TFunnelReport> {
  return apiFetch<TFunnelReport>('/admin/funnel', { ...NO_STORE, ...init, query: { days } });
}

/** `GET /admin/reports` → the moderation queue: open reports first, newest first within each. */
export function listReports(init: TInit = {}): Promise<{ items: TAdminReport[] }> {
  return apiFetch<{ items: TAdminReport[] }>('/admin/reports', { ...NO_STORE, ...init });
}

/** `POST /admin/reports/{id}/resolve` `{action}` → the report; every open report of its target is resolved alike. */
export function resolveReport(id: string, action: TReportAction, init: TInit = {}): Promise<TReport> {
  return apiFetch<TReport>(`/admin/reports/${encodeURIComponent(id)}/resolve`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
    body: { action },
  });
}

/** `POST /admin/reports/{id}/restore` → the report; its hidden target is public again. */
export function restoreReport(id: string, init: TInit = {}): Promise<TReport> {
  return apiFetch<TReport>(`/admin/reports/${encodeURIComponent(id)}/restore`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
  });
}

export const USERS_PAGE_SIZE = 25;

/** `GET /admin/users?q&cursor&limit` → accounts newest first; `q` matches part of the email or name. */
export function listUsers(
  query: { q?: string | null; cursor?: string | null; limit?: number },
  init: TInit = {},
): Promise<TPage<TAdminUser>> {
  return apiFetch<TPage<TAdminUser>>('/admin/users', {
    ...NO_STORE,
    ...init,
    query: { q: query.q || undefined, cursor: query.cursor, limit: query.limit ?? USERS_PAGE_SIZE },
  });
}

/** `POST /admin/users/{id}/suspend` `{reason}` → the account and how many bookings were cancelled. */
export function suspendUser(id: string, reason: string, init: TInit = {}): Promise<TSuspensionResult> {
  return apiFetch<TSuspensionResult>(`/admin/users/${encodeURIComponent(id)}/suspend`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
    body: { reason },
  });
}

/** `POST /admin/users/{id}/unsuspend` → the account, active again. */
export function unsuspendUser(id: string, init: TInit = {}): Promise<TAdminUser> {
  return apiFetch<TAdminUser>(`/admin/users/${encodeURIComponent(id)}/unsuspend`, {
    ...NO_STORE,
    ...init,
    method: 'POST',
  });
}

/** `GET /admin/revenue?days` → per currency totals and every UTC day of the window. */
export function getRevenueReport(days: number, init: TInit = {}): Promise<TRevenueReport> {
  return apiFetch<TRevenueReport>('/admin/revenue', { ...NO_STORE, ...init, query: { days } });
}
