import {
  DAY_MS,
  formatLocalDate,
  isoWeekday,
  MINUTE_MS,
  parseLocalDate,
  parseTimeOfDay,
  type TInstant,
  toEpochMs,
  ZoneOffsets,
} from './wall-clock';

/**
 * Bookable slots of one offering, computed from a mentor's weekly availability and date overrides.
 *
 * Availability is wall-clock time in the mentor's zone: a Monday 09:00–12:00 rule is 09:00 local on
 * every Monday, so its UTC hour moves when the zone changes offset. How local times that do not
 * exist (spring forward) or exist twice (fall back) are placed is documented on
 * {@link ZoneOffsets.toInstant}. All arithmetic after that is on UTC epoch milliseconds, so a range
 * that crosses midnight in the *viewer's* zone needs no special case.
 *
 * Every range is half-open, `[start, end)`: two ranges that only touch do not overlap.
 */

/** A local time range within one day: "HH:mm" to "HH:mm" (end may be "24:00"). */
export interface TTimeInterval {
  start: string;
  end: string;
}

/** A weekly rule: ISO weekday 1 (Monday) … 7 (Sunday) plus a local time range. */
export interface TWeeklyInterval extends TTimeInterval {
  weekday: number;
}

/** Replaces that local date's weekly intervals; `intervals: []` is a day off. */
export interface TDateOverride {
  date: string;
  intervals: readonly TTimeInterval[];
}

export interface TSlotOffering {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
}

export interface TInstantRange {
  start: TInstant;
  end: TInstant;
}

export interface TSlotInput {
  /** The mentor's IANA zone; availability is wall time there. */
  timezone: string;
  weekly: readonly TWeeklyInterval[];
  overrides: readonly TDateOverride[];
  offering: TSlotOffering;
  /** Blocked ranges of the mentor's active bookings, their own buffers already included. */
  blocked: readonly TInstantRange[];
  /** Only slots whose start lies in `[from, to)` are returned. */
  from: TInstant;
  to: TInstant;
  now: TInstant;
  /** No slot starts later than `now + horizonDays` (default {@link DEFAULT_HORIZON_DAYS}). */
  horizonDays?: number;
  /** At most this many bookings per mentor-local day; a day that has reached it offers no slots. */
  dailyCap?: number;
  /** Active bookings per mentor-local date "YYYY-MM-DD", for `dailyCap`. */
  bookedPerLocalDate?: Readonly<Record<string, number>>;
}

/** A bookable slot, as ISO 8601 UTC strings with milliseconds ("2026-03-09T14:00:00.000Z"). */
export interface TSlot {
  start: string;
  end: string;
}

export const DEFAULT_HORIZON_DAYS = 60;

/** Minutes after local midnight. */
interface TMinuteRange {
  start: number;
  end: number;
}

interface TMsRange {
  start: number;
  end: number;
}

/**
 * Free, bookable slots in ascending order, unique and non-overlapping. Rules:
 * - slots step by the offering's duration from the (real) start of each availability interval and
 *   fit wholly inside it; stepping is in real time, so a fall-back interval simply holds more slots
 *   and the repeated hour can never yield a duplicate;
 * - none starts before `now + minimumNotice`, or after `now + horizonDays`;
 * - none whose range widened by the offering's buffers overlaps a blocked range;
 * - none on a local day whose bookings have reached `dailyCap`;
 * - only starts in `[from, to)`. The grid does not depend on the window, so splitting a window in
 *   two and concatenating the results gives exactly the result for the whole window.
 *
 * Cost: O(days × intervals + slots + blocked · log blocked) plus a few dozen Intl calls per window.
 */
