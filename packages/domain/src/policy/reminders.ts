/**
 * Session reminders: both people of a confirmed booking are emailed a day and an hour before it
 * starts. Pure rules, so the scheduler and the worker agree and both are easy to test.
 */

/** How long before the start each reminder goes out, longest first (24 h, then 1 h). */
export const REMINDER_LEADS_MINUTES: readonly number[] = [24 * 60, 60];

/**
 * A reminder due sooner than this after it is scheduled is not sent: the person has just had the
 * confirmation (or rescheduling) email, which says the same. So a session booked 30 minutes
 * ahead gets no reminder, one booked 3 hours ahead gets only the 1-hour one.
 */
export const REMINDER_MIN_NOTICE_MINUTES = 30;

export interface PlannedReminder {
  leadMinutes: number;
  sendAt: Date;
}

/** The reminders to schedule for a session starting at `startsAt`, decided at `now`. */
export function plannedReminders(
  startsAt: Date,
  now: Date,
  leads: readonly number[] = REMINDER_LEADS_MINUTES,
): PlannedReminder[] {
  const earliest = now.getTime() + REMINDER_MIN_NOTICE_MINUTES * 60_000;
  return leads
    .map((leadMinutes) => ({ leadMinutes, sendAt: new Date(startsAt.getTime() - leadMinutes * 60_000) }))
    .filter((r) => r.sendAt.getTime() >= earliest);
}

/**
 * Whether the reminder `leadMinutes` before `startsAt` should still go out at `now` (its job may
 * run late, e.g. after a worker outage): not once the session has started, and not once a
 * shorter-lead reminder is due, which supersedes it (one email, never "in 24 hours" an hour before).
 */
export function reminderStillDue(
  startsAt: Date,
  now: Date,
  leadMinutes: number,
  leads: readonly number[] = REMINDER_LEADS_MINUTES,
): boolean {
  if (now.getTime() >= startsAt.getTime()) return false;
  return !leads.some((l) => l < leadMinutes && now.getTime() >= startsAt.getTime() - l * 60_000);
}

/** "24 hours", "1 hour", "45 minutes": how far off the start is, rounded to what reads well. */
export function describeLead(startsAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.round((startsAt.getTime() - now.getTime()) / 60_000));
  if (minutes < 90) return minutes === 60 ? '1 hour' : `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return `${hours} hours`;
}
