import { ZPutAvailabilitySchema } from '@ladder/domain';
import {
  addInterval,
  addOverride,
  availabilityBody,
  availabilityFingerprint,
  copyMondayToWeekdays,
  draftFromStored,
  emptyGrid,
  gridFromWeekly,
  mapAvailabilityErrors,
  removeInterval,
  setOverrideDayOff,
  type TAvailabilityDraft,
  timeChoices,
  updateInterval,
  weekdaysPreset,
} from './weekly-grid';

const times = (grid: ReturnType<typeof emptyGrid>, day: 1 | 2 | 3 | 4 | 5 | 6 | 7) =>
  grid[day].map((iv) => `${iv.start}-${iv.end}`);

function draft(partial: Partial<TAvailabilityDraft> = {}): TAvailabilityDraft {
  return {
    timezone: 'Europe/Berlin',
    grid: emptyGrid(),
    overrides: [],
    horizonDays: '60',
    dailyCap: '',
    ...partial,
  };
}

describe('weekly grid state', () => {
  it('adds a 09:00–17:00 interval to an empty day, then an hour after the last one', () => {
    let grid = addInterval(emptyGrid(), 1);
    expect(times(grid, 1)).toEqual(['09:00-17:00']);
    grid = addInterval(grid, 1);
    expect(times(grid, 1)).toEqual(['09:00-17:00', '17:00-18:00']);
    expect(new Set(grid[1].map((iv) => iv.id)).size).toBe(2);
  });

  it('does not add past midnight', () => {
    const grid = gridFromWeekly([{ weekday: 3, start: '20:00', end: '24:00' }]);
    expect(addInterval(grid, 3)).toBe(grid);
  });

  it('removes and updates one interval by id, leaving the others', () => {
    let grid = gridFromWeekly([
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 2, start: '13:00', end: '17:00' },
    ]);
    const [first, second] = grid[2];
    grid = updateInterval(grid, 2, second?.id ?? '', { end: '18:00' });
    expect(times(grid, 2)).toEqual(['09:00-12:00', '13:00-18:00']);
    grid = removeInterval(grid, 2, first?.id ?? '');
    expect(times(grid, 2)).toEqual(['13:00-18:00']);
  });

  it('copies Monday to Tuesday–Friday with fresh ids and leaves the weekend alone', () => {
    const grid = gridFromWeekly([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '17:00' },
      { weekday: 3, start: '07:00', end: '08:00' },
      { weekday: 6, start: '10:00', end: '11:00' },
    ]);
    const copied = copyMondayToWeekdays(grid);
    for (const day of [2, 3, 4, 5] as const)
      expect(times(copied, day)).toEqual(['09:00-12:00', '13:00-17:00']);
    expect(times(copied, 6)).toEqual(['10:00-11:00']);
    expect(times(copied, 7)).toEqual([]);
    const ids = [1, 2, 3, 4, 5].flatMap((d) => copied[d as 1].map((iv) => iv.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(times(grid, 2)).toEqual([]); // the original is untouched
  });

  it('"Weekdays 9–17" sets Monday to Friday and clears the weekend', () => {
    const grid = weekdaysPreset();
    for (const day of [1, 2, 3, 4, 5] as const) expect(times(grid, day)).toEqual(['09:00-17:00']);
    expect(times(grid, 6)).toEqual([]);
    expect(times(grid, 7)).toEqual([]);
  });

  it('offers 15-minute steps, 24:00 only as an end, and keeps an off-grid stored time', () => {
    expect(timeChoices('start')).toHaveLength(96);
    expect(timeChoices('start').at(-1)).toBe('23:45');
    expect(timeChoices('end')[0]).toBe('00:15');
    expect(timeChoices('end').at(-1)).toBe('24:00');
    expect(timeChoices('start', 15, '09:10')).toContain('09:10');
  });
});

