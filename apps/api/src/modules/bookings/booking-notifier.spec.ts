import { formatWhen } from './booking-notifier';

describe('formatWhen (times in emails)', () => {
  it('shows the date and a 12-hour time as the site does, naming the zone', () => {
    // 06:30 UTC is 1:30 AM in New York (EST) and 3:30 PM in Tokyo.
    const at = new Date('2026-11-30T06:30:00Z');
    expect(formatWhen(at, 'America/New_York')).toBe('Monday, November 30, 2026, 1:30 AM (America/New_York)');
    expect(formatWhen(at, 'Asia/Tokyo')).toBe('Monday, November 30, 2026, 3:30 PM (Asia/Tokyo)');
  });

  it('writes midnight and noon as 12 AM and 12 PM, never 00:00', () => {
    expect(formatWhen(new Date('2027-03-15T00:00:00Z'), 'UTC')).toBe(
      'Monday, March 15, 2027, 12:00 AM (UTC)',
    );
    expect(formatWhen(new Date('2027-03-15T12:05:00Z'), 'UTC')).toBe(
      'Monday, March 15, 2027, 12:05 PM (UTC)',
    );
  });
});
