import type { TChangeEmail, TChangePassword, TDeleteAccount, TUpdateMe } from '@ladder/domain';
import type { TMe } from './auth';
import { apiFetch, apiUrl, type TApiRequestInit } from './client';

/*
 * The signed-in user's own account (PATCH/DELETE /me, POST /me/password, GET /me/export). Calls
 * made on someone's behalf from the server pass `sessionHeaders()` in `init.headers`.
 */
type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

const NO_STORE = { cache: 'no-store' } as const;

/** `PATCH /me` → 200 the user; 400 `validation_failed` (unknown zone, empty name). */
export function updateMe(body: TUpdateMe, init: TInit = {}): Promise<TMe> {
  return apiFetch<TMe>('/me', { ...NO_STORE, ...init, method: 'PATCH', body });
}

/** `POST /me/password` → 204; 422 `wrong_password` or `no_password`; 429 `rate_limited`. */
export function changePassword(body: TChangePassword, init: TInit = {}): Promise<void> {
  return apiFetch<void>('/me/password', { ...NO_STORE, ...init, method: 'POST', body });
}

/**
 * `POST /me/email` → 202 (the same whether or not the address has an account); 422
 * `wrong_password`, `no_password` or `same_email`; 429 `rate_limited`.
 */
export function requestEmailChange(body: TChangeEmail, init: TInit = {}): Promise<void> {
  return apiFetch<void>('/me/email', { ...NO_STORE, ...init, method: 'POST', body });
}

/** `POST /me/email/confirm` → 200 the user; 400 `invalid_token` / `token_expired`; 409 `email_taken`. */
export function confirmEmailChange(token: string, init: TInit = {}): Promise<TMe> {
  return apiFetch<TMe>('/me/email/confirm', { ...NO_STORE, ...init, method: 'POST', body: { token } });
}

/**
 * `DELETE /me` → 204 and cleared cookies; 422 `wrong_password`, `password_required`,
 * `confirmation_required` or `cannot_delete_admin`.
 */
export function deleteAccount(body: TDeleteAccount, init: TInit = {}): Promise<void> {
  return apiFetch<void>('/me', { ...NO_STORE, ...init, method: 'DELETE', body });
}

/** `GET /me/export`: the raw response (a JSON attachment), for the download route to pass on. */
export function fetchExport(init: TInit = {}): Promise<Response> {
  return fetch(apiUrl('/me/export'), {
    cache: 'no-store',
    headers: { accept: 'application/json, application/problem+json', ...init.headers },
    signal: init.signal ?? AbortSignal.timeout(20_000),
  });
}
