import { ZEmail } from '@ladder/domain';

const BASE = 'http://ladder.invalid';

/**
 * The `next` parameter made safe to redirect to: a path on this site, starting with exactly one
 * `/`. Anything that could leave the site — `//evil.com`, `/\evil.com`, `https://evil.com`,
 * `javascript:…`, control characters that browsers strip — gives `fallback` instead. The result is
 * normalised by the URL parser (`/a/../b` → `/b`), so what is checked is what the browser would load.
 */
export function safeNextPath(raw: unknown, fallback = '/'): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || value === '') return fallback;
  // Browsers treat a backslash like a slash and silently drop tabs and newlines in URLs.
  if (
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\') ||
    hasControlCharacter(value)
  ) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith('//') ? fallback : path;
}

/** `/sign-in?next=%2Fdashboard`, or plain `/sign-in` when the destination is the home page. */
export function signInHref(next?: string | null): string {
  return withNext('/sign-in', next);
}

/** `/sign-up?next=…`, keeping the destination when people switch between the two forms. */
export function signUpHref(next?: string | null): string {
  return withNext('/sign-up', next);
}

function withNext(page: string, next: string | null | undefined): string {
  const safe = safeNextPath(next, '/');
  return safe === '/' ? page : `${page}?${new URLSearchParams({ next: safe })}`;
}

/**
 * An email address carried between the account forms (`?email=`), or null when it is missing or
 * not a valid address. Only the address ever travels in a URL, never a password.
 */
export function carriedEmail(raw: unknown): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const parsed = ZEmail.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** `/forgot-password?email=…` with the address typed on the sign-in form, when it is one. */
export function forgotPasswordHref(email?: string | null): string {
  const valid = carriedEmail(email);
  return valid === null ? '/forgot-password' : `/forgot-password?${new URLSearchParams({ email: valid })}`;
}

const ACCOUNT_PAGES = ['/sign-in', '/sign-up', '/forgot-password', '/reset-password'];

/**
 * Where to send someone who has just signed in or up: a safe `next`, but never back to an account
 * form (a signed-in visitor is redirected away from those, so that would loop).
 */
export function afterAuthPath(raw: unknown, fallback: string): string {
  const path = safeNextPath(raw, fallback);
  const pathname = path.split(/[?#]/, 1)[0] ?? path;
  return ACCOUNT_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`)) ? fallback : path;
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code <= 0x1f || code === 0x7f) return true;
  }
  return false;
}
