import {
  mentorShareOf,
  type TMentorEarnings,
  type TRevenueFigures,
  type TRevenueReport,
} from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';

const DAY_MS = 86_400_000;

/** Payments that took money (whatever was refunded since). Read only: payments belong to the payments module. */
const PAID = `p.paid_at IS NOT NULL AND p.status IN ('succeeded', 'refunded', 'partially_refunded')`;

/**
 * The platform fee's share of a payment's refund, rounded half up, in integers — the SQL twin of
 * `feeShareOfRefund` in @ladder/domain (the e2e tests compare the two to the cent).
 */
const refundedFeeSql = (p: string) =>
  `(CASE WHEN ${p}.amount = 0 THEN 0
         ELSE (2 * ${p}.refunded_amount::bigint * ${p}.platform_fee + ${p}.amount) / (2 * ${p}.amount::bigint) END)`;

/** A bigint sum as a number; amounts this large are not money anyone has, so fail loudly. */
function toInt(v: string | number | null): number {
  const n = Number(v ?? 0);
  if (!Number.isSafeInteger(n)) throw new Error(`Sum out of the safe integer range: ${v}`);
  return n;
}

const ZERO: TRevenueFigures = {
  gross: 0,
  platformFees: 0,
  refunds: 0,
  refundedFees: 0,
  netRevenue: 0,
  paidBookings: 0,
};

function add(a: TRevenueFigures, b: TRevenueFigures): TRevenueFigures {
  return {
    gross: a.gross + b.gross,
    platformFees: a.platformFees + b.platformFees,
    refunds: a.refunds + b.refunds,
    refundedFees: a.refundedFees + b.refundedFees,
    netRevenue: a.netRevenue + b.netRevenue,
    paidBookings: a.paidBookings + b.paidBookings,
  };
}

