import type { TBooking } from '@ladder/domain';
import type { EntityManager } from 'typeorm';

/** A booking with the names and zones around it, as one query returns it. */
export interface BookingRow {
  id: string;
  mentor_id: string;
  mentee_id: string;
  /** Null for a booking made through Cal.com (`source = 'calcom'`). */
  offering_id: string | null;
  status: TBooking['status'];
  starts_at: Date;
  ends_at: Date;
  price_amount: number;
  currency: string;
  hold_expires_at: Date | null;
  checkout_url: string | null;
  meeting_url: string | null;
  refund_amount: number | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
  ics_sequence: number;
  source: string;
  created_at: Date;
  idempotency_hash: string | null;
  mentee_timezone: string;
  offering_title: string;
  duration_minutes: number;
  mentor_user_id: string;
  mentor_slug: string;
  mentor_name: string;
  mentor_email: string;
  mentor_timezone: string;
  mentee_name: string;
  mentee_email: string;
  /** Whether its mentee has reviewed it (absent on a booking just created: false). */
  reviewed?: boolean;
}

/** What the emails and calendar need: everything but the database's own timestamps. */
export type BookingFacts = Omit<BookingRow, 'created_at'>;

export const BOOKING_SELECT = `
  SELECT b.id, b.mentor_id, b.mentee_id, b.offering_id, b.status, b.starts_at, b.ends_at, b.price_amount,
         b.currency, b.hold_expires_at, b.checkout_url, b.meeting_url, b.refund_amount, b.cancelled_by,
         b.cancel_reason, b.ics_sequence, b.source, b.created_at, b.idempotency_hash, b.mentee_timezone,
         COALESCE(o.title, b.external_title, 'Cal.com session') AS offering_title,
         COALESCE(o.duration_minutes, (extract(epoch FROM b.ends_at - b.starts_at) / 60)::int) AS duration_minutes,
         p.user_id AS mentor_user_id, p.slug AS mentor_slug, p.timezone AS mentor_timezone,
         mu.name AS mentor_name, mu.email AS mentor_email,
         me.name AS mentee_name, me.email AS mentee_email,
         EXISTS (SELECT 1 FROM reviews rv WHERE rv.booking_id = b.id) AS reviewed
    FROM bookings b
    LEFT JOIN offerings o ON o.id = b.offering_id
    JOIN mentor_profiles p ON p.id = b.mentor_id
    JOIN users mu ON mu.id = p.user_id
    JOIN users me ON me.id = b.mentee_id`;

export async function loadBooking(m: EntityManager, id: string, lock = false): Promise<BookingRow | null> {
  if (lock) await m.query('SELECT 1 FROM bookings WHERE id = $1 FOR UPDATE', [id]);
  const rows: BookingRow[] = await m.query(`${BOOKING_SELECT} WHERE b.id = $1`, [id]);
  return rows[0] ?? null;
}

export type TBookingView = TBooking & {
  source: string;
  offering: { title: string; durationMinutes: number };
  mentor: { name: string; slug: string; timezone: string; userId: string };
  mentee: { name: string; timezone: string };
  cancelledBy: string | null;
  createdAt: string;
  /** The mentee has left their review (reviews are once per booking). */
  reviewed: boolean;
};

/** CONTRACT.md `booking`, plus names for the dashboards. A held booking shows its checkout. */
export function presentBooking(r: BookingRow): TBookingView {
  const live = r.status === 'held';
  return {
    id: r.id,
    mentorId: r.mentor_id,
    menteeId: r.mentee_id,
    offeringId: r.offering_id,
    status: r.status,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    priceAmount: r.price_amount,
    currency: r.currency.trim(),
    ...(live && r.hold_expires_at ? { holdExpiresAt: r.hold_expires_at.toISOString() } : {}),
    ...(live && r.checkout_url ? { checkoutUrl: r.checkout_url } : {}),
    ...(r.meeting_url && r.status === 'confirmed' ? { meetingUrl: r.meeting_url } : {}),
    ...(r.refund_amount !== null ? { refundAmount: r.refund_amount } : {}),
    source: r.source,
    offering: { title: r.offering_title, durationMinutes: r.duration_minutes },
    mentor: {
      name: r.mentor_name,
      slug: r.mentor_slug,
      timezone: r.mentor_timezone,
      userId: r.mentor_user_id,
    },
    mentee: { name: r.mentee_name, timezone: r.mentee_timezone },
    cancelledBy: r.cancelled_by,
    createdAt: r.created_at.toISOString(),
    reviewed: r.reviewed === true,
  };
}
