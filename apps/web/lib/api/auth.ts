import type { TForgotPassword, TLogin, TRegister, TResetPassword, TUser } from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

/** `GET /me`: the user plus whether their email address is confirmed. */
export type TMe = TUser & { emailVerified: boolean; hasPassword?: boolean };

export type TSessionAnswer = { user: TMe; accessToken: string };

/**
 * Headers for calls made on someone's behalf from the server (session cookie, Origin). Browser
 * calls need none: they go through the same-origin rewrite and the browser adds both itself.
 */
type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

const NO_STORE = { cache: 'no-store' } as const;

/** Sign-in pages ask for the providers on every render: never let a slow API hold them up long. */
const PROVIDERS_TIMEOUT_MS = 2_000;

/** `POST /auth/register` → 201, sets the session cookies. 409 `email_taken`, 400 `validation_failed`. */
export function register(body: TRegister, init: TInit = {}): Promise<TSessionAnswer> {
  return apiFetch<TSessionAnswer>('/auth/register', { ...NO_STORE, ...init, method: 'POST', body });
}

/** `POST /auth/login` → 200, sets the session cookies. 401 `invalid_credentials`, 429 `rate_limited`. */
export function login(body: TLogin, init: TInit = {}): Promise<TSessionAnswer> {
  return apiFetch<TSessionAnswer>('/auth/login', { ...NO_STORE, ...init, method: 'POST', body });
}

/** `POST /auth/logout` → 204 and cleared cookies; revokes the refresh token's family. */
export function logout(init: TInit = {}): Promise<void> {
  return apiFetch<void>('/auth/logout', { ...NO_STORE, ...init, method: 'POST' });
}

/** `GET /auth/providers` (public) → `{ providers: ['github'] }` when GitHub sign-in is configured. */
export function getAuthProviders(init: TInit = {}): Promise<{ providers: string[] }> {
  return apiFetch<{ providers: string[] }>('/auth/providers', {
    ...NO_STORE,
    timeoutMs: PROVIDERS_TIMEOUT_MS,
    ...init,
  });
}

/** `GET /me` → the signed-in user; ApiError 401 when there is no valid access token. */
export function getMe(init: TInit = {}): Promise<TMe> {
  return apiFetch<TMe>('/me', { ...NO_STORE, ...init });
}

/** `POST /auth/verify-email` → 200 `{user}`; 400 `invalid_token` when expired, used or unknown. */
export function verifyEmail(token: string, init: TInit = {}): Promise<{ user: TMe }> {
  return apiFetch<{ user: TMe }>('/auth/verify-email', {
    ...NO_STORE,
    ...init,
    method: 'POST',
    body: { token },
  });
}

/** `POST /auth/verify-email/resend` (signed in) → 202. */
export function resendVerification(init: TInit = {}): Promise<void> {
  return apiFetch<void>('/auth/verify-email/resend', { ...NO_STORE, ...init, method: 'POST' });
}

/** `POST /auth/forgot-password` → 202, the same answer whether or not the account exists. */
export function forgotPassword(body: TForgotPassword, init: TInit = {}): Promise<void> {
  return apiFetch<void>('/auth/forgot-password', { ...NO_STORE, ...init, method: 'POST', body });
}

/** `POST /auth/reset-password` → 204; 400 `invalid_token` or `validation_failed`. */
export function resetPassword(body: TResetPassword, init: TInit = {}): Promise<void> {
  return apiFetch<void>('/auth/reset-password', { ...NO_STORE, ...init, method: 'POST', body });
}
