import 'server-only';
import { cookies, headers } from 'next/headers';
import { settle, type TResult } from '@/lib/api/client';
import { sessionCookieHeader } from '@/lib/auth/cookies';
import { problemOf, type TActionResult } from '@/lib/mentor/action-result';
import { webOrigin } from '@/lib/site';

/**
 * Headers for an API call made from the server on behalf of the visitor: their session cookies
 * (only Ladder's own), `Origin` for the API's CSRF check on writes, and the client address so the
 * API's per-IP rate limits count the visitor rather than the web server (when it trusts the proxy).
 */
export async function sessionHeaders(): Promise<Record<string, string>> {
  const [jar, incoming] = await Promise.all([cookies(), headers()]);
  const out: Record<string, string> = { origin: webOrigin() };
  const cookie = sessionCookieHeader(jar.getAll());
  if (cookie) out.cookie = cookie;
  const forwardedFor = incoming.get('x-forwarded-for');
  if (forwardedFor) out['x-forwarded-for'] = forwardedFor;
  return out;
}

/**
 * The plumbing of the server actions: makes `call` with the visitor's `sessionHeaders()` and
 * returns its ApiError as a result instead of throwing it. Anything else is still thrown.
 */
export function callWithSession<T>(
  call: (headers: Record<string, string>) => Promise<T>,
): Promise<TResult<T>> {
  return settle(sessionHeaders().then(call));
}

/** `callWithSession` answering a `TActionResult`, whose plain-object problem can reach the browser. */
export async function actionWithSession<T>(
  call: (headers: Record<string, string>) => Promise<T>,
): Promise<TActionResult<T>> {
  const result = await callWithSession(call);
  return result.ok ? result : { ok: false, problem: problemOf(result.error) };
}
