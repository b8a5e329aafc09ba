import { z } from 'zod';
import { DAY_MS, isTimeOfDay, parseLocalDate, parseTimeOfDay } from '../time/wall-clock';
import { ZIsoDateTime, ZTimeZone, ZUuid } from './common';

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const MAX_WEEKLY_INTERVALS = 100;
export const MAX_AVAILABILITY_OVERRIDES = 366;
export const MAX_SLOTS_QUERY_DAYS = 62;

const ZStartTime = z
  .string()
  .refine((s) => isTimeOfDay(s), { message: 'Must be a time "HH:mm" from 00:00 to 23:59' });
const ZEndTime = z
  .string()
  .refine((s) => isTimeOfDay(s, true), { message: 'Must be a time "HH:mm" from 00:00 to 24:00' });

/**
 * Minutes after midnight, or `undefined` for a malformed time. Object-level refinements in zod 4 still
 * run when a field failed its own check, so they must tolerate the raw value and stay quiet about it.
 */
function minutesOf(value: string, isEnd: boolean): number | undefined {
  return isTimeOfDay(value, isEnd) ? parseTimeOfDay(value, isEnd) : undefined;
}

const startBeforeEnd = (iv: { start: string; end: string }) => {
  const start = minutesOf(iv.start, false);
  const end = minutesOf(iv.end, true);
  return start === undefined || end === undefined || start < end;
};
const startBeforeEndMessage = { message: 'The end must be later than the start', path: ['end'] };

export const ZAvailabilityIntervalSchema = z
  .strictObject({ start: ZStartTime, end: ZEndTime })
  .refine(startBeforeEnd, startBeforeEndMessage);
export type TAvailabilityInterval = z.infer<typeof ZAvailabilityIntervalSchema>;

export const ZWeeklyAvailabilitySchema = z
  .strictObject({
    weekday: z
      .number({ message: 'Must be a weekday number 1 (Monday) to 7 (Sunday)' })
      .int()
      .min(1, 'Must be a weekday number 1 (Monday) to 7 (Sunday)')
      .max(7, 'Must be a weekday number 1 (Monday) to 7 (Sunday)'),
    start: ZStartTime,
    end: ZEndTime,
  })
  .refine(startBeforeEnd, startBeforeEndMessage);
export type TWeeklyAvailability = z.infer<typeof ZWeeklyAvailabilitySchema>;

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
export const ZLocalDate = z
  .string()
  .refine((s) => !Number.isNaN(parseLocalDate(s)), { message: 'Must be a calendar date "YYYY-MM-DD"' });

/** Index pairs of intervals that overlap (touching is fine), reported once per offender. */
function overlaps(intervals: readonly { start: string; end: string }[]): [number, number][] {
  const sorted: { i: number; start: number; end: number }[] = [];
  intervals.forEach((iv, i) => {
    const start = minutesOf(iv.start, false);
    const end = minutesOf(iv.end, true);
    // Malformed or empty rows carry their own error already.
    if (start !== undefined && end !== undefined && start < end) sorted.push({ i, start, end });
  });
  sorted.sort((a, b) => a.start - b.start);
  const found: [number, number][] = [];
  let reach = sorted[0];
  for (const cur of sorted.slice(1)) {
    if (reach && cur.start < reach.end) found.push([reach.i, cur.i]);
    if (!reach || cur.end > reach.end) reach = cur;
  }
  return found;
}

export const ZAvailabilityOverrideSchema = z
  .strictObject({
    date: ZLocalDate,
    intervals: z.array(ZAvailabilityIntervalSchema).max(48, 'At most 48 intervals per date'),
  })
  .superRefine((o, ctx) => {
    for (const [a, b] of overlaps(o.intervals)) {
      const x = o.intervals[a];
      const y = o.intervals[b];
      ctx.addIssue({
        code: 'custom',
        path: ['intervals', b],
        message: `Overlaps ${x?.start}–${x?.end} on ${o.date}: ${y?.start}–${y?.end}`,
      });
    }
  });
export type TAvailabilityOverride = z.infer<typeof ZAvailabilityOverrideSchema>;

/** PUT /mentors/me/availability — replaces the mentor's weekly rules and date overrides. */
export const ZPutAvailabilitySchema = z
  .strictObject({
    timezone: ZTimeZone,
    weekly: z
      .array(ZWeeklyAvailabilitySchema)
      .max(MAX_WEEKLY_INTERVALS, `At most ${MAX_WEEKLY_INTERVALS} weekly intervals`),
    overrides: z
      .array(ZAvailabilityOverrideSchema)
      .max(MAX_AVAILABILITY_OVERRIDES, `At most ${MAX_AVAILABILITY_OVERRIDES} date overrides`),
    /** How far ahead mentees may book, in days (default 60). An addition to the contract's body. */
    horizonDays: z.number().int().min(1, 'At least 1 day').max(365, 'At most 365 days').optional(),
    /** At most this many sessions per local day; omit or null for no cap. */
    dailyCap: z.number().int().min(1).max(48).nullable().optional(),
  })
  .superRefine((value, ctx) => {
    for (let weekday = 1; weekday <= 7; weekday++) {
      const rows = value.weekly
        .map((row, index) => ({ row, index }))
        .filter((r) => r.row.weekday === weekday);
      for (const [a, b] of overlaps(rows.map((r) => r.row))) {
        const x = rows[a];
        const y = rows[b];
        if (!x || !y) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['weekly', y.index],
          message: `${WEEKDAY_NAMES[weekday]} ${y.row.start}–${y.row.end} overlaps ${x.row.start}–${x.row.end}`,
        });
      }
    }
    const seen = new Map<string, number>();
    value.overrides.forEach((o, index) => {
      const first = seen.get(o.date);
      if (first === undefined) seen.set(o.date, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', index, 'date'],
          message: `${o.date} already has an override (entry ${first + 1}); put all its intervals in one`,
        });
      }
    });
  });
export type TPutAvailability = z.infer<typeof ZPutAvailabilitySchema>;

/** GET /mentors/{slug}/slots query. */
export const ZSlotsQuerySchema = z
  .strictObject({ offeringId: ZUuid, from: ZIsoDateTime, to: ZIsoDateTime })
  .superRefine((q, ctx) => {
    const span = Date.parse(q.to) - Date.parse(q.from);
    if (!(span > 0)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '"to" must be later than "from"' });
    } else if (span > MAX_SLOTS_QUERY_DAYS * DAY_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `The range from "from" to "to" may span at most ${MAX_SLOTS_QUERY_DAYS} days`,
      });
    }
  });
export type TSlotsQuery = z.infer<typeof ZSlotsQuerySchema>;

export const ZSlotSchema = z.object({ start: z.string(), end: z.string() });

/** GET /mentors/{slug}/slots response. */
export const ZSlotsResponseSchema = z.object({ timezone: z.string(), slots: z.array(ZSlotSchema) });
export type TSlotsResponse = z.infer<typeof ZSlotsResponseSchema>;
