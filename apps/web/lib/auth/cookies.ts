/** Session cookies set by the API (httpOnly, path /, SameSite=Lax, Secure in production). */
export const ACCESS_COOKIE = 'ladder_access';
export const REFRESH_COOKIE = 'ladder_refresh';
export const SESSION_COOKIES = [ACCESS_COOKIE, REFRESH_COOKIE] as const;

export type TSetCookie = {
  name: string;
  value: string;
  /** Attribute names lower-cased (`max-age`, `httponly` …); flags have the value ''. */
  attributes: Record<string, string>;
};

/**
 * One `Set-Cookie` header value → name, value and attributes. Returns null for a header without a
 * `name=` pair. The value is kept as sent (the API's tokens are URL-safe, never quoted).
 */
export function parseSetCookie(header: string): TSetCookie | null {
  const [pair = '', ...rest] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq <= 0) return null;
  const name = pair.slice(0, eq).trim();
  if (!name) return null;
  const attributes: Record<string, string> = {};
  for (const part of rest) {
    const at = part.indexOf('=');
    const key = (at === -1 ? part : part.slice(0, at)).trim().toLowerCase();
    if (key) attributes[key] = at === -1 ? '' : part.slice(at + 1).trim();
  }
  return { name, value: pair.slice(eq + 1).trim(), attributes };
}

/** True when a parsed Set-Cookie removes its cookie (empty value, Max-Age ≤ 0 or an Expires in the past). */
export function isDeletion(cookie: TSetCookie, now: Date = new Date()): boolean {
  if (cookie.value === '') return true;
  const maxAge = cookie.attributes['max-age'];
  if (maxAge !== undefined && Number(maxAge) <= 0) return true;
  const expires = cookie.attributes.expires;
  return expires !== undefined && Date.parse(expires) <= now.getTime();
}

/**
 * The `Cookie` header to send to the API for the session: only Ladder's own cookies, so nothing
 * else the browser holds for the web origin (analytics, preferences …) travels to the API.
 */
export function sessionCookieHeader(cookies: readonly { name: string; value: string }[]): string {
  return cookies
    .filter((c) => (SESSION_COOKIES as readonly string[]).includes(c.name) && c.value !== '')
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
}
