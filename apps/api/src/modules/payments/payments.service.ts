import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { loadBooking, presentBooking, type TBookingView } from '../bookings/booking-view';
import { BookingsService } from '../bookings/bookings.service';

@Injectable()
export class PaymentsService {
  constructor(
    private readonly db: DataSource,
    private readonly bookings: BookingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Demo payment: the booking's mentee "pays" a live hold, which confirms it. */
  async payOffline(user: AuthUser, bookingId: string): Promise<TBookingView> {
    if (this.config.payments.provider !== 'offline') throw AppError.notFound('Route');
    const booking = await loadBooking(this.db.manager, bookingId);
    if (!booking || booking.mentee_id !== user.id) throw AppError.notFound('Booking');
    const confirmed = await this.bookings.confirmPaid(bookingId, {
      provider: 'offline',
      providerRef: `offline_${bookingId}`,
    });
    return presentBooking(confirmed);
  }
}
