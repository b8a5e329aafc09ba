import { localDateOf, localTimeToUtc } from '@ladder/domain';

/**
 * Calendar dates ("YYYY-MM-DD", a day on someone's wall calendar, with no zone of its own) and the
 * instants that bound them in a zone. Date arithmetic is done on the string's UTC midnight, so it
 * never meets a DST transition; only `dayStartInZone` looks at the zone, through @ladder/domain's
 * DST-aware conversion (a midnight that a transition skips resolves to the end of the gap).
 */
export type TDateKey = string;

const DAY_MS = 86_400_000;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function keyToUtcMs(key: TDateKey): number {
  const m = DATE_KEY.exec(key);
  if (!m) throw new RangeError(`Not a calendar date "YYYY-MM-DD": ${key}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function isDateKey(value: unknown): value is TDateKey {
  if (typeof value !== 'string' || !DATE_KEY.test(value)) return false;
  return new Date(keyToUtcMs(value)).toISOString().slice(0, 10) === value;
}

/** `addDays('2026-03-28', 2)` → `'2026-03-30'`. */
export function addDays(key: TDateKey, days: number): TDateKey {
  return new Date(keyToUtcMs(key) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (`b - a`). */
export function daysBetween(a: TDateKey, b: TDateKey): number {
  return Math.round((keyToUtcMs(b) - keyToUtcMs(a)) / DAY_MS);
}

/** The later of two calendar dates. */
export function laterDate(a: TDateKey, b: TDateKey): TDateKey {
  return daysBetween(a, b) > 0 ? b : a;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (the API's `weekday` numbering too). */
export function isoWeekday(key: TDateKey): number {
  const day = new Date(keyToUtcMs(key)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday that starts the (ISO) week containing a date. */
export function startOfWeek(key: TDateKey): TDateKey {
  return addDays(key, 1 - isoWeekday(key));
}

/** The calendar date an instant falls on in a zone. */
export function dateInZone(instant: Date | string, zone: string): TDateKey {
  return localDateOf(instant, zone);
}

/** The Monday of the week, in a zone, that contains an instant. */
export function weekStartInZone(instant: Date | string, zone: string): TDateKey {
  return startOfWeek(dateInZone(instant, zone));
}

/** The instant a date begins in a zone (its local midnight, or the first instant after a DST gap). */
export function dayStartInZone(key: TDateKey, zone: string): Date {
  return localTimeToUtc(key, '00:00', zone);
}

/**
 * The instants bounding the seven days from `weekStart` in a zone, half-open `[from, to)`. Not
 * always 168 hours: a week with a DST change is an hour shorter or longer.
 */
export function weekRangeInZone(weekStart: TDateKey, zone: string): { from: Date; to: Date } {
  return { from: dayStartInZone(weekStart, zone), to: dayStartInZone(addDays(weekStart, 7), zone) };
}
