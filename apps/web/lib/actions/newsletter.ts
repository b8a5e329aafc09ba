'use server';

import { ZEmail } from '@ladder/domain';
import { apiFetch, isApiError } from '@/lib/api/client';

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
