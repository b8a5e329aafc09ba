import { DateTime, IANAZone } from 'luxon';

/**
 * Wall-clock ↔ UTC conversion for one IANA zone, built for slot computation.
 *
 * Vocabulary used throughout `time/`:
 * - an *instant* is UTC epoch milliseconds;
 * - a *wall time* ("naive" ms) is a local calendar date + clock time encoded as if it were UTC
 *   (`Date.UTC(y, m - 1, d, hh, mm)`), so plain integer arithmetic on days and minutes is exact and
 *   never touches DST.
 *
 * Intl is the only source of zone data; it costs a few microseconds per call, so offsets are sampled
 * once per range into a small transition table and every later conversion is arithmetic.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** An instant as accepted by the public helpers: a `Date` or an ISO 8601 string with an offset. */
export type TInstant = Date | string;

const SIMPLE_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of a `Date` or ISO string; throws `RangeError` on anything unparseable. */
export function toEpochMs(value: TInstant): number {
  let ms: number;
  if (value instanceof Date) ms = value.getTime();
  // ECMAScript guarantees Date.parse only for this simplified ISO format; it is also the fast path.
  else if (SIMPLE_ISO.test(value)) ms = Date.parse(value);
  // Anything else ISO-shaped goes through Luxon; a string without an offset is read as UTC.
  else ms = DateTime.fromISO(value, { zone: 'utc' }).toMillis();
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(value)}`);
  return ms;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after local midnight for "HH:mm" (00:00–23:59). With `allowEndOfDay`, "24:00" is accepted
 * and means the midnight that ends the day (1440). Throws `RangeError` otherwise.
 */
export function parseTimeOfDay(value: string, allowEndOfDay = false): number {
  if (allowEndOfDay && value === '24:00') return 1440;
  const m = TIME_OF_DAY.exec(value);
  if (!m) throw new RangeError(`Not a time of day "HH:mm": ${value}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** True for "HH:mm" (and "24:00" when `allowEndOfDay`). */
export function isTimeOfDay(value: string, allowEndOfDay = false): boolean {
  return (allowEndOfDay && value === '24:00') || TIME_OF_DAY.test(value);
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Wall-time ms of local midnight for "YYYY-MM-DD", or `NaN` unless it is a real calendar date. */
export function parseLocalDate(value: string): number {
  const m = LOCAL_DATE.exec(value);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches that (and years < 100).
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return Number.NaN;
  }
  return ms;
}

/** "YYYY-MM-DD" of a wall-time ms (any time within the day). */
export function formatLocalDate(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 10);
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of a wall-time ms. */
export function isoWeekday(wallMs: number): number {
  const days = Math.floor(wallMs / DAY_MS);
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const OFFSET_NAME = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?/;

/** The zone's UTC offset in ms at an instant (New York in January: -18 000 000). */
export function zoneOffsetMs(zone: string, instantMs: number): number {
  let dtf = offsetFormatters.get(zone);
  if (!dtf) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    dtf = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, dtf);
  }
  // "longOffset" yields e.g. "1/5/2026, GMT-05:00" or "…, GMT" for UTC; it is ~3x cheaper than
  // formatToParts. Should a runtime ever answer differently, Luxon's slower path is the fallback.
  const m = OFFSET_NAME.exec(dtf.format(instantMs));
  if (!m) return IANAZone.create(zone).offset(instantMs) * MINUTE_MS;
  if (!m[1]) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return (m[1] === '-' ? -seconds : seconds) * 1000;
}

/** Sampling step for offset changes; no zone changes its offset twice within 12 hours. */
const SAMPLE_STEP_MS = 12 * HOUR_MS;

/**
 * The offsets of one zone over a UTC range, as a transition table:
 * `offsets[i]` applies on `[changes[i - 1], changes[i])` (unbounded at both ends).
 */
export class ZoneOffsets {
  private constructor(
    readonly zone: string,
    private readonly changes: readonly number[],
    private readonly offsets: readonly number[],
  ) {}

  /**
   * Samples the zone every 12 h over `[fromMs, toMs]` and pins each change to the second by
   * bisection. Conversions are exact within the range (plus a day either side); outside it the
   * nearest known offset is assumed.
   */
  static forRange(zone: string, fromMs: number, toMs: number): ZoneOffsets {
    const start = fromMs - DAY_MS;
    const end = toMs + DAY_MS;
    const changes: number[] = [];
    let prevAt = start;
    let prev = zoneOffsetMs(zone, start);
    const offsets: number[] = [prev];
    for (let t = start; t < end; ) {
      t = Math.min(t + SAMPLE_STEP_MS, end);
      const cur = zoneOffsetMs(zone, t);
      if (cur !== prev) {
        // Walk every change between the two samples (normally exactly one).
        let a = prevAt;
        let aOffset = prev;
        while (aOffset !== cur) {
          const at = firstChangeAfter(zone, a, aOffset, t);
          aOffset = zoneOffsetMs(zone, at);
          changes.push(at);
          offsets.push(aOffset);
          a = at;
        }
      }
      prev = cur;
      prevAt = t;
    }
    return new ZoneOffsets(zone, changes, offsets);
  }

