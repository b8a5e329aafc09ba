import type { TPutAvailability } from '@ladder/domain';
import type { TStoredAvailability } from '@/lib/api/mentor-profile';

/**
 * State of the availability editor and its translation to and from the API body. Every interval
 * and override carries a local id, so React keys stay stable while rows are added and removed and
 * a validation error such as `weekly.3` or `overrides.1.intervals.0.end` lands on the row it is
 * about. All functions are pure and return new objects.
 */

export type TWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAYS: readonly { weekday: TWeekday; name: string; short: string }[] = [
  { weekday: 1, name: 'Monday', short: 'Mon' },
  { weekday: 2, name: 'Tuesday', short: 'Tue' },
  { weekday: 3, name: 'Wednesday', short: 'Wed' },
  { weekday: 4, name: 'Thursday', short: 'Thu' },
  { weekday: 5, name: 'Friday', short: 'Fri' },
  { weekday: 6, name: 'Saturday', short: 'Sat' },
  { weekday: 7, name: 'Sunday', short: 'Sun' },
];

const WORKDAYS: readonly TWeekday[] = [1, 2, 3, 4, 5];

export type TIntervalDraft = { id: string; start: string; end: string };
export type TWeekGrid = Record<TWeekday, TIntervalDraft[]>;
export type TOverrideDraft = { id: string; date: string; dayOff: boolean; intervals: TIntervalDraft[] };

export type TAvailabilityDraft = {
  timezone: string;
  grid: TWeekGrid;
  overrides: TOverrideDraft[];
  /** As typed in the number fields; '' means "not set". */
  horizonDays: string;
  dailyCap: string;
};

let lastId = 0;
/** A fresh local id; only unique within this page, never sent to the API. */
export function newDraftId(prefix = 'row'): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

export function emptyGrid(): TWeekGrid {
  return { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] };
}

function isWeekday(value: number): value is TWeekday {
  return Number.isInteger(value) && value >= 1 && value <= 7;
}

const byStart = (a: { start: string }, b: { start: string }) => a.start.localeCompare(b.start);

export function gridFromWeekly(
  weekly: readonly { weekday: number; start: string; end: string }[],
): TWeekGrid {
  const grid = emptyGrid();
  for (const row of [...weekly].sort(byStart)) {
    if (!isWeekday(row.weekday)) continue;
    grid[row.weekday].push({ id: newDraftId('iv'), start: row.start, end: row.end });
  }
  return grid;
}

/** Minutes after midnight of "HH:mm" ("24:00" → 1440); NaN when malformed. */
export function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return Number.NaN;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (m > 59 || h > 24 || (h === 24 && m !== 0)) return Number.NaN;
  return h * 60 + m;
}