export function computeSlots(input: TSlotInput): TSlot[] {
  const { offering } = input;
  const duration = wholeMinutes(offering.durationMinutes, 'durationMinutes', 1) * MINUTE_MS;
  const before = wholeMinutes(offering.bufferBeforeMinutes, 'bufferBeforeMinutes', 0) * MINUTE_MS;
  const after = wholeMinutes(offering.bufferAfterMinutes, 'bufferAfterMinutes', 0) * MINUTE_MS;
  const notice = wholeMinutes(offering.minimumNoticeMinutes, 'minimumNoticeMinutes', 0) * MINUTE_MS;
  const horizonDays = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  if (!(horizonDays >= 0)) throw new RangeError(`horizonDays must be >= 0, got ${horizonDays}`);
  const cap = input.dailyCap;
  if (cap !== undefined && !(Number.isInteger(cap) && cap >= 0)) {
    throw new RangeError(`dailyCap must be a non-negative integer, got ${cap}`);
  }
  const booked = input.bookedPerLocalDate ?? {};

  const now = toEpochMs(input.now);
  // Effective window for slot starts, half-open.
  const lo = Math.max(toEpochMs(input.from), now + notice);
  const hi = Math.min(toEpochMs(input.to), now + horizonDays * DAY_MS + 1);
  if (!(lo < hi)) return [];

  const weekly = indexWeekly(input.weekly);
  const overrides = indexOverrides(input.overrides);
  const blocked = mergeRanges(input.blocked);
  const zone = ZoneOffsets.forRange(input.timezone, lo - 3 * DAY_MS, hi + 3 * DAY_MS);

  // Local days whose intervals can reach the window; one extra day each side covers intervals that
  // DST moves across the window's edges.
  const firstDay = startOfDay(zone.toWall(lo)) - DAY_MS;
  const lastDay = startOfDay(zone.toWall(hi)) + DAY_MS;

  const iso = isoFormatter();
  const slots: TSlot[] = [];
  let lastStart = Number.NEGATIVE_INFINITY;
  let b = 0; // sweep pointer into `blocked`; slot starts only grow
  for (let day = firstDay; day <= lastDay; day += DAY_MS) {
    const date = formatLocalDate(day);
    const intervals = overrides.get(date) ?? (weekly[isoWeekday(day)] as TMinuteRange[]);
    if (intervals.length === 0) continue;
    if (cap !== undefined && (booked[date] ?? 0) >= cap) continue;
    for (const iv of intervals) {
      const ivStart = zone.toInstant(day + iv.start * MINUTE_MS);
      const ivEnd = zone.toInstant(day + iv.end * MINUTE_MS);
      if (ivEnd <= lo || ivStart >= hi) continue;
      // Jump straight to the first grid point at or after `lo`.
      const skip = ivStart >= lo ? 0 : Math.ceil((lo - ivStart) / duration);
      for (
        let start = ivStart + skip * duration;
        start < hi && start + duration <= ivEnd;
        start += duration
      ) {
        // Wall → instant is non-decreasing, so this only guards against a future regression.
        if (start <= lastStart) continue;
        const widenedStart = start - before;
        const widenedEnd = start + duration + after;
        while (b < blocked.length && (blocked[b] as TMsRange).end <= widenedStart) b++;
        if (b < blocked.length && (blocked[b] as TMsRange).start < widenedEnd) continue;
        slots.push({ start: iso(start), end: iso(start + duration) });
        lastStart = start;
      }
    }
  }
  return slots;
}

/**
 * True iff `start` is exactly one of the slots {@link computeSlots} offers. Only the local day of
 * `start` and its neighbours are computed. An unparseable `start` is simply not available.
 */
export function isSlotAvailable(input: Omit<TSlotInput, 'from' | 'to'>, start: TInstant): boolean {
  let startMs: number;
  try {
    startMs = toEpochMs(start);
  } catch {
    return false;
  }
  const slots = computeSlots({ ...input, from: new Date(startMs), to: new Date(startMs + 1) });
  return slots.length === 1 && Date.parse((slots[0] as TSlot).start) === startMs;
}

/**
 * The range a booking blocks on its mentor's calendar: its own time widened by the offering's
 * buffers. This is what the database exclusion constraint compares.
 */
export function blockedRangeFor(
  startUtc: TInstant,
  endUtc: TInstant,
  bufferBeforeMinutes: number,
  bufferAfterMinutes: number,
): { start: Date; end: Date } {
  const before = wholeMinutes(bufferBeforeMinutes, 'bufferBeforeMinutes', 0);
  const after = wholeMinutes(bufferAfterMinutes, 'bufferAfterMinutes', 0);
  const start = toEpochMs(startUtc);
  const end = toEpochMs(endUtc);
  if (!(end > start)) throw new RangeError('A booking must end after it starts');
  return { start: new Date(start - before * MINUTE_MS), end: new Date(end + after * MINUTE_MS) };
}

/**
 * A viewer's daily hours ("09:00"–"17:00" local, every day) as UTC ranges covering `[from, to)`.
 * `end` may be "24:00"; `end` before `start` means the hours run overnight (22:00–02:00). Ranges
 * that touch (00:00–24:00) are merged into one. Equal `start` and `end` give no hours at all.
 */
export function localDayWindows(
  zone: string,
  from: TInstant,
  to: TInstant,
  startHHmm: string,
  endHHmm: string,
): TSlot[] {
  return dayWindowsMs(zone, toEpochMs(from), toEpochMs(to), startHHmm, endHHmm).map((w) => ({
    start: new Date(w.start).toISOString(),
    end: new Date(w.end).toISOString(),
  }));
}

/**
 * The slots whose whole range lies inside the viewer's daily local hours (see
 * {@link localDayWindows}), in their original order — the "free during my working hours" filter.
 */
export function slotsWithinDailyHours(
  slots: readonly TSlot[],
  viewerZone: string,
  startHHmm: string,
  endHHmm: string,
): TSlot[] {
  if (slots.length === 0) return [];
  const ranges = slots.map((s) => ({ slot: s, start: toEpochMs(s.start), end: toEpochMs(s.end) }));
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const r of ranges) {
    min = Math.min(min, r.start);
    max = Math.max(max, r.end);
  }
  const windows = dayWindowsMs(viewerZone, min, max + 1, startHHmm, endHHmm);
  return ranges
    .filter((r) => {
      // Last window starting at or before the slot; windows are sorted and disjoint.
      let lo = 0;
      let hi = windows.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((windows[mid] as TMsRange).start <= r.start) lo = mid + 1;
        else hi = mid;
      }
      const w = windows[lo - 1];
      return w !== undefined && r.end <= w.end;
    })
    .map((r) => r.slot);
}