describe('grid ↔ API body', () => {
  const stored = {
    timezone: 'America/New_York',
    weekly: [
      { weekday: 3, start: '13:00', end: '17:00' },
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 3, start: '09:00', end: '12:00' },
    ],
    overrides: [
      { date: '2026-12-25', intervals: [] },
      { date: '2026-12-24', intervals: [{ start: '10:00', end: '12:00' }] },
    ],
    horizonDays: 30,
    dailyCap: 4,
    updatedAt: null,
  };

  it('round-trips what the API stores (Monday first, overrides by date, day off as [])', () => {
    const d = draftFromStored(stored);
    expect(d.overrides.map((o) => [o.date, o.dayOff])).toEqual([
      ['2026-12-24', false],
      ['2026-12-25', true],
    ]);
    const { body } = availabilityBody(d);
    expect(body).toEqual({
      timezone: 'America/New_York',
      weekly: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 3, start: '09:00', end: '12:00' },
        { weekday: 3, start: '13:00', end: '17:00' },
      ],
      overrides: [
        { date: '2026-12-24', intervals: [{ start: '10:00', end: '12:00' }] },
        { date: '2026-12-25', intervals: [] },
      ],
      horizonDays: 30,
      dailyCap: 4,
    });
    expect(ZPutAvailabilitySchema.safeParse(body).success).toBe(true);
  });

  it('sends no cap as null, leaves an empty horizon out, and a day off without its old hours', () => {
    const withHours = setOverrideDayOff({ id: 'o1', date: '2026-05-01', dayOff: true, intervals: [] }, false);
    expect(withHours.intervals.map((iv) => `${iv.start}-${iv.end}`)).toEqual(['09:00-17:00']);
    const off = setOverrideDayOff(withHours, true);
    const { body } = availabilityBody(draft({ overrides: [off], horizonDays: '', dailyCap: '' }));
    expect(body.overrides).toEqual([{ date: '2026-05-01', intervals: [] }]);
    expect(body.dailyCap).toBeNull();
    expect('horizonDays' in body).toBe(false);
  });

  it('puts schema and API errors back on the row they are about', () => {
    const grid = gridFromWeekly([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '11:00', end: '13:00' },
    ]);
    const overrides = addOverride([], '2026-06-01') ?? [];
    const withBadHours = overrides.map((o) => ({
      ...setOverrideDayOff(o, false),
      intervals: [{ id: 'iv-x', start: '15:00', end: '14:00' }],
    }));
    const d = draft({ grid, overrides: withBadHours, horizonDays: '0' });
    const { body, index } = availabilityBody(d);
    const parsed = ZPutAvailabilitySchema.safeParse(body);
    expect(parsed.success).toBe(false);
    const issues = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    const errors = mapAvailabilityErrors(issues, index);
    expect(errors[grid[1][1]?.id ?? '']).toMatch(/overlaps/);
    expect(errors[grid[1][0]?.id ?? '']).toBeUndefined();
    expect(errors['iv-x']).toMatch(/later than the start/);
    expect(errors.horizonDays).toBeDefined();
    // The API's own paths map the same way; unknown ones become a form message.
    const api = mapAvailabilityErrors(
      [
        { path: 'weekly.0', message: 'bad' },
        { path: 'overrides.0.date', message: 'dup' },
        { path: '(body)', message: 'nope' },
      ],
      index,
    );
    expect(api[index.weekly[0] ?? '']).toBe('bad');
    expect(api[index.overrides[0] ?? '']).toBe('dup');
    expect(api.form).toBe('nope');
  });

  it('refuses a second override for the same date', () => {
    const once = addOverride([], '2026-06-01');
    expect(once).toHaveLength(1);
    expect(addOverride(once ?? [], '2026-06-01')).toBeNull();
  });

  it('fingerprints meaning, not row order or ids', () => {
    const a = draftFromStored(stored);
    const b = draftFromStored({ ...stored, weekly: [...stored.weekly].reverse() });
    expect(availabilityFingerprint(a)).toBe(availabilityFingerprint(b));
    expect(availabilityFingerprint({ ...a, dailyCap: '' })).not.toBe(availabilityFingerprint(a));
  });
});
