import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface CalendarEventInput {
  bookingId: string;
  sequence: number;
  cancelled: boolean;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  meetingUrl: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/** Stable per booking, so calendar apps update (or cancel) the same event. */
export const calendarUid = (bookingId: string): string => `booking-${bookingId}@ladder.dev`;

/**
 * An iCalendar document for one booking: METHOD:REQUEST while it stands, METHOD:CANCEL with
 * STATUS:CANCELLED once cancelled; SEQUENCE grows with every change.
 */
export function buildBookingCalendar(input: CalendarEventInput): string {
  const cal = ical({
    name: 'Ladder',
    prodId: { company: 'Ladder', product: 'Ladder bookings', language: 'EN' },
    method: input.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  cal.createEvent({
    id: calendarUid(input.bookingId),
    sequence: input.sequence,
    start: input.startsAt,
    end: input.endsAt,
    summary: input.title,
    description: input.description,
    location: input.meetingUrl,
    url: input.meetingUrl,
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer,
    attendees: [{ name: input.attendee.name, email: input.attendee.email, rsvp: false }],
  });
  return cal.toString();
}