export function timeOf(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Choices for a start or end select, every `step` minutes: starts 00:00–23:45, ends 00:15–24:00.
 * A stored value off that grid (09:10) is kept as an extra choice so editing never changes it.
 */
export function timeChoices(kind: 'start' | 'end', step = 15, keep?: string): string[] {
  const out: string[] = [];
  const first = kind === 'start' ? 0 : step;
  const last = kind === 'start' ? 24 * 60 - step : 24 * 60;
  for (let m = first; m <= last; m += step) out.push(timeOf(m));
  if (keep && !out.includes(keep) && !Number.isNaN(minutesOf(keep))) {
    out.push(keep);
    out.sort();
  }
  return out;
}

/** An interval after the day's last one (an hour long), or 09:00–17:00 on an empty day. */
export function nextInterval(existing: readonly TIntervalDraft[]): TIntervalDraft | null {
  if (existing.length === 0) return { id: newDraftId('iv'), start: '09:00', end: '17:00' };
  const lastEnd = Math.max(...existing.map((iv) => minutesOf(iv.end)).filter((m) => !Number.isNaN(m)));
  if (!Number.isFinite(lastEnd) || lastEnd >= 24 * 60) return null;
  const start = Math.ceil(lastEnd / 15) * 15;
  if (start >= 24 * 60) return null;
  return { id: newDraftId('iv'), start: timeOf(start), end: timeOf(Math.min(start + 60, 24 * 60)) };
}

export function addInterval(grid: TWeekGrid, weekday: TWeekday): TWeekGrid {
  const next = nextInterval(grid[weekday]);
  if (!next) return grid;
  return { ...grid, [weekday]: [...grid[weekday], next] };
}

export function removeInterval(grid: TWeekGrid, weekday: TWeekday, id: string): TWeekGrid {
  return { ...grid, [weekday]: grid[weekday].filter((iv) => iv.id !== id) };
}

export function updateInterval(
  grid: TWeekGrid,
  weekday: TWeekday,
  id: string,
  patch: Partial<Pick<TIntervalDraft, 'start' | 'end'>>,
): TWeekGrid {
  return { ...grid, [weekday]: grid[weekday].map((iv) => (iv.id === id ? { ...iv, ...patch } : iv)) };
}

function cloneIntervals(intervals: readonly TIntervalDraft[]): TIntervalDraft[] {
  return intervals.map((iv) => ({ id: newDraftId('iv'), start: iv.start, end: iv.end }));
}

/** Tuesday to Friday get Monday's hours; the weekend is left as it is. */
export function copyMondayToWeekdays(grid: TWeekGrid): TWeekGrid {
  const out = { ...grid };
  for (const day of WORKDAYS) if (day !== 1) out[day] = cloneIntervals(grid[1]);
  return out;
}

/** The "Weekdays 9–17" preset: Monday to Friday start–end, Saturday and Sunday off. */
export function weekdaysPreset(start = '09:00', end = '17:00'): TWeekGrid {
  const grid = emptyGrid();
  for (const day of WORKDAYS) grid[day] = [{ id: newDraftId('iv'), start, end }];
  return grid;
}

export function overridesFromApi(
  overrides: readonly { date: string; intervals: readonly { start: string; end: string }[] }[],
): TOverrideDraft[] {
  return [...overrides]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((o) => ({
      id: newDraftId('ov'),
      date: o.date,
      dayOff: o.intervals.length === 0,
      intervals: cloneIntervals(o.intervals.map((iv) => ({ id: '', ...iv })).sort(byStart)),
    }));
}

export function draftFromStored(stored: TStoredAvailability): TAvailabilityDraft {
  return {
    timezone: stored.timezone,
    grid: gridFromWeekly(stored.weekly),
    overrides: overridesFromApi(stored.overrides),
    horizonDays: String(stored.horizonDays),
    dailyCap: stored.dailyCap === null ? '' : String(stored.dailyCap),
  };
}

/** Where each row of the body came from, to put errors back on the right row. */
export type TBodyIndex = {
  weekly: string[];
  overrides: string[];
  overrideIntervals: string[][];
};

/** A number field: '' → undefined, digits → the number, anything else → NaN (the schema says why). */
function numberField(text: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * The PUT body for the draft (weekly rows Monday first, overrides by date), plus the index that
 * maps the body's array positions back to draft ids. A day-off override sends `intervals: []`.
 */
export function availabilityBody(draft: TAvailabilityDraft): { body: TPutAvailability; index: TBodyIndex } {
  const index: TBodyIndex = { weekly: [], overrides: [], overrideIntervals: [] };
  const weekly: TPutAvailability['weekly'] = [];
  for (const { weekday } of WEEKDAYS) {
    for (const iv of draft.grid[weekday]) {
      weekly.push({ weekday, start: iv.start, end: iv.end });
      index.weekly.push(iv.id);
    }
  }
  const overrides: TPutAvailability['overrides'] = [];
  for (const o of [...draft.overrides].sort((a, b) => a.date.localeCompare(b.date))) {
    const intervals = o.dayOff ? [] : o.intervals;
    overrides.push({ date: o.date, intervals: intervals.map(({ start, end }) => ({ start, end })) });
    index.overrides.push(o.id);
    index.overrideIntervals.push(intervals.map((iv) => iv.id));
  }
  const body: TPutAvailability = { timezone: draft.timezone, weekly, overrides };
  const horizonDays = numberField(draft.horizonDays);
  if (horizonDays !== undefined) body.horizonDays = horizonDays;
  const dailyCap = numberField(draft.dailyCap);
  body.dailyCap = dailyCap === undefined ? null : dailyCap;
  return { body, index };
}

/** Errors keyed by draft id (an interval or an override) or by field name. */
export type TAvailabilityErrors = Record<string, string>;

/**
 * `[{path: 'weekly.3', message}]` (from the shared schema or the API's problem+json) → errors keyed
 * by the row they are about. Paths that match no row are collected under `form`.
 */
export function mapAvailabilityErrors(
  issues: readonly { path: string; message: string }[],
  index: TBodyIndex,
): TAvailabilityErrors {
  const out: TAvailabilityErrors = {};
  const put = (key: string, message: string) => {
    out[key] ??= message;
  };
  for (const { path, message } of issues) {
    const parts = path.split('.');
    const [head, a, b, c] = parts;
    if (head === 'weekly' && a !== undefined) {
      const id = index.weekly[Number(a)];
      if (id) put(id, message);
      else put('weekly', message);
    } else if (head === 'overrides' && a !== undefined) {
      const i = Number(a);
      const overrideId = index.overrides[i];
      const intervalId =
        b === 'intervals' && c !== undefined ? index.overrideIntervals[i]?.[Number(c)] : undefined;
      if (intervalId) put(intervalId, message);
      else if (overrideId) put(overrideId, message);
      else put('overrides', message);
    } else if (head === 'timezone' || head === 'horizonDays' || head === 'dailyCap') {
      put(head, message);
    } else if (head === 'weekly' || head === 'overrides') {
      put(head, message);
    } else {
      put('form', message);
    }
  }
  return out;
}

/**
 * A canonical string of the draft's meaning (row order and ids ignored), to tell whether there
 * are unsaved changes.
 */
export function availabilityFingerprint(draft: TAvailabilityDraft): string {
  const { body } = availabilityBody(draft);
  const weekly = [...body.weekly].sort((x, y) => x.weekday - y.weekday || x.start.localeCompare(y.start));
  const overrides = body.overrides.map((o) => ({ ...o, intervals: [...o.intervals].sort(byStart) }));
  return JSON.stringify({ ...body, weekly, overrides });
}

/** Adds an override for `date` (a day off), or null when that date already has one. */
export function addOverride(overrides: readonly TOverrideDraft[], date: string): TOverrideDraft[] | null {
  if (overrides.some((o) => o.date === date)) return null;
  const added: TOverrideDraft = { id: newDraftId('ov'), date, dayOff: true, intervals: [] };
  return [...overrides, added].sort((a, b) => a.date.localeCompare(b.date));
}

/** Switches an override between a day off and custom hours (09:00–17:00 to start with). */
export function setOverrideDayOff(override: TOverrideDraft, dayOff: boolean): TOverrideDraft {
  if (dayOff) return { ...override, dayOff: true };
  const intervals =
    override.intervals.length > 0
      ? override.intervals
      : [{ id: newDraftId('iv'), start: '09:00', end: '17:00' }];
  return { ...override, dayOff: false, intervals };
}
