import { groupSlotsByLocalDay, localDateLabel, previewSlots } from './slot-preview';

const weekdays9to17 = {
  timezone: 'Europe/Berlin',
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  overrides: [{ date: '2026-03-11', intervals: [] }],
};
const hour = { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minimumNoticeMinutes: 0 };

describe('slot preview', () => {
  it('lists 7 local days from today, in the mentor’s wall-clock time, days off empty', () => {
    const now = new Date('2026-03-09T07:00:00Z'); // Monday 08:00 in Berlin
    const days = groupSlotsByLocalDay(previewSlots(weekdays9to17, hour, now), 'Europe/Berlin', now);
    expect(days.map((d) => d.label)).toEqual([
      'Mon, Mar 9',
      'Tue, Mar 10',
      'Wed, Mar 11',
      'Thu, Mar 12',
      'Fri, Mar 13',
      'Sat, Mar 14',
      'Sun, Mar 15',
    ]);
    expect(days[0]?.times.map((t) => t.label)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ]);
    expect(days[2]?.times).toEqual([]); // the override: a day off
    expect(days[5]?.times).toEqual([]);
  });

  it('keeps 09:00 local across the spring-forward weekend', () => {
    const now = new Date('2026-03-27T06:00:00Z'); // Friday 07:00 CET; clocks go forward on Sunday the 29th
    const days = groupSlotsByLocalDay(previewSlots(weekdays9to17, hour, now), 'Europe/Berlin', now);
    const monday = days.find((d) => d.date === '2026-03-30');
    expect(monday?.times[0]).toEqual({ start: '2026-03-30T07:00:00.000Z', label: '09:00' });
    expect(days.find((d) => d.date === '2026-03-27')?.times[0]?.start).toBe('2026-03-27T08:00:00.000Z');
  });

  it('respects minimum notice and the horizon', () => {
    const now = new Date('2026-03-09T07:00:00Z');
    const noticed = previewSlots(weekdays9to17, { ...hour, minimumNoticeMinutes: 24 * 60 }, now);
    expect(noticed[0]?.start).toBe('2026-03-10T08:00:00.000Z');
    const soon = previewSlots({ ...weekdays9to17, horizonDays: 1 }, hour, now);
    expect(soon.every((s) => Date.parse(s.start) <= now.getTime() + 86_400_000)).toBe(true);
  });

  it('labels a local date without any zone shifting it', () => {
    expect(localDateLabel('2026-12-31')).toBe('Thu, Dec 31');
  });
});
