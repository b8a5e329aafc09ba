import { getAuthProviders } from '@/lib/api/auth';
import { API_PREFIX, settle } from '@/lib/api/client';
import { safeNextPath } from './redirects';

/** Sign-in providers besides email and password that this web app knows how to offer. */
export const SIGN_IN_PROVIDERS = ['github'] as const;
export type TSignInProvider = (typeof SIGN_IN_PROVIDERS)[number];

/**
 * The providers the API has configured (`GET /auth/providers`), limited to the ones offered here.
 * Empty when the API is unreachable, slow or answers something unexpected: the page then simply
 * offers email and password, never a button that leads nowhere.
 */
export async function loadSignInProviders(): Promise<TSignInProvider[]> {
  const result = await settle(getAuthProviders());
  return result.ok ? knownProviders(result.data) : [];
}

/** `{ providers: ['github', 'gitlab'] }` → `['github']`; anything malformed → `[]`. */
export function knownProviders(body: unknown): TSignInProvider[] {
  const list = typeof body === 'object' && body !== null ? (body as { providers?: unknown }).providers : null;
  if (!Array.isArray(list)) return [];
  return SIGN_IN_PROVIDERS.filter((provider) => list.includes(provider));
}

/**
 * Starts GitHub sign-in: `/api/v1/auth/github?next=%2Fdashboard`. Same-origin through the API
 * rewrite, so the state cookie the API sets (and the session cookies it sets on the way back)
 * belong to this site. `next` goes through the same safe-redirect check as the forms.
 */
export function githubSignInHref(next: unknown): string {
  return `${API_PREFIX}/auth/github?${new URLSearchParams({ next: safeNextPath(next, '/') })}`;
}

/** What the API's GitHub callback can send back as `/sign-in?error=…`. */
export const SIGN_IN_ERRORS = {
  github_failed: {
    title: 'GitHub sign-in failed — please try again',
    detail: 'You can also sign in with your email and password.',
  },
  github_email_unverified: {
    title: 'Your GitHub account has no verified primary email',
    detail:
      'Verify your primary email address on GitHub and try again, or sign in with your email and password.',
  },
  account_suspended: {
    title: 'This account is suspended — contact support',
    detail: 'Signing in is turned off for this account while it is suspended.',
  },
} as const satisfies Record<string, { title: string; detail: string }>;

export type TSignInError = (typeof SIGN_IN_ERRORS)[keyof typeof SIGN_IN_ERRORS];

/** The message for `?error=<code>`, or null for no code or one this page does not know. */
export function signInError(raw: unknown): TSignInError | null {
  const code = Array.isArray(raw) ? raw[0] : raw;
  if (typeof code !== 'string' || !Object.hasOwn(SIGN_IN_ERRORS, code)) return null;
  return SIGN_IN_ERRORS[code as keyof typeof SIGN_IN_ERRORS];
}