/** The UTC dates (YYYY-MM-DD) from `from` to `to`'s day, both included. */
export function utcDays(from: Date, to: Date): string[] {
  const days: string[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += DAY_MS)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * Money as the platform and mentors see it, read from payments and bookings. Cash basis, in UTC
 * days: a payment counts on the day it was paid (gross, fee, paid booking), a refund on the day
 * its booking was cancelled (refund, and the fee's share of it). Net revenue = platform fees −
 * the fee share of refunds. docs/adr/0005-account-suspension-and-revenue.md.
 */
@Injectable()
export class RevenueService {
  constructor(private readonly db: DataSource) {}

  async report(days: number, now: Date = new Date()): Promise<TRevenueReport> {
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const from = new Date(today - (days - 1) * DAY_MS);
    const rows: {
      currency: string;
      day: string;
      gross: string;
      fees: string;
      refunds: string;
      refunded_fees: string;
      paid: string;
    }[] = await this.db.query(
      `WITH facts AS (
         SELECT p.currency, (p.paid_at AT TIME ZONE 'UTC')::date AS day, p.amount AS gross, p.platform_fee AS fees,
                0 AS refunds, 0::bigint AS refunded_fees, 1 AS paid
           FROM payments p
          WHERE ${PAID} AND p.paid_at >= $1 AND p.paid_at < $2
         UNION ALL
         SELECT p.currency, (r.at AT TIME ZONE 'UTC')::date, 0, 0, p.refunded_amount, ${refundedFeeSql('p')}, 0
           FROM payments p
           JOIN bookings b ON b.id = p.booking_id
          CROSS JOIN LATERAL (SELECT coalesce(b.cancelled_at, p.updated_at) AS at) r
          WHERE p.refunded_amount > 0 AND r.at >= $1 AND r.at < $2)
       SELECT trim(currency) AS currency, day::text AS day, sum(gross)::bigint AS gross, sum(fees)::bigint AS fees,
              sum(refunds)::bigint AS refunds, sum(refunded_fees)::bigint AS refunded_fees, sum(paid)::bigint AS paid
         FROM facts GROUP BY 1, 2 ORDER BY 1, 2`,
      [from, now],
    );
    const dates = utcDays(from, now);
    const byCurrency = new Map<string, Map<string, TRevenueFigures>>();
    for (const r of rows) {
      const fees = toInt(r.fees);
      const refundedFees = toInt(r.refunded_fees);
      const perDay = byCurrency.get(r.currency) ?? new Map<string, TRevenueFigures>();
      perDay.set(r.day, {
        gross: toInt(r.gross),
        platformFees: fees,
        refunds: toInt(r.refunds),
        refundedFees,
        netRevenue: fees - refundedFees,
        paidBookings: toInt(r.paid),
      });
      byCurrency.set(r.currency, perDay);
    }
    return {
      days,
      from: from.toISOString(),
      to: now.toISOString(),
      currencies: [...byCurrency.entries()].map(([currency, perDay]) => {
        const series = dates.map((date) => ({ date, ...(perDay.get(date) ?? ZERO) }));
        const total = series.reduce<TRevenueFigures>((sum, d) => add(sum, d), ZERO);
        return { currency, ...total, series };
      }),
    };
  }

  /** The caller's earnings as a mentor; 404 without a mentor profile (as GET /mentors/me). */
  async earnings(user: AuthUser, now: Date = new Date()): Promise<TMentorEarnings> {
    const profiles: { id: string }[] = await this.db.query(
      'SELECT id FROM mentor_profiles WHERE user_id = $1',
      [user.id],
    );
    const profile = profiles[0];
    if (!profile) throw AppError.notFound('Mentor profile');
    const totals: {
      currency: string;
      earned: string;
      upcoming: string;
      refunded: string;
      paid: string;
    }[] = await this.db.query(
      `SELECT trim(x.currency) AS currency,
              sum(x.kept) FILTER (WHERE NOT x.upcoming)::bigint AS earned,
              sum(x.kept) FILTER (WHERE x.upcoming)::bigint AS upcoming,
              sum(x.refunded_amount)::bigint AS refunded,
              count(*)::bigint AS paid
         FROM (SELECT p.currency, p.refunded_amount,
                      (b.status = 'confirmed' AND b.starts_at > $2) AS upcoming,
                      p.amount - p.platform_fee - (p.refunded_amount - ${refundedFeeSql('p')}) AS kept
                 FROM payments p
                 JOIN bookings b ON b.id = p.booking_id
                WHERE b.mentor_id = $1 AND ${PAID}) x
        GROUP BY 1 ORDER BY 1`,
      [profile.id, now],
    );
    const recent: {
      booking_id: string;
      mentee_name: string;
      starts_at: Date;
      status: string;
      currency: string;
      amount: number;
      platform_fee: number;
      refunded_amount: number;
      paid_at: Date;
    }[] = await this.db.query(
      `SELECT b.id AS booking_id, u.name AS mentee_name, b.starts_at, b.status, trim(p.currency) AS currency,
              p.amount, p.platform_fee, p.refunded_amount, p.paid_at
         FROM payments p
         JOIN bookings b ON b.id = p.booking_id
         JOIN users u ON u.id = b.mentee_id
        WHERE b.mentor_id = $1 AND ${PAID}
        ORDER BY p.paid_at DESC, b.id DESC
        LIMIT 20`,
      [profile.id],
    );
    return {
      currencies: totals.map((t) => ({
        currency: t.currency,
        earned: toInt(t.earned),
        upcoming: toInt(t.upcoming),
        refunded: toInt(t.refunded),
        paidBookings: toInt(t.paid),
      })),
      recent: recent.map((r) => ({
        bookingId: r.booking_id,
        menteeName: r.mentee_name,
        startsAt: r.starts_at.toISOString(),
        status: r.status,
        currency: r.currency,
        amount: r.amount,
        platformFee: r.platform_fee,
        refunded: r.refunded_amount,
        mentorShare: mentorShareOf({
          amount: r.amount,
          platformFee: r.platform_fee,
          refunded: r.refunded_amount,
        }),
        paidAt: r.paid_at.toISOString(),
      })),
    };
  }
}
