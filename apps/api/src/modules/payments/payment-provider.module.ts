import { Module } from '@nestjs/common';
import type Stripe from 'stripe';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { OfflinePaymentProvider } from './offline.provider';
import { PAYMENT_PROVIDER, type PaymentProvider } from './payment-provider';
import { createStripeClient, STRIPE_CLIENT } from './stripe/stripe.client';
import { StripePaymentProvider } from './stripe/stripe.provider';

function paymentProvider(config: AppConfig, stripe: Stripe | null): PaymentProvider {
  if (config.payments.provider === 'offline') return new OfflinePaymentProvider(config.http.webUrl);
  if (!stripe) throw new Error('PAYMENTS_PROVIDER=stripe needs STRIPE_SECRET_KEY');
  return new StripePaymentProvider(stripe, config.http.webUrl);
}

/** The configured payment provider (PAYMENTS_PROVIDER) and, for Stripe, the SDK client. */
@Module({
  providers: [
    { provide: STRIPE_CLIENT, inject: [APP_CONFIG], useFactory: createStripeClient },
    { provide: PAYMENT_PROVIDER, inject: [APP_CONFIG, STRIPE_CLIENT], useFactory: paymentProvider },
  ],
  exports: [STRIPE_CLIENT, PAYMENT_PROVIDER],
})
export class PaymentProviderModule {}
