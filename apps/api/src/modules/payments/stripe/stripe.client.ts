import Stripe from 'stripe';
import type { AppConfig } from '../../../config/env';

/** Injection token for the configured Stripe SDK client (null unless PAYMENTS_PROVIDER=stripe). */
export const STRIPE_CLIENT = Symbol('STRIPE_CLIENT');

/**
 * The real SDK. `STRIPE_API_BASE` moves it to another host (tests run a local fake). Every POST
 * carries an idempotency key, so the SDK's network retries never do a thing twice.
 */
export function createStripeClient(config: AppConfig): Stripe | null {
  const key = config.payments.stripeSecretKey;
  if (config.payments.provider !== 'stripe' || !key) return null;
  return new Stripe(key, {
    ...config.payments.stripeApi,
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'Ladder' },
  });
}

/** Stripe ids come as a string or an expanded object; this is the id either way. */
export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}