function dayWindowsMs(
  zone: string,
  fromMs: number,
  toMs: number,
  startHHmm: string,
  endHHmm: string,
): TMsRange[] {
  const startMin = parseTimeOfDay(startHHmm);
  const endMin = parseTimeOfDay(endHHmm, true);
  if (startMin === endMin || !(fromMs < toMs)) return [];
  const overnight = endMin < startMin;
  const offsets = ZoneOffsets.forRange(zone, fromMs - 3 * DAY_MS, toMs + 3 * DAY_MS);
  const firstDay = startOfDay(offsets.toWall(fromMs)) - DAY_MS;
  const lastDay = startOfDay(offsets.toWall(toMs)) + DAY_MS;
  const windows: TMsRange[] = [];
  for (let day = firstDay; day <= lastDay; day += DAY_MS) {
    const start = offsets.toInstant(day + startMin * MINUTE_MS);
    const end = offsets.toInstant(day + (overnight ? DAY_MS : 0) + endMin * MINUTE_MS);
    if (end <= start || end <= fromMs || start >= toMs) continue;
    const prev = windows[windows.length - 1];
    if (prev && prev.end >= start) prev.end = Math.max(prev.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

const PAD2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/**
 * `Date#toISOString` for instants in years 0000–9999, about ten times faster: the date part is
 * formatted once per UTC day (slots come in ascending order) and the clock part by table lookup.
 * Slot formatting was the largest cost of {@link computeSlots} over a 62-day window.
 */
function isoFormatter(): (ms: number) => string {
  let day = Number.NaN;
  let prefix = '';
  return (ms) => {
    const d = Math.floor(ms / DAY_MS);
    if (d !== day) {
      day = d;
      prefix = new Date(d * DAY_MS).toISOString().slice(0, 11);
    }
    const t = ms - d * DAY_MS;
    const millis = t % 1000;
    return `${prefix}${PAD2[Math.floor(t / 3_600_000)]}:${PAD2[Math.floor(t / 60_000) % 60]}:${
      PAD2[Math.floor(t / 1000) % 60]
    }.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
  };
}

function startOfDay(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS) * DAY_MS;
}

function wholeMinutes(value: number, name: string, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer >= ${min}, got ${value}`);
  }
  return value;
}

/**
 * Parses, sorts and unions one day's intervals. Validated availability never overlaps; should
 * overlapping rows reach this function anyway they are merged (so no two slots overlap), while
 * intervals that merely touch stay separate, each with its own grid, as the contract says.
 */
function toMinuteRanges(intervals: readonly TTimeInterval[], where: string): TMinuteRange[] {
  const ranges = intervals.map((iv) => {
    const start = parseTimeOfDay(iv.start);
    const end = parseTimeOfDay(iv.end, true);
    if (start >= end)
      throw new RangeError(`${where}: interval ${iv.start}–${iv.end} must end after it starts`);
    return { start, end };
  });
  ranges.sort((x, y) => x.start - y.start);
  const out: TMinuteRange[] = [];
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && r.start < prev.end) prev.end = Math.max(prev.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function indexWeekly(weekly: readonly TWeeklyInterval[]): TMinuteRange[][] {
  const byDay: TTimeInterval[][] = [[], [], [], [], [], [], [], []];
  for (const row of weekly) {
    if (!Number.isInteger(row.weekday) || row.weekday < 1 || row.weekday > 7) {
      throw new RangeError(`weekday must be 1 (Monday) … 7 (Sunday), got ${row.weekday}`);
    }
    (byDay[row.weekday] as TTimeInterval[]).push(row);
  }
  return byDay.map((rows, weekday) => toMinuteRanges(rows, `weekday ${weekday}`));
}

function indexOverrides(overrides: readonly TDateOverride[]): Map<string, TMinuteRange[]> {
  const raw = new Map<string, TTimeInterval[]>();
  for (const o of overrides) {
    if (Number.isNaN(parseLocalDate(o.date))) throw new RangeError(`Not a calendar date: ${o.date}`);
    // A repeated date (the schema rejects it) unions its intervals rather than last-one-wins.
    const list = raw.get(o.date);
    if (list) list.push(...o.intervals);
    else raw.set(o.date, [...o.intervals]);
  }
  const byDate = new Map<string, TMinuteRange[]>();
  for (const [date, intervals] of raw) byDate.set(date, toMinuteRanges(intervals, date));
  return byDate;
}

/** Sorted, disjoint union of the blocked ranges (empty ranges dropped). */
function mergeRanges(ranges: readonly TInstantRange[]): TMsRange[] {
  const parsed: TMsRange[] = [];
  for (const r of ranges) {
    const start = toEpochMs(r.start);
    const end = toEpochMs(r.end);
    if (end > start) parsed.push({ start, end });
  }
  parsed.sort((x, y) => x.start - y.start);
  const out: TMsRange[] = [];
  for (const r of parsed) {
    const prev = out[out.length - 1];
    if (prev && r.start <= prev.end) prev.end = Math.max(prev.end, r.end);
    else out.push(r);
  }
  return out;
}
