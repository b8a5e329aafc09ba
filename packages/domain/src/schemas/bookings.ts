import { z } from 'zod';
import { BOOKING_STATUSES } from '../enums';
import { ZCurrency, ZIsoDateTime, ZMinorUnits, ZUuid } from './common';

/** POST /bookings */
export const ZCreateBookingSchema = z.strictObject({ offeringId: ZUuid, start: ZIsoDateTime });
export type TCreateBooking = z.infer<typeof ZCreateBookingSchema>;

/** POST /bookings/{id}/cancel */
export const ZCancelBookingSchema = z.strictObject({
  reason: z.string().trim().max(1000, 'At most 1000 characters').optional(),
});
export type TCancelBooking = z.infer<typeof ZCancelBookingSchema>;

/** POST /bookings/{id}/reschedule */
export const ZRescheduleBookingSchema = z.strictObject({ start: ZIsoDateTime });
export type TRescheduleBooking = z.infer<typeof ZRescheduleBookingSchema>;

export const BOOKING_LIST_ROLES = ['mentee', 'mentor'] as const;

/** GET /bookings */
export const ZListBookingsQuerySchema = z.strictObject({ role: z.enum(BOOKING_LIST_ROLES).optional() });
export type TListBookingsQuery = z.infer<typeof ZListBookingsQuerySchema>;

/** The `booking` resource of the HTTP contract. */
export const ZBookingSchema = z.object({
  id: ZUuid,
  mentorId: ZUuid,
  menteeId: ZUuid,
  /** Null for a booking made through Cal.com. */
  offeringId: ZUuid.nullable(),
  status: z.enum(BOOKING_STATUSES),
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
  priceAmount: ZMinorUnits,
  currency: ZCurrency,
  holdExpiresAt: ZIsoDateTime.nullable().optional(),
  checkoutUrl: z.string().nullable().optional(),
  meetingUrl: z.string().nullable().optional(),
  refundAmount: ZMinorUnits.nullable().optional(),
});
export type TBooking = z.infer<typeof ZBookingSchema>;