  /** Offset in ms at an instant. */
  offsetAt(instantMs: number): number {
    let lo = 0;
    let hi = this.changes.length;
    // First change strictly after the instant; its index is the segment's.
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.changes[mid] as number) <= instantMs) lo = mid + 1;
      else hi = mid;
    }
    return this.offsets[lo] as number;
  }

  /** Wall time (naive ms) shown by the zone's clocks at an instant. */
  toWall(instantMs: number): number {
    return instantMs + this.offsetAt(instantMs);
  }

  /**
   * The instant at which the zone's clocks show a wall time. The two DST edge cases, by design:
   *
   * - **Gap** (spring forward; 02:30 on 2026-03-08 in New York never shows on a clock): resolves to
   *   the first instant after the gap, i.e. the transition itself (03:00 EDT = 07:00Z). This is the
   *   earliest instant whose wall time is at or after the requested one, so "available from 02:30"
   *   means available as soon as such a time has passed, and an interval whose wall-clock span
   *   covers the gap is shorter in real time (02:00–04:00 → 03:00–04:00 EDT, one hour). Luxon's own
   *   `fromObject` would instead push 02:30 forward by the gap length to 03:30; we do not use it
   *   because it would drop 03:00–03:30 and leave wall-adjacent intervals with a hole between them.
   * - **Overlap** (fall back; 01:30 on 2026-11-01 in New York shows twice): resolves to the earlier
   *   instant (the first offset, EDT). Applied to starts and ends alike, the mapping wall → instant is
   *   non-decreasing, so intervals that do not overlap in wall time never overlap in real time, and an
   *   interval 01:00–03:00 runs 01:00 EDT → 03:00 EST, its true three real hours.
   */
  toInstant(wallMs: number): number {
    const n = this.offsets.length;
    for (let i = 0; i < n; i++) {
      const candidate = wallMs - (this.offsets[i] as number);
      const segStart = i === 0 ? Number.NEGATIVE_INFINITY : (this.changes[i - 1] as number);
      const segEnd = i === n - 1 ? Number.POSITIVE_INFINITY : (this.changes[i] as number);
      // Segments are in time order, so the first valid candidate is the earliest one.
      if (candidate >= segStart && candidate < segEnd) return candidate;
    }
    for (let i = 0; i < n - 1; i++) {
      const at = this.changes[i] as number;
      if (wallMs >= at + (this.offsets[i] as number) && wallMs < at + (this.offsets[i + 1] as number)) {
        return at;
      }
    }
    throw new RangeError(`Cannot place wall time ${new Date(wallMs).toISOString()} in ${this.zone}`);
  }
}

/**
 * First instant in (a, b] whose offset differs from `aOffset`, to the second (tz transitions fall on
 * whole seconds). Requires that the offset at `b` differs.
 */
function firstChangeAfter(zone: string, a: number, aOffset: number, b: number): number {
  let lo = Math.floor(a / 1000);
  let hi = Math.ceil(b / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMs(zone, mid * 1000) === aOffset) lo = mid;
    else hi = mid;
  }
  return hi * 1000;
}

/** Local calendar date "YYYY-MM-DD" of an instant in a zone. */
export function localDateOf(instant: TInstant, zone: string): string {
  const ms = toEpochMs(instant);
  return formatLocalDate(ms + zoneOffsetMs(zone, ms));
}

/**
 * The UTC instant of a local date and time in a zone, with the DST rules of
 * {@link ZoneOffsets.toInstant}: a time in a spring-forward gap → the end of the gap; a repeated time
 * → its first occurrence. `time` may be "24:00" (the midnight ending the date).
 */
export function localTimeToUtc(date: string, time: string, zone: string): Date {
  const day = parseLocalDate(date);
  if (Number.isNaN(day)) throw new RangeError(`Not a calendar date "YYYY-MM-DD": ${date}`);
  const wall = day + parseTimeOfDay(time, true) * MINUTE_MS;
  // Wall time minus at most ±14 h of offset lands within a day of the instant.
  return new Date(ZoneOffsets.forRange(zone, wall - DAY_MS, wall + DAY_MS).toInstant(wall));
}
