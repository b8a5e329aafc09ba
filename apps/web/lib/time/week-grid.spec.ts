import { weekRangeInZone } from './calendar-date';
import { buildWeekGrid, isEmptyWeek, type TSlot } from './week-grid';

const slot = (start: string, minutes = 30): TSlot => ({
  start: new Date(start).toISOString(),
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
});

describe('buildWeekGrid', () => {
  it('makes seven days from the Monday, marking today and the days before it', () => {
    const days = buildWeekGrid([], 'Europe/Berlin', '2026-03-09', '2026-03-11');
    expect(days.map((d) => d.date)).toEqual([
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
    ]);
    expect(days.map((d) => d.isPast)).toEqual([true, true, false, false, false, false, false]);
    expect(days.map((d) => d.isToday)).toEqual([false, false, true, false, false, false, false]);
    expect(isEmptyWeek(days)).toBe(true);
  });

  it('buckets a slot by its local start day, not its UTC day (Asia/Kolkata, +5:30)', () => {
    const late = slot('2026-03-10T19:00:00Z'); // Wed 00:30 in Kolkata
    const early = slot('2026-03-10T03:30:00Z'); // Tue 09:00 in Kolkata
    const days = buildWeekGrid([late, early], 'Asia/Kolkata', '2026-03-09', '2026-03-01');
    expect(days[1]!.slots).toEqual([early]);
    expect(days[2]!.slots).toEqual([late]);
    expect(isEmptyWeek(days)).toBe(false);
  });

  it('shows the same slots on other days for a viewer west of UTC', () => {
    const s = slot('2026-03-10T02:00:00Z'); // Monday 19:00 in Los Angeles (PDT)
    const days = buildWeekGrid([s], 'America/Los_Angeles', '2026-03-09', '2026-03-01');
    expect(days[0]!.slots).toEqual([s]);
  });

  it('drops slots outside the week and sorts each day by the instant', () => {
    const range = weekRangeInZone('2026-03-09', 'Europe/Berlin');
    const before = slot(new Date(range.from.getTime() - 60_000).toISOString());
    const after = slot(range.to.toISOString());
    const b = slot('2026-03-12T10:00:00Z');
    const a = slot('2026-03-12T09:00:00Z');
    const days = buildWeekGrid([before, b, after, a], 'Europe/Berlin', '2026-03-09', '2026-03-01');
    expect(days.flatMap((d) => d.slots)).toEqual([a, b]);
    expect(days[3]!.slots).toEqual([a, b]);
  });

  it('keeps a DST week to its seven local days (Europe/Berlin springs forward on Sunday 29 March)', () => {
    // 09:00 local on Saturday (CET, 08:00Z) and on Sunday (CEST, 07:00Z); Monday 30th is the next week.
    const sat = slot('2026-03-28T08:00:00Z');
    const sun = slot('2026-03-29T07:00:00Z');
    const nextMonday = slot('2026-03-29T22:30:00Z'); // 00:30 CEST Monday 30 March
    const days = buildWeekGrid([sat, sun, nextMonday], 'Europe/Berlin', '2026-03-23', '2026-03-01');
    expect(days[5]!.slots).toEqual([sat]);
    expect(days[6]!.slots).toEqual([sun]);
    expect(days.flatMap((d) => d.slots)).toHaveLength(2);
  });

  it('keeps both occurrences of a repeated hour on a fall-back day, in real order', () => {
    // 01:30 EDT (05:30Z) and 01:30 EST (06:30Z) on Sunday 1 November 2026 in New York.
    const first = slot('2026-11-01T05:30:00Z');
    const second = slot('2026-11-01T06:30:00Z');
    const days = buildWeekGrid([second, first], 'America/New_York', '2026-10-26', '2026-10-01');
    expect(days[6]!.slots).toEqual([first, second]);
  });
});
