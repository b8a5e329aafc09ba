import {
  formatMoney,
  minorUnitDigits,
  REVENUE_WINDOWS,
  type TAdminUser,
  type TRevenueFigures,
} from '@ladder/domain';

/**
 * Money for reports: like formatMoney, but 0 is "$0.00" (not "Free") and a negative amount
 * (a window whose refunds outweigh its fees) keeps its sign: "−$7.50". Integers in, no float.
 */
export function formatReportMoney(amount: number, currency: string): string {
  if (amount === 0) {
    const digits = minorUnitDigits(currency);
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
    }).format(0);
  }
  return amount < 0 ? `−${formatMoney(-amount, currency)}` : formatMoney(amount, currency);
}

export type TRevenueWindow = (typeof REVENUE_WINDOWS)[number];

/** The `days` search parameter as one of 7, 30, 90 (default 30). */
export function revenueWindow(raw: string | string[] | undefined): TRevenueWindow {
  const n = Number(Array.isArray(raw) ? raw[0] : raw);
  return REVENUE_WINDOWS.find((d) => d === n) ?? 30;
}

/** A bar's length for `value` out of `max`, in whole per mille (0…1000); integers only. */
export function barPerMille(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.min(1000, Math.max(1, Math.floor((value * 1000) / max)));
}

/** The largest gross of a series (the bars' scale). */
export function maxGross(series: readonly Pick<TRevenueFigures, 'gross'>[]): number {
  return series.reduce((max, d) => Math.max(max, d.gross), 0);
}

/** "Mon 9 Mar" for a UTC date (YYYY-MM-DD); the date is read in UTC, never shifted by a zone. */
export function formatUtcDay(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

export type TBadgeTone = 'neutral' | 'brand' | 'success' | 'warning' | 'danger';

/** The status badge of an account in the admin list. */
export function userStatusBadge(user: Pick<TAdminUser, 'status'>): { label: string; tone: TBadgeTone } {
  return user.status === 'suspended'
    ? { label: 'Suspended', tone: 'danger' }
    : { label: 'Active', tone: 'success' };
}

/** Whether the admin list offers Suspend for this account (never for admins or oneself). */
export function canSuspend(user: Pick<TAdminUser, 'id' | 'roles' | 'status'>, viewerId: string): boolean {
  return user.status === 'active' && user.id !== viewerId && !user.roles.includes('admin');
}

const BOOKING_STATUS_LABELS: Record<string, string> = {
  confirmed: 'Confirmed',
  completed: 'Completed',
  no_show: 'No-show',
  cancelled: 'Cancelled',
};

export function bookingStatusLabel(status: string): string {
  return BOOKING_STATUS_LABELS[status] ?? status;
}
