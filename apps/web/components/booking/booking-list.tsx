import { formatMoney } from '@ladder/domain';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { TBookingView } from '@/lib/api/bookings';
import { actionBooking, viewerRole } from '@/lib/bookings/booking-lists';
import { dateInZone } from '@/lib/time/calendar-date';
import { formatDateKey, formatTime, zoneName, zoneOffsetLabel } from '@/lib/time/format';
import { BookingActions } from './booking-actions';
import { BookingStatusBadge } from './booking-status-badge';

/**
 * One session in a dashboard list: when (in the viewer's zone), with whom, what, status, actions.
 * `showRole` labels the row "as mentor" / "as mentee": only worth saying to someone who is both.
 */
export function BookingRow({
  booking,
  userId,
  zone,
  upcoming,
  showRole,
}: {
  booking: TBookingView;
  userId: string;
  zone: string;
  upcoming: boolean;
  showRole: boolean;
}) {
  const role = viewerRole(booking, userId);
  const counterpart = role === 'mentee' ? booking.mentor.name : booking.mentee.name;
  const dateKey = dateInZone(booking.startsAt, zone);
  const day = formatDateKey(dateKey);
  const time = `${formatTime(booking.startsAt, zone)} – ${formatTime(booking.endsAt, zone)}`;
  const detailHref = `/dashboard/bookings/${encodeURIComponent(booking.id)}`;
  const awaitingPayment = upcoming && booking.status === 'held' && role === 'mentee';
  const year = dateKey.slice(0, 4);

  return (
    <li className="flex flex-col gap-4 p-4 sm:flex-row sm:items-start sm:gap-5 sm:p-5">
      <div className="flex shrink-0 items-center gap-3 sm:w-20 sm:flex-col sm:items-center sm:gap-0 sm:rounded-lg sm:bg-ink-50 sm:py-2">
        <span className="text-xs font-semibold tracking-wide text-brand-700 uppercase">{day.weekday}</span>
        <span className="text-sm font-semibold text-ink-950 tabular-nums sm:text-base">{day.day}</span>
        {year !== dateInZone(new Date(), zone).slice(0, 4) ? (
          <span className="text-xs text-ink-500 tabular-nums">{year}</span>
        ) : null}
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold text-ink-950">
            <Link href={detailHref} className="hover:text-brand-700 hover:underline">
              {booking.offering.title}
            </Link>
          </h3>
          <BookingStatusBadge status={booking.status === 'held' && !upcoming ? 'expired' : booking.status} />
          {booking.status === 'expired' && booking.refundAmount ? (
            <Badge tone="warning">Refunded</Badge>
          ) : null}
          {showRole ? <Badge tone={role === 'mentor' ? 'brand' : 'neutral'}>as {role}</Badge> : null}
        </div>
        <p className="mt-1 text-sm text-ink-700">
          with{' '}
          {role === 'mentee' ? (
            <Link
              href={`/mentors/${encodeURIComponent(booking.mentor.slug)}`}
              className="font-medium text-ink-900 hover:underline"
            >
              {counterpart}
            </Link>
          ) : (
            <span className="font-medium text-ink-900">{counterpart}</span>
          )}
          {' · '}
          {formatMoney(booking.priceAmount, booking.currency)}
        </p>
        <p className="mt-1 text-sm text-ink-600 tabular-nums">
          {time}{' '}
          <span className="text-ink-500">
            ({zoneName(zone)}, {zoneOffsetLabel(zone, booking.startsAt)})
          </span>
        </p>
        {awaitingPayment ? (
          <p className="mt-2 text-sm font-medium text-warning-700">
            Awaiting payment —{' '}
            <Link
              href={`/checkout/${encodeURIComponent(booking.id)}`}
              className="underline underline-offset-2"
            >
              complete checkout
            </Link>
          </p>
        ) : null}
        {!upcoming && booking.status === 'cancelled' && booking.refundAmount ? (
          <p className="mt-2 text-sm text-ink-600">
            Refunded {formatMoney(booking.refundAmount, booking.currency)}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-2 sm:justify-end">
        <Button asChild variant="ghost" size="sm">
          <Link
            href={detailHref}
            aria-label={`View ${booking.offering.title} with ${counterpart}, ${day.long}`}
          >
            View
          </Link>
        </Button>
        {upcoming ? (
          <BookingActions size="sm" zone={zone} party={role} booking={actionBooking(booking)} />
        ) : null}
      </div>
    </li>
  );
}
