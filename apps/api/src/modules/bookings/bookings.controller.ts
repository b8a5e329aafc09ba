import {
  type TCancelBooking,
  type TCreateBooking,
  type TListBookingsQuery,
  type TRescheduleBooking,
  ZCancelBookingSchema,
  ZCreateBookingSchema,
  ZListBookingsQuerySchema,
  ZRescheduleBookingSchema,
} from '@ladder/domain';
import { Controller, Get, Header, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '../../common/decorators/zod.decorators';
import { AppError } from '../../common/errors/app-error';
import type { TBookingView } from './booking-view';
import { BookingsService } from './bookings.service';

const bookingId = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Booking') });

@ApiTags('bookings')
@ApiBearerAuth()
@Controller('bookings')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Book a free slot: confirmed when free, else held with a checkout URL' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retries with the same key and body return the same booking',
  })
  @ApiZodBody(ZCreateBookingSchema)
  create(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZCreateBookingSchema) body: TCreateBooking,
    @Headers('Idempotency-Key') idempotencyKey?: string,
  ): Promise<TBookingView> {
    if (idempotencyKey !== undefined && (idempotencyKey.length < 1 || idempotencyKey.length > 255)) {
      throw AppError.validation([{ path: 'Idempotency-Key', message: 'Must be 1 to 255 characters' }]);
    }
    return this.bookings.create(user, body, idempotencyKey);
  }

  @Get()
  @ApiZodQuery(ZListBookingsQuerySchema)
  list(
    @CurrentUser() user: AuthUser,
    @ZodQuery(ZListBookingsQuerySchema) query: TListBookingsQuery,
  ): Promise<{ items: TBookingView[] }> {
    return this.bookings.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', bookingId) id: string): Promise<TBookingView> {
    return this.bookings.get(user, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel; the refund follows the cancellation policy' })
  @ApiZodBody(ZCancelBookingSchema)
  cancel(
    @CurrentUser() user: AuthUser,
    @Param('id', bookingId) id: string,
    @ZodBody(ZCancelBookingSchema) body: TCancelBooking,
  ): Promise<TBookingView> {
    return this.bookings.cancel(user, id, body);
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @ApiZodBody(ZRescheduleBookingSchema)
  reschedule(
    @CurrentUser() user: AuthUser,
    @Param('id', bookingId) id: string,
    @ZodBody(ZRescheduleBookingSchema) body: TRescheduleBooking,
  ): Promise<TBookingView> {
    return this.bookings.reschedule(user, id, body.start);
  }

  @Post(':id/no-show')
  @HttpCode(200)
  @ApiOperation({ summary: 'The mentor records that the mentee did not attend (after the start)' })
  noShow(@CurrentUser() user: AuthUser, @Param('id', bookingId) id: string): Promise<TBookingView> {
    return this.bookings.markNoShow(user, id);
  }

  @Get(':id/calendar.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="ladder-session.ics"')
  calendar(@CurrentUser() user: AuthUser, @Param('id', bookingId) id: string): Promise<string> {
    return this.bookings.calendar(user, id);
  }
}
