import type { TBookingStatus } from '@ladder/domain';
import type { TBookingView } from '@/lib/api/bookings';
import { firstName } from '@/lib/format';

export type TViewerRole = 'mentee' | 'mentor';

/** Which side of a booking the viewer is on (a booking of one's own as mentor lists "as mentor"). */
export function viewerRole(booking: TBookingView, userId: string): TViewerRole {
  return booking.menteeId === userId ? 'mentee' : 'mentor';
}

/** A held booking whose hold has run out is over, even before the job marks it `expired`. */
export function isLiveBooking(booking: TBookingView, now: number): boolean {
  if (booking.status === 'held') {
    return !!booking.holdExpiresAt && Date.parse(booking.holdExpiresAt) > now;
  }
  return booking.status === 'confirmed' && Date.parse(booking.endsAt) > now;
}

/**
 * Whether notes may be added (the API answers 422 `booking_expired` otherwise): not to a hold
 * that ran out, whether or not the job has marked it `expired` yet.
 */
export function acceptsNotes(booking: Pick<TBookingView, 'status' | 'holdExpiresAt'>, now: number): boolean {
  if (booking.status === 'expired') return false;
  if (booking.status === 'held' && booking.holdExpiresAt) return Date.parse(booking.holdExpiresAt) > now;
  return true;
}

/** Upcoming (live, soonest first) and past (everything else, latest first). */
export function splitBookings(
  items: readonly TBookingView[],
  now: number,
): { upcoming: TBookingView[]; past: TBookingView[] } {
  const upcoming = items.filter((b) => isLiveBooking(b, now));
  const past = items.filter((b) => !isLiveBooking(b, now));
  upcoming.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  past.sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}

/** What the Cancel and Reschedule dialogs (BookingActions) need of a booking, and no more. */
export type TActionBooking = {
  id: string;
  status: TBookingStatus;
  startsAt: string;
  endsAt: string;
  priceAmount: number;
  currency: string;
  /** Null for a booking made through Cal.com, which is cancelled or moved in Cal.com. */
  offeringId: string | null;
  offeringTitle: string;
  mentorSlug: string;
  mentorFirstName: string;
};

export function actionBooking(booking: TBookingView): TActionBooking {
  return {
    id: booking.id,
    status: booking.status,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    priceAmount: booking.priceAmount,
    currency: booking.currency,
    offeringId: booking.offeringId,
    offeringTitle: booking.offering.title,
    mentorSlug: booking.mentor.slug,
    mentorFirstName: firstName(booking.mentor.name),
  };
}
