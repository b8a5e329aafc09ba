import type { TSlotInput } from '@ladder/domain';
import { localDateOf } from '@ladder/domain';
import type { EntityManager } from 'typeorm';

export interface OfferingRow {
  id: string;
  mentor_id: string;
  title: string;
  duration_minutes: number;
  price_amount: number;
  currency: string;
  buffer_before_minutes: number;
  buffer_after_minutes: number;
  minimum_notice_minutes: number;
}

export interface AvailabilityRow {
  timezone: string;
  weekly: TSlotInput['weekly'];
  overrides: TSlotInput['overrides'];
  horizon_days: number;
  daily_cap: number | null;
}

/** Columns of an offering row as the slot and booking code reads them. */
export const OFFERING_COLUMNS = `o.id, o.mentor_id, o.title, o.duration_minutes, o.price_amount, o.currency, o.buffer_before_minutes,
  o.buffer_after_minutes, o.minimum_notice_minutes`;

/**
 * SQL fragment (a correlated subquery) giving a mentor's availability and the blocked ranges of
 * their active bookings around a window as one JSON value, so callers fetch everything the slot
 * computation needs in the same statement as the rows they are loading anyway.
 * Parameters: the mentor id expression, then `$from`/`$to`/`$exclude` placeholders.
 */
export function slotContextSql(mentorId: string, from: string, to: string, exclude: string): string {
  return `(SELECT json_build_object(
      'timezone', a.timezone, 'weekly', a.weekly, 'overrides', a.overrides,
      'horizon_days', a.horizon_days, 'daily_cap', a.daily_cap,
      'blocked', COALESCE((
        SELECT json_agg(json_build_array(lower(b.blocked_range), upper(b.blocked_range), b.starts_at))
          FROM bookings b
         WHERE b.mentor_id = a.mentor_id
           AND b.blocked_range && tstzrange(${from}::timestamptz - interval '2 days', ${to}::timestamptz + interval '2 days')
           AND (b.status = 'confirmed' OR (b.status = 'held' AND b.hold_expires_at > now()))
           AND (${exclude}::uuid IS NULL OR b.id <> ${exclude}::uuid)), '[]'::json))
    FROM mentor_availability a WHERE a.mentor_id = ${mentorId})`;
}

export interface SlotContextJson extends AvailabilityRow {
  blocked: [string, string, string][];
}

/** Turns the JSON of {@link slotContextSql} into the pure computation's input; null without availability. */
export function toSlotInput(
  offering: OfferingRow,
  ctx: SlotContextJson | null,
): Omit<TSlotInput, 'from' | 'to'> | null {
  if (!ctx) return null;
  const blocked = ctx.blocked.map(([start, end, startsAt]) => ({
    start: new Date(start),
    end: new Date(end),
    startsAt: new Date(startsAt),
  }));
  const bookedPerLocalDate: Record<string, number> = {};
  if (ctx.daily_cap) {
    for (const b of blocked) {
      const day = localDateOf(b.startsAt, ctx.timezone);
      bookedPerLocalDate[day] = (bookedPerLocalDate[day] ?? 0) + 1;
    }
  }
  return {
    timezone: ctx.timezone,
    weekly: ctx.weekly,
    overrides: ctx.overrides,
    offering: {
      durationMinutes: offering.duration_minutes,
      bufferBeforeMinutes: offering.buffer_before_minutes,
      bufferAfterMinutes: offering.buffer_after_minutes,
      minimumNoticeMinutes: offering.minimum_notice_minutes,
    },
    blocked: blocked.map((b) => ({ start: b.start, end: b.end })),
    now: new Date(),
    horizonDays: ctx.horizon_days,
    ...(ctx.daily_cap ? { dailyCap: ctx.daily_cap, bookedPerLocalDate } : {}),
  };
}

/**
 * Everything the pure slot computation needs for one mentor and offering around a time window:
 * availability, and the blocked ranges of active bookings (a hold past its expiry is free at once).
 * `excludeBookingId` leaves one booking out (rescheduling it must not collide with itself).
 */
export async function loadSlotInput(
  m: EntityManager,
  offering: OfferingRow,
  window: { from: Date; to: Date },
  excludeBookingId?: string,
): Promise<Omit<TSlotInput, 'from' | 'to'> | null> {
  const rows: { ctx: SlotContextJson | null }[] = await m.query(
    `SELECT ${slotContextSql('$1', '$2', '$3', '$4')} AS ctx`,
    [offering.mentor_id, window.from, window.to, excludeBookingId ?? null],
  );
  return toSlotInput(offering, rows[0]?.ctx ?? null);
}
