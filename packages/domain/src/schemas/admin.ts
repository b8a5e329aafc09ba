import { z } from 'zod';
import { MENTOR_STATUSES, ROLES } from '../enums';
import { ZIsoDateTime, ZUuid } from './common';

export const SUSPENSION_REASON_MAX = 2000;

/** `GET /admin/users?q&cursor&limit`: newest accounts first, `q` matches email or name. */
export const ZAdminUsersQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type TAdminUsersQuery = z.infer<typeof ZAdminUsersQuerySchema>;

/** `POST /admin/users/{id}/suspend` */
export const ZSuspendUserSchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the account is suspended')
    .max(SUSPENSION_REASON_MAX, `At most ${SUSPENSION_REASON_MAX} characters`),
});
export type TSuspendUser = z.infer<typeof ZSuspendUserSchema>;

export const USER_STATUSES = ['active', 'suspended'] as const;
export type TUserStatus = (typeof USER_STATUSES)[number];

/** An account as the admin users list shows it. */
export const ZAdminUserSchema = z.object({
  id: ZUuid,
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  status: z.enum(USER_STATUSES),
  createdAt: ZIsoDateTime,
  /** Present while suspended. */
  suspension: z.object({ reason: z.string(), suspendedAt: ZIsoDateTime }).optional(),
  mentorProfile: z.object({ id: ZUuid, slug: z.string(), status: z.enum(MENTOR_STATUSES) }).optional(),
});
export type TAdminUser = z.infer<typeof ZAdminUserSchema>;

/** What a suspension did (answer of POST /admin/users/{id}/suspend), beside the account. */
export interface TSuspensionResult {
  user: TAdminUser;
  /** Bookings cancelled by this call (0 when the account was already suspended). */
  cancelledBookings: number;
}

export const REVENUE_WINDOWS = [7, 30, 90] as const;

/** `GET /admin/revenue?days=7|30|90` (default 30). */
export const ZRevenueQuerySchema = z.strictObject({
  days: z.coerce
    .number()
    .int()
    .refine((d) => (REVENUE_WINDOWS as readonly number[]).includes(d), 'One of 7, 30 or 90')
    .default(30),
});
export type TRevenueQuery = z.infer<typeof ZRevenueQuerySchema>;

/** Money figures of one currency (integer minor units). */
export interface TRevenueFigures {
  /** Payments taken (paid in the window), before any refund. */
  gross: number;
  /** The platform's fee on those payments. */
  platformFees: number;
  /** Money returned to mentees (refunds made in the window). */
  refunds: number;
  /** The platform fee's share of those refunds (see feeShareOfRefund). */
  refundedFees: number;
  /** platformFees − refundedFees. */
  netRevenue: number;
  /** Bookings paid in the window. */
  paidBookings: number;
}

export interface TRevenueReport {
  days: number;
  /** Start of the first UTC day of the window. */
  from: string;
  to: string;
  /** One entry per currency with any money in the window, in code order. */
  currencies: (TRevenueFigures & {
    currency: string;
    /** Every UTC day of the window, oldest first, zeros included. */
    series: (TRevenueFigures & { date: string })[];
  })[];
}

/** `GET /mentors/me/earnings`: the mentor's money per currency and the latest paid bookings. */
export interface TMentorEarnings {
  currencies: {
    currency: string;
    /** The mentor's share of sessions held or due (past, completed, no-show, late-cancel kept part). */
    earned: number;
    /** The mentor's share of confirmed sessions still to come. */
    upcoming: number;
    /** Returned to mentees from this mentor's paid bookings. */
    refunded: number;
    paidBookings: number;
  }[];
  recent: {
    bookingId: string;
    menteeName: string;
    startsAt: string;
    status: string;
    currency: string;
    amount: number;
    platformFee: number;
    refunded: number;
    /** What the mentor keeps from this booking (or will, once it takes place). */
    mentorShare: number;
    paidAt: string;
  }[];
}
