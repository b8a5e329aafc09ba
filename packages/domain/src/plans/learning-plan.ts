import { DAY_MS, formatLocalDate, parseLocalDate } from '../time/wall-clock';

/** A learning plan covers 90 days, first and last included, in three phases of 30. */
export const PLAN_DAYS = 90;
export const PLAN_PHASE_DAYS = 30;
export const PLAN_PHASES = [1, 2, 3] as const;
export type TPlanPhase = (typeof PLAN_PHASES)[number];

/** "YYYY-MM-DD" plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const ms = parseLocalDate(date);
  if (Number.isNaN(ms)) throw new RangeError(`Not a calendar date: ${date}`);
  return formatLocalDate(ms + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseLocalDate(to) - parseLocalDate(from)) / DAY_MS);
}

/** The last day of a plan that starts on `startsOn` (day 90). */
export function planEndsOn(startsOn: string): string {
  return addDays(startsOn, PLAN_DAYS - 1);
}

export function isWithinPlan(startsOn: string, date: string): boolean {
  const day = daysBetween(startsOn, date);
  return day >= 0 && day < PLAN_DAYS;
}

/** The phase a date falls in: days 1–30 → 1, 31–60 → 2, 61–90 → 3 (dates outside are clamped). */
export function phaseOf(startsOn: string, date: string): TPlanPhase {
  const day = Math.min(Math.max(daysBetween(startsOn, date), 0), PLAN_DAYS - 1);
  return (Math.floor(day / PLAN_PHASE_DAYS) + 1) as TPlanPhase;
}

/** First and last day of a phase. */
export function phaseRange(startsOn: string, phase: TPlanPhase): { from: string; to: string } {
  const from = addDays(startsOn, (phase - 1) * PLAN_PHASE_DAYS);
  return { from, to: addDays(from, PLAN_PHASE_DAYS - 1) };
}
