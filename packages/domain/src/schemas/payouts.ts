import { z } from 'zod';

export const PAYOUT_STATUSES = ['not_connected', 'pending', 'enabled'] as const;
export type TPayoutStatusValue = (typeof PAYOUT_STATUSES)[number];

/**
 * GET /mentors/me/payouts. `provider: "offline"` is the demo mode: no money moves and no account
 * can be connected (`status` stays `not_connected`).
 */
export const ZPayoutStatusSchema = z.object({
  provider: z.enum(['offline', 'stripe']),
  status: z.enum(PAYOUT_STATUSES),
  chargesEnabled: z.boolean(),
  payoutsEnabled: z.boolean(),
  detailsSubmitted: z.boolean(),
});
export type TPayoutStatus = z.infer<typeof ZPayoutStatusSchema>;

/** POST /mentors/me/payouts/onboarding: where to send the mentor (Stripe-hosted onboarding). */
export const ZPayoutOnboardingSchema = z.object({ url: z.url() });
export type TPayoutOnboarding = z.infer<typeof ZPayoutOnboardingSchema>;

/** The status a connected account's flags amount to. */
export function payoutStatusOf(account: {
  accountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
}): TPayoutStatusValue {
  if (!account.accountId) return 'not_connected';
  return account.chargesEnabled && account.payoutsEnabled ? 'enabled' : 'pending';
}
