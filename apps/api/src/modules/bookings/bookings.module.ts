import { Module } from '@nestjs/common';
import { AvailabilityModule } from '../availability/availability.module';
import { PaymentProviderModule } from '../payments/payment-provider.module';
import { PaymentsController } from '../payments/payments.controller';
import { PaymentsService } from '../payments/payments.service';
import { BookingNotifier } from './booking-notifier';
import { BookingReminders } from './booking-reminders';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';

@Module({
  imports: [AvailabilityModule, PaymentProviderModule],
  controllers: [BookingsController, PaymentsController],
  providers: [BookingsService, BookingNotifier, BookingReminders, PaymentsService],
  exports: [BookingsService],
})
export class BookingsModule {}
