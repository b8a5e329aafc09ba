export const ROLES = ['mentee', 'mentor', 'admin'] as const;
export type TRole = (typeof ROLES)[number];

export const MENTOR_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const;
export type TMentorStatus = (typeof MENTOR_STATUSES)[number];

export const BOOKING_STATUSES = [
  'held',
  'confirmed',
  'completed',
  'no_show',
  'cancelled',
  'expired',
] as const;
export type TBookingStatus = (typeof BOOKING_STATUSES)[number];

/** Statuses whose time range blocks the mentor's calendar. */
export const ACTIVE_BOOKING_STATUSES = ['held', 'confirmed'] as const satisfies readonly TBookingStatus[];

export const FUNNEL_EVENT_TYPES = [
  'article_view',
  'cta_click',
  'newsletter_subscribed',
  'signup',
  'booking_held',
  'booking_confirmed',
] as const;
export type TFunnelEventType = (typeof FUNNEL_EVENT_TYPES)[number];

export const REPORT_TARGET_TYPES = ['mentor', 'review', 'article', 'message'] as const;
export type TReportTargetType = (typeof REPORT_TARGET_TYPES)[number];
