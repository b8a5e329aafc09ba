import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AvailabilityModule } from '../availability/availability.module';
import { OfflinePaymentProvider } from '../payments/offline.provider';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payments/payment-provider';
import { PaymentsController } from '../payments/payments.controller';
import { PaymentsService } from '../payments/payments.service';
import { BookingNotifier } from './booking-notifier';
import { BookingReminders } from './booking-reminders';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';

function paymentProvider(config: AppConfig): PaymentProvider {
  if (config.payments.provider === 'offline') return new OfflinePaymentProvider(config.http.webUrl);
  throw new Error(
    'PAYMENTS_PROVIDER=stripe is not available in this build yet; unset it to use offline payments',
  );
}

@Module({
  imports: [AvailabilityModule],
  controllers: [BookingsController, PaymentsController],
  providers: [
    BookingsService,
    BookingNotifier,
    BookingReminders,
    PaymentsService,
    { provide: PAYMENT_PROVIDER, inject: [APP_CONFIG], useFactory: paymentProvider },
  ],
  exports: [BookingsService],
})
export class BookingsModule {}
