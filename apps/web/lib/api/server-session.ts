import 'server-only';
import { cookies, headers } from 'next/headers';
import { sessionCookieHeader } from '@/lib/auth/cookies';
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
