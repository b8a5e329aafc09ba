import fc from 'fast-check';
import { DateTime } from 'luxon';
import { computeSlots, type TDateOverride, type TSlot, type TSlotInput, type TWeeklyInterval } from './slots';

/**
 * Property tests for computeSlots over random availability in zones with DST (including Lord Howe's
 * 30-minute shift and the southern hemisphere) and windows placed around the 2026 transitions.
 * The checks use Luxon directly and never the implementation's own wall-clock code.
 */

const NUM_RUNS = 200;
const MIN = 60_000;
const DAY = 86_400_000;

/** Each zone with the local dates of its 2026 transitions (none for Kolkata, which has no DST). */
const ZONES: Record<string, string[]> = {
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'America/Los_Angeles': ['2026-03-08', '2026-11-01'],
  'Europe/Berlin': ['2026-03-29', '2026-10-25'],
  'Europe/London': ['2026-03-29', '2026-10-25'],
  'Australia/Sydney': ['2026-04-05', '2026-10-04'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
  'Asia/Kolkata': ['2026-03-08', '2026-10-25'],
};

const hhmm = (minutes: number): string =>
  minutes === 1440
    ? '24:00'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Non-overlapping intervals of one day on a 15-minute grid, with boundaries drawn often from
 * 00:00–04:00, where every transition of these zones happens (so 02:15 in a gap, 01:30 in a
 * repeated hour and the like come up in most runs).
 */
const arbDayIntervals = fc
  .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 96 }), fc.integer({ min: 0, max: 16 })), { maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: { start: string; end: string }[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      out.push({ start: hhmm((sorted[i] as number) * 15), end: hhmm((sorted[i + 1] as number) * 15) });
    }
    return out;
  });

const arbWeekly: fc.Arbitrary<TWeeklyInterval[]> = fc
  .tuple(...[1, 2, 3, 4, 5, 6, 7].map(() => arbDayIntervals))
  .map((days) => days.flatMap((intervals, i) => intervals.map((iv) => ({ weekday: i + 1, ...iv }))));

const arbOffering = fc.record({
  durationMinutes: fc.constantFrom(15, 20, 30, 45, 50, 60, 90),
  bufferBeforeMinutes: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
  bufferAfterMinutes: fc.integer({ min: 0, max: 12 }).map((n) => n * 5),
  minimumNoticeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 * 24 * 60 })),
});

interface TCase {
  input: TSlotInput;
  fromMs: number;
  toMs: number;
}

const arbCase: fc.Arbitrary<TCase> = fc
  .record({
    zone: fc.constantFrom(...Object.keys(ZONES)),
    transition: fc.integer({ min: 0, max: 1 }),
    // The window starts up to three days before the transition date and spans up to a week.
    fromBeforeMin: fc.integer({ min: 0, max: 3 * 24 * 60 }),
    spanMin: fc.integer({ min: 1, max: 7 * 24 * 60 }),
    nowBeforeMin: fc.integer({ min: -24 * 60, max: 3 * 24 * 60 }),
    weekly: arbWeekly,
    overrides: fc.array(
      fc.record({ dayIndex: fc.integer({ min: -4, max: 8 }), intervals: arbDayIntervals }),
      {
        maxLength: 5,
      },
    ),
    offering: arbOffering,
    blocked: fc.array(
      fc.record({
        atMin: fc.integer({ min: -4 * 24 * 60, max: 8 * 24 * 60 }),
        lengthMin: fc.integer({ min: 1, max: 300 }),
      }),
      { maxLength: 12 },
    ),
    horizonDays: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    cap: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    bookedCounts: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 13, maxLength: 13 }),
  })
  .map((r) => {
    const anchor = ZONES[r.zone]?.[r.transition] as string;
    const anchorMs = Date.parse(`${anchor}T00:00:00Z`);
    const fromMs = anchorMs - r.fromBeforeMin * MIN;
    const toMs = fromMs + r.spanMin * MIN;
    const dateAt = (i: number) => new Date(anchorMs + i * DAY).toISOString().slice(0, 10);
    // Unique override dates, as the schema requires.
    const seen = new Set<string>();
    const overrides: TDateOverride[] = [];
    for (const o of r.overrides) {
      const date = dateAt(o.dayIndex);
      if (!seen.has(date)) {
        seen.add(date);
        overrides.push({ date, intervals: o.intervals });
      }
    }
    const bookedPerLocalDate: Record<string, number> = {};
    r.bookedCounts.forEach((n, i) => {
      bookedPerLocalDate[dateAt(i - 4)] = n;
    });
    const input: TSlotInput = {
      timezone: r.zone,
      weekly: r.weekly,
      overrides,
      offering: r.offering,
      blocked: r.blocked.map((b) => ({
        start: new Date(anchorMs + b.atMin * MIN).toISOString(),
        end: new Date(anchorMs + (b.atMin + b.lengthMin) * MIN),
      })),
      from: new Date(fromMs).toISOString(),
      to: new Date(toMs),
      now: new Date(fromMs - r.nowBeforeMin * MIN),
      horizonDays: r.horizonDays,
      dailyCap: r.cap,
      bookedPerLocalDate: r.cap === undefined ? undefined : bookedPerLocalDate,
    };
    return { input, fromMs, toMs };
  });

