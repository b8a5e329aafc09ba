import { buildBookingCalendar, calendarUid } from './calendar';

const base = {
  bookingId: '3f1c2a9e-5b1d-4a53-9d7e-1f2a3b4c5d6e',
  sequence: 0,
  cancelled: false,
  startsAt: new Date('2027-03-15T13:00:00.000Z'),
  endsAt: new Date('2027-03-15T14:00:00.000Z'),
  title: 'Growth session with Priya Raman',
  description: 'Ladder session',
  meetingUrl: 'https://meet.jit.si/ladder-abc',
  organizer: { name: 'Priya Raman', email: 'priya@ladder.dev' },
  attendee: { name: 'Sam', email: 'sam@ladder.dev' },
};

describe('booking calendar', () => {
  it('is a REQUEST with a stable UID, UTC times and the meeting link', () => {
    const ics = buildBookingCalendar(base);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${calendarUid(base.bookingId)}`);
    expect(ics).toContain('DTSTART:20270315T130000Z');
    expect(ics).toContain('DTEND:20270315T140000Z');
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('LOCATION:https://meet.jit.si/ladder-abc');
  });

  it('keeps the UID, bumps SEQUENCE and cancels with METHOD:CANCEL', () => {
    const ics = buildBookingCalendar({ ...base, sequence: 2, cancelled: true });
    expect(ics).toContain(`UID:${calendarUid(base.bookingId)}`);
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:2');
  });
});
