import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Carries the OAuth `state` (CSRF defence) and where to land afterwards, across the GitHub round trip. */
export const OAUTH_STATE_COOKIE = 'ladder_oauth_state';
/** Sent back only to the GitHub routes. */
export const OAUTH_STATE_PATH = '/api/v1/auth/github';
export const OAUTH_STATE_TTL_SECONDS = 10 * 60;

const NEXT_MAX = 2048;
const STATE = /^[A-Za-z0-9_-]{43}$/;

/** 32 random bytes, base64url. */
export function newOAuthState(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Only a path on the web app itself: one leading "/", never "//" or a backslash (which browsers read
 * as another host), no control characters. Anything else becomes "/".
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || next.length > NEXT_MAX) return '/';
  if (!next.startsWith('/') || next.startsWith('//')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return '/';
  const base = 'http://web.invalid';
  try {
    return new URL(next, base).origin === base ? next : '/';
  } catch {
    return '/';
  }
}

export function encodeOAuthState(state: string, next: string): string {
  return `${state}.${Buffer.from(next, 'utf8').toString('base64url')}`;
}

export function decodeOAuthState(cookie: string | undefined): { state: string; next: string } | null {
  if (!cookie) return null;
  const dot = cookie.indexOf('.');
  const state = dot === -1 ? cookie : cookie.slice(0, dot);
  if (!STATE.test(state)) return null;
  const next = dot === -1 ? '/' : Buffer.from(cookie.slice(dot + 1), 'base64url').toString('utf8');
  return { state, next: safeNextPath(next) };
}

/** Constant-time comparison of the state GitHub returned with the one in the cookie. */
export function sameState(expected: string, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