// ---------------------------------------------------------------------------------------------
// Independent reference, with Luxon: a local date + clock time maps to the earliest instant whose
// wall time is at or after it (a repeated time → its first occurrence; a skipped time → the end of
// the gap). Found by scanning minute by minute over the span where the answer can lie.

const refCache = new Map<string, number>();

function refInstant(zone: string, date: string, minutes: number): number {
  const key = `${zone} ${date} ${minutes}`;
  const hit = refCache.get(key);
  if (hit !== undefined) return hit;
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * MIN;
  const offsetAt = (t: number) => DateTime.fromMillis(t, { zone }).offset * MIN;
  const offsets = [offsetAt(wall - 2 * DAY), offsetAt(wall), offsetAt(wall + 2 * DAY)];
  const lo = wall - Math.max(...offsets);
  const hi = wall - Math.min(...offsets);
  let answer = Number.NaN;
  for (let t = lo; t <= hi; t += MIN) {
    if (t + offsetAt(t) >= wall) {
      answer = t;
      break;
    }
  }
  if (Number.isNaN(answer)) throw new Error(`reference failed for ${key}`);
  refCache.set(key, answer);
  return answer;
}

const toMinutes = (s: string) => (s === '24:00' ? 1440 : Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5)));

function refIntervals(input: TSlotInput, date: string): { start: number; end: number }[] {
  const override = input.overrides.find((o) => o.date === date);
  const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
  const intervals = override ? override.intervals : input.weekly.filter((w) => w.weekday === weekday);
  return intervals.map((iv) => ({
    start: refInstant(input.timezone, date, toMinutes(iv.start)),
    end: refInstant(input.timezone, date, toMinutes(iv.end)),
  }));
}

const localDate = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toISODate() as string;

function parsed(slots: TSlot[]): { start: number; end: number }[] {
  return slots.map((s) => ({ start: Date.parse(s.start), end: Date.parse(s.end) }));
}

function blockedMs(input: TSlotInput): { start: number; end: number }[] {
  return input.blocked.map((b) => ({ start: new Date(b.start).getTime(), end: new Date(b.end).getTime() }));
}

