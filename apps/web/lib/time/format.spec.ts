import {
  describeCountdown,
  formatCountdown,
  formatDateKey,
  formatDateKeyRange,
  formatInstant,
  formatTime,
  formatTimeOfDay,
  formatWeekLabel,
  formatWhen,
  zoneLabel,
  zoneOffsetLabel,
} from './format';

describe('formatting in a zone', () => {
  it('formats the same instant in each zone, with its offset', () => {
    const at = '2026-03-10T13:00:00.000Z';
    expect(formatTime(at, 'Europe/Berlin')).toBe('2:00 PM');
    expect(formatTime(at, 'Asia/Kolkata')).toBe('6:30 PM');
    expect(formatTime(at, 'America/New_York')).toBe('9:00 AM');
    expect(zoneOffsetLabel('Asia/Kolkata', at)).toBe('GMT+5:30');
    expect(zoneOffsetLabel('America/New_York', at)).toBe('GMT-4');
    expect(zoneOffsetLabel('UTC', at)).toBe('GMT');
    expect(zoneLabel('America/Argentina/Buenos_Aires', at)).toBe('America/Argentina/Buenos Aires (GMT-3)');
  });

  it('names the offset in force at the instant, across a DST change', () => {
    expect(zoneOffsetLabel('Europe/Berlin', '2026-03-28T12:00:00Z')).toBe('GMT+1');
    expect(zoneOffsetLabel('Europe/Berlin', '2026-03-30T12:00:00Z')).toBe('GMT+2');
  });

  it('describes a session in a zone, with the date it falls on there', () => {
    const when = formatWhen('2026-03-10T20:00:00.000Z', '2026-03-10T20:45:00.000Z', 'Asia/Kolkata');
    expect(when).toEqual({
      date: 'Wednesday, March 11, 2026',
      time: '1:30 AM – 2:15 AM',
      zone: 'Asia/Kolkata',
      offset: 'GMT+5:30',
      text: 'Wednesday, March 11, 2026, 1:30 AM – 2:15 AM (Asia/Kolkata, GMT+5:30)',
    });
  });

  it('says when a session ends on the next day', () => {
    const when = formatWhen('2026-03-10T22:30:00.000Z', '2026-03-10T23:30:00.000Z', 'Europe/Berlin');
    expect(when.time).toBe('11:30 PM – 12:30 AM (next day)');
    const toMidnight = formatWhen('2026-03-10T22:00:00.000Z', '2026-03-10T23:00:00.000Z', 'Europe/Berlin');
    expect(toMidnight.time).toBe('11:00 PM – 12:00 AM');
  });

  it('formats a single instant with its zone', () => {
    expect(formatInstant('2026-03-10T13:00:00.000Z', 'Europe/Berlin')).toBe(
      'Tuesday, March 10, 2026, 2:00 PM (Europe/Berlin, GMT+1)',
    );
  });

  it('labels calendar dates and weeks without any zone', () => {
    expect(formatDateKey('2026-03-10')).toEqual({ weekday: 'Tue', day: 'Mar 10', long: 'Tuesday, March 10' });
    expect(formatWeekLabel('2026-03-09', '2026-03-15')).toBe('Mar 9 – 15, 2026');
    expect(formatWeekLabel('2026-03-30', '2026-04-05')).toBe('Mar 30 – Apr 5, 2026');
  });

  it('shows a wall-clock "HH:mm" the way every other time on the site is shown', () => {
    expect(formatTimeOfDay('08:30')).toBe('8:30 AM');
    expect(formatTimeOfDay('00:00')).toBe('12:00 AM');
    expect(formatTimeOfDay('17:45')).toBe('5:45 PM');
  });

  it('names the year on both ends of a range that crosses New Year (a 90-day plan from November)', () => {
    expect(formatDateKeyRange('2026-11-28', '2027-02-25')).toBe('Nov 28, 2026 – Feb 25, 2027');
    expect(formatDateKeyRange('2026-11-28', '2027-02-25', 'long')).toBe(
      'Saturday, November 28, 2026 – Thursday, February 25, 2027',
    );
    expect(formatDateKeyRange('2026-01-05', '2026-04-04', 'long')).toBe(
      'Monday, January 5 – Saturday, April 4, 2026',
    );
  });
});

describe('countdown', () => {
  it('shows minutes and seconds, rounding up, never below zero', () => {
    expect(formatCountdown(581_000)).toBe('9:41');
    expect(formatCountdown(580_001)).toBe('9:41');
    expect(formatCountdown(7_000)).toBe('0:07');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });

  it('reads out naturally', () => {
    expect(describeCountdown(581_000)).toBe('9 minutes 41 seconds');
    expect(describeCountdown(60_000)).toBe('1 minute');
    expect(describeCountdown(1_000)).toBe('1 second');
    expect(describeCountdown(0)).toBe('no time');
  });
});
