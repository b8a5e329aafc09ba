import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { AppError } from '../../common/errors/app-error';
import type { TBookingView } from '../bookings/booking-view';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@ApiBearerAuth()
@Controller('payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post('offline/:bookingId/pay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Offline (demo) payment of a live hold by its mentee; only with PAYMENTS_PROVIDER=offline',
  })
  pay(
    @CurrentUser() user: AuthUser,
    @Param('bookingId', new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Booking') }))
    bookingId: string,
  ): Promise<TBookingView> {
    return this.payments.payOffline(user, bookingId);
  }
}
