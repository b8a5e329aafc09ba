import { apiUrl } from '@/lib/api/client';
import { ACCESS_COOKIE, isDeletion, parseSetCookie, REFRESH_COOKIE } from './cookies';

export type TRefreshOutcome =
  /** New tokens: `setCookies` are the API's Set-Cookie headers, to pass on to the browser as-is. */
  | { kind: 'refreshed'; accessToken: string; refreshToken: string | null; setCookies: string[] }
  /** The API refused the refresh token (expired, revoked, reused): the session is over. */
  | { kind: 'rejected' }
  /** No usable answer (API down, timeout, 5xx, 429): keep the cookies and try again next request. */
  | { kind: 'unavailable' };

export type TRefreshOptions = {
  /** The web origin, sent as `Origin` for the API's CSRF check on cookie-authenticated writes. */
  origin: string;
  /** The visitor's address chain, so per-IP limits on refresh count them and not the web server. */
  forwardedFor?: string | null;
  timeoutMs?: number;
};

/** `POST /auth/refresh` with the refresh cookie, read into an outcome. Never throws. */
export async function requestRefresh(
  refreshToken: string,
  options: TRefreshOptions,
): Promise<TRefreshOutcome> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    cookie: `${REFRESH_COOKIE}=${refreshToken}`,
    origin: options.origin,
  };
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;

  let response: Response;
  try {
    response = await fetch(apiUrl('/auth/refresh'), {
      method: 'POST',
      headers,
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
    });
  } catch {
    return { kind: 'unavailable' };
  }

  if (response.status === 429 || response.status >= 500) return { kind: 'unavailable' };
  if (!response.ok) return { kind: 'rejected' };

  const setCookies = response.headers.getSetCookie();
  const parsed = setCookies.map((header) => parseSetCookie(header));
  const access = parsed.find((c) => c?.name === ACCESS_COOKIE && !isDeletion(c));
  const refresh = parsed.find((c) => c?.name === REFRESH_COOKIE && !isDeletion(c));
  let accessToken = access?.value;
  if (!accessToken) {
    const body: unknown = await response.json().catch(() => undefined);
    if (typeof body === 'object' && body !== null && 'accessToken' in body) {
      accessToken = typeof body.accessToken === 'string' ? body.accessToken : undefined;
    }
  }
  if (!accessToken) return { kind: 'unavailable' };
  return { kind: 'refreshed', accessToken, refreshToken: refresh?.value ?? null, setCookies };
}

/**
 * How long the outcome of one refresh token is shared. The API rotates refresh tokens and treats
 * a second use of an old one as theft, revoking the whole session. A page load fans out into
 * several requests (document, RSC, prefetches) that may all arrive before the browser has the new
 * cookies, each carrying the same old token; they must share one refresh instead of racing.
 */
const SHARE_MS = 10_000;
const shared = new Map<string, { outcome: Promise<TRefreshOutcome>; until: number }>();

/**
 * `requestRefresh`, at most once per refresh token within this server process: concurrent and
 * closely following callers get the same outcome (and so the same new cookies). A failed attempt
 * (`unavailable`) is not remembered, so the next request tries again.
 */
export function refreshSessionOnce(
  refreshToken: string,
  options: TRefreshOptions,
  now: number = Date.now(),
): Promise<TRefreshOutcome> {
  for (const [token, entry] of shared) if (entry.until <= now) shared.delete(token);
  const hit = shared.get(refreshToken);
  if (hit) return hit.outcome;
  const outcome = requestRefresh(refreshToken, options);
  shared.set(refreshToken, { outcome, until: now + SHARE_MS });
  void outcome.then((result) => {
    if (result.kind === 'unavailable') shared.delete(refreshToken);
  });
  return outcome;
}
