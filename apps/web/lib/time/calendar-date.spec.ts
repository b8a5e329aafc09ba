import {
  addDays,
  dateInZone,
  daysBetween,
  isDateKey,
  isoWeekday,
  startOfWeek,
  weekRangeInZone,
  weekStartInZone,
} from './calendar-date';

const HOUR = 3_600_000;

describe('calendar dates', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-03-28', 4)).toBe('2026-04-01');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });

  it('numbers weekdays the ISO way and finds the Monday of a week', () => {
    expect(isoWeekday('2026-03-09')).toBe(1); // Monday
    expect(isoWeekday('2026-03-15')).toBe(7); // Sunday
    expect(startOfWeek('2026-03-15')).toBe('2026-03-09');
    expect(startOfWeek('2026-03-09')).toBe('2026-03-09');
    expect(startOfWeek('2026-01-01')).toBe('2025-12-29');
  });

  it('validates date keys', () => {
    expect(isDateKey('2026-02-28')).toBe(true);
    expect(isDateKey('2026-02-30')).toBe(false);
    expect(isDateKey('2026-2-3')).toBe(false);
    expect(isDateKey(20260203)).toBe(false);
  });
});

describe('dates and weeks in a zone', () => {
  it('puts an instant on the local date, which may not be its UTC date', () => {
    // 20:00Z on Tuesday is already 01:30 on Wednesday in Kolkata (UTC+5:30) …
    expect(dateInZone('2026-03-10T20:00:00.000Z', 'Asia/Kolkata')).toBe('2026-03-11');
    // … and still Monday evening in Los Angeles for 03:00Z on Tuesday.
    expect(dateInZone('2026-03-10T03:00:00.000Z', 'America/Los_Angeles')).toBe('2026-03-09');
    expect(dateInZone('2026-03-10T20:00:00.000Z', 'UTC')).toBe('2026-03-10');
  });

  it('finds the local Monday, even when UTC is already in the next week', () => {
    // Sunday 2026-03-15 23:00 in New York is Monday 03:00Z (EDT, UTC-4).
    expect(weekStartInZone('2026-03-16T03:00:00.000Z', 'America/New_York')).toBe('2026-03-09');
    expect(weekStartInZone('2026-03-16T03:00:00.000Z', 'Europe/Berlin')).toBe('2026-03-16');
  });

  it('bounds an ordinary week by local midnights: 168 hours', () => {
    const { from, to } = weekRangeInZone('2026-03-09', 'Europe/Berlin');
    expect(from.toISOString()).toBe('2026-03-08T23:00:00.000Z');
    expect(to.toISOString()).toBe('2026-03-15T23:00:00.000Z');
    expect(to.getTime() - from.getTime()).toBe(168 * HOUR);
  });

  it('makes a spring-forward DST week one hour shorter (Europe/Berlin, 29 March 2026)', () => {
    const { from, to } = weekRangeInZone('2026-03-23', 'Europe/Berlin');
    expect(from.toISOString()).toBe('2026-03-22T23:00:00.000Z'); // CET, UTC+1
    expect(to.toISOString()).toBe('2026-03-29T22:00:00.000Z'); // CEST, UTC+2
    expect(to.getTime() - from.getTime()).toBe(167 * HOUR);
  });

  it('makes a fall-back DST week one hour longer (America/New_York, 1 November 2026)', () => {
    const { from, to } = weekRangeInZone('2026-10-26', 'America/New_York');
    expect(from.toISOString()).toBe('2026-10-26T04:00:00.000Z'); // EDT
    expect(to.toISOString()).toBe('2026-11-02T05:00:00.000Z'); // EST
    expect(to.getTime() - from.getTime()).toBe(169 * HOUR);
  });

  it('uses the half-hour offset of Asia/Kolkata', () => {
    const { from, to } = weekRangeInZone('2026-03-09', 'Asia/Kolkata');
    expect(from.toISOString()).toBe('2026-03-08T18:30:00.000Z');
    expect(to.toISOString()).toBe('2026-03-15T18:30:00.000Z');
  });
});
