import {
  computeSlots,
  DAY_MS,
  formatLocalDate,
  localDateOf,
  localTimeToUtc,
  parseLocalDate,
  type TPutAvailability,
  type TSlot,
  type TSlotOffering,
} from '@ladder/domain';

export type TPreviewDay = { date: string; label: string; times: { start: string; label: string }[] };

/** "Mon, Mar 9" for a local calendar date "YYYY-MM-DD" (no zone involved). */
export function localDateLabel(date: string): string {
  const wall = parseLocalDate(date);
  if (Number.isNaN(wall)) return date;
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(wall));
}

/** "09:00" — an instant as 24-hour wall time in `zone`. */
export function wallTime(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(iso));
}

/**
 * Slots grouped by the mentor's local day, one entry for each of the `days` local dates starting
 * with today's (also the days without slots), times as the mentor's wall clock.
 */
export function groupSlotsByLocalDay(
  slots: readonly TSlot[],
  zone: string,
  now: Date,
  days = 7,
): TPreviewDay[] {
  const first = parseLocalDate(localDateOf(now, zone));
  const out: TPreviewDay[] = [];
  const byDate = new Map<string, TPreviewDay>();
  for (let i = 0; i < days; i += 1) {
    const date = formatLocalDate(first + i * DAY_MS);
    const day: TPreviewDay = { date, label: localDateLabel(date), times: [] };
    out.push(day);
    byDate.set(date, day);
  }
  for (const slot of slots) {
    const day = byDate.get(localDateOf(slot.start, zone));
    day?.times.push({ start: slot.start, label: wallTime(slot.start, zone) });
  }
  return out;
}

/**
 * The slots mentees would be offered from now to the end of the mentor's local day `days - 1`
 * days ahead (today plus six more for a week), for this availability and offering, by the same pure
 * function the API uses — but without existing bookings.
 */
export function previewSlots(
  availability: TPutAvailability,
  offering: TSlotOffering,
  now: Date,
  days = 7,
): TSlot[] {
  return computeSlots({
    timezone: availability.timezone,
    weekly: availability.weekly,
    overrides: availability.overrides,
    offering,
    blocked: [],
    from: now,
    to: localTimeToUtc(
      formatLocalDate(parseLocalDate(localDateOf(now, availability.timezone)) + days * DAY_MS),
      '00:00',
      availability.timezone,
    ),
    now,
    ...(availability.horizonDays !== undefined ? { horizonDays: availability.horizonDays } : {}),
    ...(availability.dailyCap ? { dailyCap: availability.dailyCap } : {}),
  });
}
