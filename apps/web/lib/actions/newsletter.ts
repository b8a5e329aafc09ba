'use server';

import { ZEmail } from '@ladder/domain';
import { type ApiError, apiFetch, isApiError } from '@/lib/api/client';
import { tooManyAttemptsMessage, UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE } from '@/lib/forms';

export type TNewsletterState =
  | { status: 'idle' }
  | { status: 'subscribed'; email: string }
  | { status: 'invalid'; message: string; email: string }
  | { status: 'failed'; message: string; email: string };

/**
 * Subscribes an email through the API (`POST /newsletter/subscriptions`). Runs on the server, so
 * it works without JavaScript and without the browser needing to reach the API directly.
 */
export async function subscribeToNewsletter(
  _previous: TNewsletterState,
  formData: FormData,
): Promise<TNewsletterState> {
  const raw = formData.get('email');
  const email = typeof raw === 'string' ? raw : '';
  const parsed = ZEmail.safeParse(email);
  if (!parsed.success) {
    return { status: 'invalid', message: 'Enter an email address like you@example.com.', email };
  }
  try {
    await apiFetch<void>('/newsletter/subscriptions', {
      method: 'POST',
      body: { email: parsed.data },
      cache: 'no-store',
    });
    return { status: 'subscribed', email: parsed.data };
  } catch (error) {
    if (isApiError(error) && error.code === 'validation_failed') {
      return { status: 'invalid', message: 'Enter an email address like you@example.com.', email };
    }
    if (isApiError(error) && error.status === 429) {
      return { status: 'failed', message: 'Too many attempts. Please wait a minute and try again.', email };
    }
    return {
      status: 'failed',
      message: 'We couldn’t subscribe you right now. Please try again shortly.',
      email,
    };
  }
}

/*
 * The links in newsletter emails. Both calls need no session: the token in the link is the proof.
 * Neither runs when a page is merely fetched — link scanners open every URL in an email — so a
 * token is only spent by a browser that runs the page (confirm) or by a click (unsubscribe).
 */

/** Tokens are opaque to the web app; this only keeps obvious junk away from the API. */
const MAX_TOKEN_LENGTH = 512;

function readToken(value: unknown): string | null {
  const token = typeof value === 'string' ? value.trim() : '';
  return token !== '' && token.length <= MAX_TOKEN_LENGTH ? token : null;
}

/** A link the API does not know, already used or expired (or a token it refuses outright). */
function isInvalidToken(error: ApiError): boolean {
  return error.code === 'invalid_token' || error.code === 'validation_failed';
}

/** What to tell the reader when the API was busy, unreachable or broken: the link still works. */
function failureMessage(error: ApiError): string {
  if (error.status === 429) return tooManyAttemptsMessage(error.retryAfterSeconds);
  if (error.isUnreachable) return UNREACHABLE_MESSAGE;
  return UNEXPECTED_MESSAGE;
}

export type TConfirmNewsletterResult =
  | { status: 'confirmed'; email: string }
  | { status: 'invalid' }
  | { status: 'failed'; message: string };

/**
 * Confirms a subscription with the token from the confirmation email
 * (`POST /newsletter/confirm` → `{ status: 'confirmed', email }`; 400 `invalid_token`). Called by
 * the confirm page once it runs in the browser, like the verify-email page, so a scanner that only
 * fetches the link cannot subscribe anyone.
 */
export async function confirmNewsletterSubscription(token: string): Promise<TConfirmNewsletterResult> {
  const value = readToken(token);
  if (value === null) return { status: 'invalid' };
  try {
    const { email } = await apiFetch<{ status: 'confirmed'; email: string }>('/newsletter/confirm', {
      method: 'POST',
      body: { token: value },
      cache: 'no-store',
    });
    return { status: 'confirmed', email };
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (isInvalidToken(error)) return { status: 'invalid' };
    return { status: 'failed', message: failureMessage(error) };
  }
}

export type TUnsubscribeState =
  | { status: 'idle' }
  | { status: 'unsubscribed' }
  | { status: 'invalid' }
  | { status: 'failed'; message: string };

/**
 * The unsubscribe page's button (`POST /newsletter/unsubscribe` → `{ status: 'unsubscribed' }`;
 * 400 `invalid_token`). A form action, so it works without JavaScript; the token comes from the
 * form's hidden field.
 */
export async function unsubscribeFromNewsletter(
  _previous: TUnsubscribeState,
  formData: FormData,
): Promise<TUnsubscribeState> {
  const token = readToken(formData.get('token'));
  if (token === null) return { status: 'invalid' };
  try {
    await apiFetch<{ status: 'unsubscribed' }>('/newsletter/unsubscribe', {
      method: 'POST',
      body: { token },
      cache: 'no-store',
    });
    return { status: 'unsubscribed' };
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (isInvalidToken(error)) return { status: 'invalid' };
    return { status: 'failed', message: failureMessage(error) };
  }
}
