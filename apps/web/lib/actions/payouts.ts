'use server';

import { ZPayoutOnboardingSchema } from '@ladder/domain';
import { startPayoutOnboarding } from '@/lib/api/payouts';
import { callWithSession } from '@/lib/api/server-session';
import { tooManyAttemptsMessage, UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE } from '@/lib/forms';

export type TPayoutOnboardingResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * Asks the API for a Stripe onboarding link (it creates the mentor's connected account the first
 * time). The browser then leaves for Stripe; Stripe sends the mentor back to the payouts page.
 */
export async function startPayoutOnboardingAction(): Promise<TPayoutOnboardingResult> {
  const result = await callWithSession((headers) => startPayoutOnboarding({ headers }));
  if (result.ok) {
    const parsed = ZPayoutOnboardingSchema.safeParse(result.data);
    return parsed.success && /^https?:\/\//.test(parsed.data.url)
      ? { ok: true, url: parsed.data.url }
      : { ok: false, message: UNEXPECTED_MESSAGE };
  }
  const error = result.error;
  if (error.status === 401) return { ok: false, message: 'Your session has ended. Please sign in again.' };
  if (error.code === 'payouts_unavailable')
    return {
      ok: false,
      message: 'Payouts are off in demo mode: no money moves, so there is nothing to connect.',
    };
  if (error.status === 429) return { ok: false, message: tooManyAttemptsMessage(error.retryAfterSeconds) };
  if (error.isUnreachable) return { ok: false, message: UNREACHABLE_MESSAGE };
  return { ok: false, message: UNEXPECTED_MESSAGE };
}
