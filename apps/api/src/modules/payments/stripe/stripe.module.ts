import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../../availability/availability.module';
import { BookingsModule } from '../../bookings/bookings.module';
import { PaymentProviderModule } from '../payment-provider.module';
import { CheckoutsService } from './checkouts.service';
import { OwedTransfersService } from './owed-transfers.service';
import { PayoutsController } from './payouts.controller';
import { PayoutsService } from './payouts.service';
import { StripeWebhookController } from './stripe-webhook.controller';
import { StripeWebhookService } from './stripe-webhook.service';

/** Stripe's side of payments: webhooks, mentor payouts (Connect) and closing stale checkouts. */
@Module({
  imports: [BookingsModule, PaymentProviderModule, AvailabilityModule],
  controllers: [PayoutsController, StripeWebhookController],
  providers: [StripeWebhookService, PayoutsService, CheckoutsService, OwedTransfersService],
})
export class StripeModule {}
