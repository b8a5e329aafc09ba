import { payoutStatusOf, type TPayoutOnboarding, type TPayoutStatus } from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import type Stripe from 'stripe';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/auth-user';
import { AppError } from '../../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { RateLimitService } from '../../rate-limit/rate-limit.service';
import { STRIPE_CLIENT } from './stripe.client';

interface PayoutRow {
  id: string;
  stripe_account_id: string | null;
  stripe_charges_enabled: boolean;
  stripe_payouts_enabled: boolean;
  stripe_details_submitted: boolean;
}

const PAYOUT_COLUMNS =
  'id, stripe_account_id, stripe_charges_enabled, stripe_payouts_enabled, stripe_details_submitted';

/** Where Stripe sends the mentor back from onboarding (and where an expired link is renewed). */
export const payoutsPageUrl = (webUrl: string, state: 'return' | 'refresh') =>
  `${webUrl}/dashboard/mentor/payouts?onboarding=${state}`;

/**
 * Mentor payouts through Stripe Connect Express: one connected account per mentor profile,
 * created on the first onboarding request; its flags follow `account.updated` webhooks.
 */
@Injectable()
export class PayoutsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STRIPE_CLIENT) private readonly stripe: Stripe | null,
    private readonly rateLimits: RateLimitService,
  ) {}

  async status(user: AuthUser): Promise<TPayoutStatus> {
    const rows: PayoutRow[] = await this.db.query(
      `SELECT ${PAYOUT_COLUMNS} FROM mentor_profiles WHERE user_id = $1`,
      [user.id],
    );
    const row = rows[0];
    if (!row) throw AppError.notFound('Mentor profile');
    return present(this.config.payments.provider, row);
  }

  /**
   * The URL of Stripe's hosted onboarding for the caller's connected account, created once: the
   * profile row is locked meanwhile and the creation carries an idempotency key, so two calls
   * (even racing) make one account.
   */
  async startOnboarding(user: AuthUser): Promise<TPayoutOnboarding> {
    const stripe = this.stripe;
    const profile = await this.db.transaction(async (m) => {
      const rows: PayoutRow[] = await m.query(
        `SELECT ${PAYOUT_COLUMNS} FROM mentor_profiles WHERE user_id = $1 FOR UPDATE`,
        [user.id],
      );
      const row = rows[0];
      if (!row) throw AppError.notFound('Mentor profile');
      if (!stripe) {
        throw AppError.conflict(
          'payouts_unavailable',
          'Payouts are in demo mode',
          'Payments run in offline demo mode (PAYMENTS_PROVIDER=offline): no money moves and no payout account is needed.',
        );
      }
      if (row.stripe_account_id) return row;
      await this.rateLimits.hit({ name: 'payouts-onboarding', limit: 10, windowSeconds: 3600 }, user.id);
      const account = await stripe.accounts.create(
        {
          type: 'express',
          email: user.email,
          capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
          business_profile: { product_description: 'Mentoring sessions for software engineers on Ladder' },
          metadata: { mentorProfileId: row.id, userId: user.id },
        },
        { idempotencyKey: `connect-account:${row.id}` },
      );
      await m.query(
        `UPDATE mentor_profiles SET stripe_account_id = $2, stripe_charges_enabled = $3, stripe_payouts_enabled = $4,
                stripe_details_submitted = $5, updated_at = now() WHERE id = $1`,
        [
          row.id,
          account.id,
          account.charges_enabled === true,
          account.payouts_enabled === true,
          account.details_submitted === true,
        ],
      );
      return { ...row, stripe_account_id: account.id };
    });
    await this.rateLimits.hit({ name: 'payouts-link', limit: 30, windowSeconds: 3600 }, user.id);
    const link = await stripe!.accountLinks.create({
      account: profile.stripe_account_id!,
      type: 'account_onboarding',
      refresh_url: payoutsPageUrl(this.config.http.webUrl, 'refresh'),
      return_url: payoutsPageUrl(this.config.http.webUrl, 'return'),
    });
    return { url: link.url };
  }
}

function present(provider: 'offline' | 'stripe', row: PayoutRow): TPayoutStatus {
  if (provider === 'offline') {
    return {
      provider,
      status: 'not_connected',
      chargesEnabled: false,
      payoutsEnabled: false,
      detailsSubmitted: false,
    };
  }
  return {
    provider,
    status: payoutStatusOf({
      accountId: row.stripe_account_id,
      chargesEnabled: row.stripe_charges_enabled,
      payoutsEnabled: row.stripe_payouts_enabled,
    }),
    chargesEnabled: row.stripe_charges_enabled,
    payoutsEnabled: row.stripe_payouts_enabled,
    detailsSubmitted: row.stripe_details_submitted,
  };
}
