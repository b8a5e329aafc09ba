import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getMe, type TMe } from '@/lib/api/auth';
import { isApiError, settle } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import { ACCESS_COOKIE } from '@/lib/auth/cookies';
import { signInHref } from '@/lib/auth/redirects';

/**
 * The signed-in user, or null. Asks the API (`GET /me`) with the visitor's cookies, once per
 * request however many components call it. Visitors without an access cookie cost no API call;
 * proxy.ts has already swapped an expired access token for a fresh one when it could.
 *
 * Only a 401 means "signed out". Anything else (API down, 500) is thrown, so a page that needs the
 * user fails loudly instead of pretending nobody is signed in.
 */
export const getCurrentUser = cache(async (): Promise<TMe | null> => {
  const jar = await cookies();
  if (!jar.get(ACCESS_COOKIE)?.value) return null;
  try {
    return await getMe({ headers: await sessionHeaders() });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
});

/** The signed-in user, or a redirect to `/sign-in?next=<nextPath>` that brings them back here. */
export async function requireUser(nextPath: string): Promise<TMe> {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(nextPath));
  return user;
}

/**
 * For chrome such as the header: the user, or null both when signed out and when the API cannot
 * say (then the page still renders, just signed out). Next's own control flow is never swallowed.
 */
export async function currentUserOrNull(): Promise<TMe | null> {
  const result = await settle(getCurrentUser());
  return result.ok ? result.data : null;
}
