'use server';

import { ZVerifyEmailSchema } from '@ladder/domain';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { logout, resendVerification, verifyEmail } from '@/lib/api/auth';
import { isApiError } from '@/lib/api/client';
import { callWithSession } from '@/lib/api/server-session';
import { SESSION_COOKIES } from '@/lib/auth/cookies';
import { tooManyAttemptsMessage, UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE } from '@/lib/forms';
import { webOrigin } from '@/lib/site';

/*
 * Account actions that need the session. They run on the web server, which forwards the visitor's
 * cookies to the API (with Origin, for its CSRF check). Going through a page POST also means
 * proxy.ts has refreshed an expired access token first. Server actions are public endpoints; Next
 * only accepts them from our own origin, and the API checks the session on every call.
 */

/** Sign out: end the session at the API, drop the cookies here, go home. */
export async function signOut(): Promise<void> {
  const result = await callWithSession((headers) => logout({ headers }));
  // The cookies go either way: an unreachable API must not keep anyone signed in on this browser.
  if (!result.ok) {
    console.error('Sign-out: the API did not confirm the logout', result.error.status, result.error.code);
  }
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect('/');
}

export type TResendState =
  | { status: 'idle' }
  | { status: 'sent' }
  | { status: 'failed'; message: string; signedOut?: boolean };

/** Send a fresh confirmation link to the signed-in user. */
export async function resendVerificationEmail(
  _previous: TResendState,
  _form: FormData,
): Promise<TResendState> {
  const result = await callWithSession((headers) => resendVerification({ headers }));
  if (result.ok) return { status: 'sent' };
  const { error } = result;
  if (error.status === 401) {
    return {
      status: 'failed',
      message: 'Your session has ended. Sign in again to get a new link.',
      signedOut: true,
    };
  }
  if (error.status === 429)
    return { status: 'failed', message: tooManyAttemptsMessage(error.retryAfterSeconds) };
  if (error.isUnreachable) return { status: 'failed', message: UNREACHABLE_MESSAGE };
  return { status: 'failed', message: UNEXPECTED_MESSAGE };
}

export type TConfirmEmailResult =
  | { status: 'verified'; email: string }
  | { status: 'invalid' }
  | { status: 'failed' };

/**
 * Confirm an email address with the token from the link. Called by the verify-email page once it
 * is running in the browser, so link scanners that fetch the page without running it cannot use up
 * the token. Needs no session: the token itself is the proof.
 */
export async function confirmEmail(token: string): Promise<TConfirmEmailResult> {
  const parsed = ZVerifyEmailSchema.safeParse({ token });
  if (!parsed.success) return { status: 'invalid' };
  try {
    const { user } = await verifyEmail(parsed.data.token, { headers: { origin: webOrigin() } });
    return { status: 'verified', email: user.email };
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (error.code === 'invalid_token' || error.code === 'validation_failed') return { status: 'invalid' };
    return { status: 'failed' };
  }
}