/** Brute force straight from the contract's wording: every grid point of every interval, filtered. */
function referenceSlots({ input, fromMs, toMs }: TCase): number[] {
  const { offering, timezone } = input;
  const duration = offering.durationMinutes * MIN;
  const now = new Date(input.now).getTime();
  const blocked = blockedMs(input);
  const out: number[] = [];
  let day = DateTime.fromMillis(fromMs - 2 * DAY, { zone: timezone }).startOf('day');
  const last = DateTime.fromMillis(toMs + 2 * DAY, { zone: timezone });
  for (; day <= last; day = day.plus({ days: 1 })) {
    const date = day.toISODate() as string;
    if (input.dailyCap !== undefined && (input.bookedPerLocalDate?.[date] ?? 0) >= input.dailyCap) continue;
    for (const iv of refIntervals(input, date)) {
      for (let s = iv.start; s + duration <= iv.end; s += duration) {
        const ws = s - offering.bufferBeforeMinutes * MIN;
        const we = s + duration + offering.bufferAfterMinutes * MIN;
        if (s < fromMs || s >= toMs) continue;
        if (s < now + offering.minimumNoticeMinutes * MIN) continue;
        if (s > now + (input.horizonDays ?? 60) * DAY) continue;
        if (blocked.some((b) => b.start < we && ws < b.end)) continue;
        out.push(s);
      }
    }
  }
  return out.sort((a, b) => a - b);
}

describe('computeSlots properties (fast-check)', () => {
  it('(a) no slot widened by the buffers overlaps a blocked range', () => {
    fc.assert(
      fc.property(arbCase, ({ input }) => {
        const { bufferBeforeMinutes: before, bufferAfterMinutes: after } = input.offering;
        const blocked = blockedMs(input);
        for (const s of parsed(computeSlots(input))) {
          const ws = s.start - before * MIN;
          const we = s.end + after * MIN;
          for (const b of blocked) expect(b.start < we && ws < b.end).toBe(false);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('(b) every slot lies on the grid of an availability interval of its local day', () => {
    fc.assert(
      fc.property(arbCase, ({ input }) => {
        const duration = input.offering.durationMinutes * MIN;
        for (const s of parsed(computeSlots(input))) {
          const date = localDate(s.start, input.timezone);
          const home = refIntervals(input, date).filter(
            (iv) => iv.start <= s.start && s.end <= iv.end && (s.start - iv.start) % duration === 0,
          );
          expect(home).toHaveLength(1);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('(c) strictly ascending, unique, non-overlapping, each exactly the duration long', () => {
    fc.assert(
      fc.property(arbCase, ({ input }) => {
        const slots = computeSlots(input);
        const ms = parsed(slots);
        ms.forEach((s, i) => {
          expect(s.end - s.start).toBe(input.offering.durationMinutes * MIN);
          const prev = ms[i - 1];
          if (prev) expect(s.start).toBeGreaterThanOrEqual(prev.end);
        });
        expect(new Set(slots.map((s) => s.start)).size).toBe(slots.length);
        for (const s of slots) {
          expect(s.start).toBe(new Date(Date.parse(s.start)).toISOString());
          expect(s.end).toBe(new Date(Date.parse(s.end)).toISOString());
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('(d) every start is ≥ now + notice, ≤ now + horizon and inside [from, to)', () => {
    fc.assert(
      fc.property(arbCase, ({ input, fromMs, toMs }) => {
        const now = new Date(input.now).getTime();
        for (const s of parsed(computeSlots(input))) {
          expect(s.start).toBeGreaterThanOrEqual(now + input.offering.minimumNoticeMinutes * MIN);
          expect(s.start).toBeLessThanOrEqual(now + (input.horizonDays ?? 60) * DAY);
          expect(s.start).toBeGreaterThanOrEqual(fromMs);
          expect(s.start).toBeLessThan(toMs);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('(e) [from, to) equals [from, mid) followed by [mid, to)', () => {
    fc.assert(
      fc.property(arbCase, fc.double({ min: 0, max: 1, noNaN: true }), ({ input, fromMs, toMs }, f) => {
        const mid = new Date(fromMs + Math.floor((toMs - fromMs) * f));
        const whole = computeSlots(input);
        const left = computeSlots({ ...input, to: mid });
        const right = computeSlots({ ...input, from: mid });
        expect([...left, ...right]).toEqual(whole);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('(f) equals a brute-force reference built from the contract (nothing missing, nothing extra)', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        expect(parsed(computeSlots(c.input)).map((s) => s.start)).toEqual(referenceSlots(c));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
