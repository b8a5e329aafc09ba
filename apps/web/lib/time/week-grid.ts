import { addDays, dateInZone, type TDateKey } from './calendar-date';

export type TSlot = { start: string; end: string };

export type TWeekDay = {
  /** The day on the viewer's calendar. */
  date: TDateKey;
  /** Free slots starting on that day in the viewer's zone, ascending. */
  slots: TSlot[];
  /** Before the viewer's today: shown, but nothing can be booked. */
  isPast: boolean;
  isToday: boolean;
};

/**
 * Seven day buckets from `weekStart` for the slots the API returned, by the day each slot STARTS
 * on in the viewer's zone (which is not its UTC day: 20:00Z is already tomorrow in Kolkata).
 * Slots outside the week are dropped; order within a day follows the start instant, so a repeated
 * wall-clock hour on a fall-back day still reads in real order.
 */
export function buildWeekGrid(
  slots: readonly TSlot[],
  zone: string,
  weekStart: TDateKey,
  today: TDateKey,
): TWeekDay[] {
  const days: TWeekDay[] = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(weekStart, i);
    return { date, slots: [], isPast: date < today, isToday: date === today };
  });
  const index = new Map(days.map((day, i) => [day.date, i]));
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const slot of sorted) {
    const i = index.get(dateInZone(slot.start, zone));
    if (i !== undefined) days[i]!.slots.push(slot);
  }
  return days;
}

/** True when no day of the grid has a slot. */
export function isEmptyWeek(days: readonly TWeekDay[]): boolean {
  return days.every((day) => day.slots.length === 0);
}
