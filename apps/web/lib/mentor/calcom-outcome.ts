/** How a Cal.com delivery's outcome (as the API records it) reads to the mentor setting things up. */
export type TCalcomOutcomeView = { tone: 'success' | 'info' | 'warning'; text: string };

const KNOWN: Record<string, TCalcomOutcomeView> = {
  created: { tone: 'success', text: 'A booking arrived and is now in your Ladder bookings.' },
  rescheduled: { tone: 'success', text: 'A booking was moved to its new time.' },
  cancelled: { tone: 'success', text: 'A booking was cancelled.' },
  duplicate: { tone: 'info', text: 'Cal.com sent an event again; it had already been handled.' },
  conflict: {
    tone: 'warning',
    text: 'A Cal.com booking overlapped a Ladder session; the Ladder session stays. We emailed you about it.',
  },
  'conflict:mentee_busy': {
    tone: 'warning',
    text: 'The attendee already has a Ladder session at that time, so the Cal.com booking was not added.',
  },
  'ignored:ping': { tone: 'success', text: 'Ping received: the URL and secret are right.' },
  'ignored:unsupported_trigger': {
    tone: 'info',
    text: 'An event Ladder does not use arrived (only bookings created, rescheduled and cancelled count).',
  },
  'ignored:other_organizer': {
    tone: 'warning',
    text: 'A booking organised by someone else in your Cal.com team arrived; it was not added to your bookings.',
  },
  'ignored:mentor_not_bookable': {
    tone: 'warning',
    text: 'A booking arrived, but your profile is not approved and visible, so it was not added.',
  },
  'ignored:self_booking': { tone: 'info', text: 'You booked yourself; that is not added.' },
  'ignored:no_attendee': {
    tone: 'warning',
    text: 'A booking without an attendee arrived; it was not added.',
  },
  'ignored:bad_times': { tone: 'warning', text: 'A booking with unusable times arrived; it was not added.' },
  'ignored:unknown_booking': {
    tone: 'info',
    text: 'A change to a booking Ladder never received arrived; nothing to update.',
  },
  'ignored:already_booked': { tone: 'info', text: 'That booking was already in Ladder.' },
  'ignored:already_cancelled': { tone: 'info', text: 'That booking was already cancelled.' },
  'ignored:cancelled_or_replaced': {
    tone: 'info',
    text: 'A booking that had already been cancelled or moved arrived late; it was not brought back.',
  },
};

export function describeCalcomOutcome(outcome: string): TCalcomOutcomeView {
  const known = KNOWN[outcome];
  if (known) return known;
  if (outcome.startsWith('ignored:'))
    return { tone: 'info', text: 'An event arrived that did not change your bookings.' };
  return { tone: 'info', text: 'An event arrived.' };
}
