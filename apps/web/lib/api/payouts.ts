import type { TPayoutOnboarding, TPayoutStatus } from '@ladder/domain';
import { apiFetch, type TApiRequestInit } from './client';

type TInit = Pick<TApiRequestInit, 'headers' | 'signal'>;

/** `GET /mentors/me/payouts` → the mentor's payout account status (`provider: "offline"` = demo mode). */
export function getPayoutStatus(init: TInit = {}): Promise<TPayoutStatus> {
  return apiFetch<TPayoutStatus>('/mentors/me/payouts', { cache: 'no-store', ...init });
}

/** `POST /mentors/me/payouts/onboarding` → `{url}` of Stripe's hosted onboarding; 409 `payouts_unavailable` offline. */
export function startPayoutOnboarding(init: TInit = {}): Promise<TPayoutOnboarding> {
  return apiFetch<TPayoutOnboarding>('/mentors/me/payouts/onboarding', {
    cache: 'no-store',
    ...init,
    method: 'POST',
  });
}
