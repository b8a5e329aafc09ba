import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  blockedRangeFor,
  isSlotAvailable,
  refundFor,
  splitPlatformFee,
  type TCancelBooking,
  type TCanceller,
  type TCreateBooking,
  type TListBookingsQuery,
} from '@ladder/domain';
import { HttpStatus, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertCanAccess } from '../../common/auth/access';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { prepared } from '../../database/prepared';
import { pgErrorOf, retryOnConflict } from '../../database/retry';
import { FreeSlotsService } from '../availability/free-slots.service';
import {
  loadSlotInput,
  OFFERING_COLUMNS,
  type OfferingRow,
  type SlotContextJson,
  slotContextSql,
  toSlotInput,
} from '../availability/slot-context';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payments/payment-provider';
import { BookingNotifier } from './booking-notifier';
import { BookingReminders } from './booking-reminders';
import {
  BOOKING_SELECT,
  type BookingFacts,
  type BookingRow,
  loadBooking,
  presentBooking,
  type TBookingView,
} from './booking-view';

const slotUnavailable = () =>
  AppError.conflict(
    'slot_unavailable',
    'Slot unavailable',
    'That time is no longer free. Please pick another slot.',
  );

/** Cal.com owns the time and any payment of a booking made there: it is changed in Cal.com. */
const managedByCalcom = (action: string) =>
  AppError.conflict(
    'managed_by_calcom',
    'Managed in Cal.com',
    `This session was booked through Cal.com: ${action} it from your Cal.com booking email or page, and Ladder follows.`,
  );

interface BookableRow extends OfferingRow {
  mentor_user_id: string;
  mentor_slug: string;
  mentor_timezone: string;
  mentor_meeting_url: string | null;
  mentor_name: string;
  mentor_email: string;
  /** The mentor's connected account, when it can take charges (Stripe Connect). */
  mentor_payout_account: string | null;
  ctx: SlotContextJson | null;
}

/** A private video room for a session whose mentor has no meeting link of their own. */
const newRoomUrl = (): string => `https://meet.jit.si/ladder-${randomBytes(9).toString('base64url')}`;

const range = (r: { start: Date; end: Date }) => `[${r.start.toISOString()},${r.end.toISOString()})`;

/** What became of a booking whose payment went through (see {@link BookingsService.settlePaid}). */
export type PaidSettlement =
  | 'confirmed'
  | 'confirmed_late'
  | 'already_confirmed'
  | 'slot_taken'
  | 'cancelled'
  | 'started'
  | 'not_found';

/** Why a paid booking could not be confirmed, as the mentee's email says it ("…, but <reason>"). */
const REFUND_REASONS: Partial<Record<PaidSettlement, string>> = {
  slot_taken: 'your hold had ended and the time was booked in the meantime',
  cancelled: 'the booking had been cancelled',
  started: 'the session had already started',
};

const REFUNDED_OUTSIDE_REASON = 'Cancelled by Ladder: the payment was refunded in full.';

interface PaidRow {
  id: string;
  provider_ref: string | null;
  provider_charge_ref: string | null;
  destination_account: string | null;
  amount: number;
  refunded_amount: number;
}

export interface PaidConfirmation {
  provider: 'offline' | 'stripe';
  providerRef: string | null;
}

@Injectable()
export class BookingsService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PAYMENT_PROVIDER) private readonly payments: PaymentProvider,
    private readonly notifier: BookingNotifier,
    private readonly freeSlots: FreeSlotsService,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly reminders: BookingReminders,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'bookings.expire-holds',
      async () => {
        await this.expireHolds();
      },
      { retryLimit: 0, expireInSeconds: 60 },
    );
    this.jobs.schedule('bookings.expire-holds', '* * * * *');
    this.jobs.register(
      'bookings.complete-past',
      async () => {
        await this.completePast();
      },
      { retryLimit: 0, expireInSeconds: 120 },
    );
    this.jobs.schedule('bookings.complete-past', '*/5 * * * *');
    this.jobs.register('bookings.notify-confirmed', async ({ bookingId }) => {
      const b = await loadBooking(this.db.manager, bookingId);
      // A booking cancelled or moved before this ran has had its own emails; the dedupe keys make
      // a retried job harmless. The reminders are scheduled here, off the booking request.
      if (b?.status !== 'confirmed') return;
      await this.mail.enqueueMany(this.notifier.confirmedMails(b));
      await this.reminders.schedule(b);
    });
  }

  async create(user: AuthUser, body: TCreateBooking, idempotencyKey?: string): Promise<TBookingView> {
    const start = new Date(body.start);
    const hash = createHash('sha256')
      .update(JSON.stringify({ offeringId: body.offeringId, start: start.toISOString() }))
      .digest('hex');
    if (idempotencyKey) {
      const replay = await this.replay(user.id, idempotencyKey, hash);
      if (replay) return replay;
    }
    // One statement: the offering, its mentor, and everything the slot check needs.
    const rows: BookableRow[] = await this.db.query(
      prepared(`SELECT ${OFFERING_COLUMNS}, p.user_id AS mentor_user_id, p.slug AS mentor_slug, p.timezone AS mentor_timezone,
              p.meeting_url AS mentor_meeting_url, u.name AS mentor_name, u.email AS mentor_email,
              CASE WHEN p.stripe_charges_enabled THEN p.stripe_account_id END AS mentor_payout_account,
              ${slotContextSql('p.id', '$2', '$2', 'NULL')} AS ctx
         FROM offerings o
         JOIN mentor_profiles p ON p.id = o.mentor_id
         JOIN users u ON u.id = p.user_id
        WHERE o.id = $1 AND o.active AND o.archived_at IS NULL
          AND p.status = 'approved' AND p.hidden_at IS NULL AND u.suspended_at IS NULL`),
      [body.offeringId, start],
    );
    const offering = rows[0];
    if (!offering) throw AppError.notFound('Offering');
    if (offering.mentor_user_id === user.id) {
      throw AppError.unprocessable(
        'cannot_book_self',
        'You cannot book yourself',
        'Mentors cannot book their own sessions.',
      );
    }
    // The slot check reads outside the transaction: it is advisory (grid, availability, notice);
    // the exclusion constraints decide races.
    const input = toSlotInput(offering, offering.ctx);
    if (!input || !isSlotAvailable(input, start)) throw slotUnavailable();
    const end = new Date(start.getTime() + offering.duration_minutes * 60_000);
    const blocked = blockedRangeFor(
      start,
      end,
      offering.buffer_before_minutes,
      offering.buffer_after_minutes,
    );
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.insertBooking(
          user,
          offering,
          { start, end, blocked },
          idempotencyKey ? { key: idempotencyKey, hash } : null,
        );
      } catch (err) {
        const violation = constraintOf(err);
        const overlap =
          violation === 'EXCL_bookings_mentor_overlap' || violation === 'EXCL_bookings_mentee_overlap';
        // A hold past its expiry is free at once, though the constraint still sees it until the
        // expiry job runs: retire such holds in the way and try once more.
        if (
          overlap &&
          attempt === 0 &&
          (await this.expireStaleHolds(offering.mentor_id, blocked, user.id, { start, end })) > 0
        )
          continue;
        if (violation === 'EXCL_bookings_mentor_overlap') throw slotUnavailable();
        if (violation === 'EXCL_bookings_mentee_overlap') {
          throw AppError.conflict(
            'mentee_overlap',
            'You are busy then',
            'You already have a session at that time.',
          );
        }
        if (violation === 'UQ_bookings_idempotency' && idempotencyKey) {
          const replay = await this.replay(user.id, idempotencyKey, hash);
          if (replay) return replay;
        }
        throw err;
      }
    }
  }

  /** Inserts the booking and, in the same transaction, its payment, emails and discovery refresh. */
  private async insertBooking(
    user: AuthUser,
    offering: BookableRow,
    time: { start: Date; end: Date; blocked: { start: Date; end: Date } },
    idempotency: { key: string; hash: string } | null,
  ): Promise<TBookingView> {
    const id = randomUUID();
    const free = offering.price_amount === 0;
    const holdExpiresAt = free ? null : new Date(Date.now() + this.config.booking.holdMinutes * 60_000);
    const { platformFee } = splitPlatformFee(offering.price_amount, this.config.payments.platformFeeBps);
    // The checkout is opened before the transaction so no provider call runs while rows are locked;
    // if the insert then fails, the unused checkout simply expires.
    const checkout =
      holdExpiresAt &&
      (await this.payments.startCheckout({
        bookingId: id,
        amount: offering.price_amount,
        currency: offering.currency.trim(),
        platformFee,
        description: offering.title,
        menteeEmail: user.email,
        expiresAt: holdExpiresAt,
        idempotencyKey: `checkout:${id}`,
        mentorAccountId: offering.mentor_payout_account,
      }));
    const meetingUrl = free ? (offering.mentor_meeting_url ?? newRoomUrl()) : null;
    const status = free ? 'confirmed' : 'held';
    const row: BookingFacts = {
      id,
      mentor_id: offering.mentor_id,
      mentee_id: user.id,
      offering_id: offering.id,
      status,
      starts_at: time.start,
      ends_at: time.end,
      price_amount: offering.price_amount,
      currency: offering.currency,
      hold_expires_at: holdExpiresAt,
      checkout_url: checkout ? checkout.checkoutUrl : null,
      meeting_url: meetingUrl,
      refund_amount: null,
      cancelled_by: null,
      cancel_reason: null,
      ics_sequence: 0,
      source: 'ladder',
      idempotency_hash: idempotency?.hash ?? null,
      mentee_timezone: user.timezone,
      offering_title: offering.title,
      duration_minutes: offering.duration_minutes,
      mentor_user_id: offering.mentor_user_id,
      mentor_slug: offering.mentor_slug,
      mentor_name: offering.mentor_name,
      mentor_email: offering.mentor_email,
      mentor_timezone: offering.mentor_timezone,
      mentee_name: user.name,
      mentee_email: user.email,
    };
    const params: unknown[] = [
      id,
      offering.mentor_id,
      user.id,
      offering.id,
      status,
      time.start,
      time.end,
      range(time.blocked),
      offering.price_amount,
      offering.currency,
      holdExpiresAt,
      row.checkout_url,
      meetingUrl,
      user.timezone,
      idempotency?.key ?? null,
      idempotency?.hash ?? null,
    ];
    const ctes = [
      `booking AS (
         INSERT INTO bookings (id, mentor_id, mentee_id, offering_id, status, starts_at, ends_at, blocked_range, price_amount,
                               currency, hold_expires_at, checkout_url, meeting_url, mentee_timezone, idempotency_key,
                               idempotency_hash, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::tstzrange, $9, $10, $11, $12, $13, $14, $15, $16,
                 CASE WHEN $5 = 'confirmed' THEN now() END)
         RETURNING id, created_at)`,
    ];
    if (checkout) {
      const n = params.length;
      params.push(this.payments.name, platformFee, checkout.providerRef, checkout.destinationAccount ?? null);
      ctes.push(`payment AS (
         INSERT INTO payments (booking_id, provider, status, amount, currency, platform_fee, provider_ref, destination_account)
         SELECT id, $${n + 1}, 'pending', $9, $10, $${n + 2}, $${n + 3}, $${n + 4} FROM booking)`);
    }
    // The confirmation emails (composed by a worker: calendar files and two zones' worth of
    // formatting are not the booker's wait) and the discovery refresh, committed with the booking.
    const jobs = await this.jobs.insertStatement(
      [
        ...(free ? [{ name: 'bookings.notify-confirmed', data: { bookingId: id } }] : []),
        this.freeSlots.refreshJob(offering.mentor_id),
      ],
      params.length + 1,
    );
    ctes.push(`jobs AS (${jobs.sql})`);
    // ONE statement, so ONE round trip and its own transaction: the booking (both exclusion
    // constraints decide races), its payment and its jobs are written together or not at all.
    // Two inserts into the same time can each wait on the other's exclusion check, and PostgreSQL
    // then aborts one as a deadlock: that one runs again and meets the winner's row (409).
    const inserted: { created_at: Date }[] = await retryOnConflict(() =>
      this.db.query(prepared(`WITH ${ctes.join(',\n')} SELECT created_at FROM booking`), [
        ...params,
        ...jobs.params,
      ]),
    );
    return presentBooking({ ...row, created_at: inserted[0]!.created_at });
  }

  /** Marks expired holds that stand in the way of a new booking; returns how many. */
  private async expireStaleHolds(
    mentorId: string,
    blocked: { start: Date; end: Date },
    menteeId: string,
    time: { start: Date; end: Date },
  ): Promise<number> {
    const rows: { id: string }[] = await this.db.query(
      `WITH expired AS (
         UPDATE bookings SET status = 'expired', updated_at = now()
          WHERE status = 'held' AND hold_expires_at <= now()
            AND ((mentor_id = $1 AND blocked_range && $2::tstzrange) OR (mentee_id = $3 AND tstzrange(starts_at, ends_at) && $4::tstzrange))
          RETURNING id
       ) SELECT id FROM expired`,
      [mentorId, range(blocked), menteeId, range(time)],
    );
    return rows.length;
  }

  async list(user: AuthUser, query: TListBookingsQuery): Promise<{ items: TBookingView[] }> {
    const role = query.role;
    const where =
      role === 'mentee'
        ? 'b.mentee_id = $1'
        : role === 'mentor'
          ? 'p.user_id = $1'
          : '(b.mentee_id = $1 OR p.user_id = $1)';
    const rows: BookingRow[] = await this.db.query(
      // Expired holds are noise, except one whose late payment was refunded: its mentee must find it.
      `${BOOKING_SELECT} WHERE ${where} AND (b.status <> 'expired' OR b.refund_amount > 0)
        ORDER BY b.starts_at ASC, b.id ASC LIMIT 500`,
      [user.id],
    );
    return { items: rows.map(presentBooking) };
  }

  async get(user: AuthUser, id: string): Promise<TBookingView> {
    const row = await loadBooking(this.db.manager, id);
    assertCanAccess(user, row, (b) => [b.mentee_id, b.mentor_user_id], 'Booking');
    return presentBooking(row);
  }

  /** The booking as its mentee or mentor may act on it; everyone else (admins too) gets 404. */
  async loadForParticipant(m: EntityManager, user: AuthUser, id: string, lock = true): Promise<BookingRow> {
    const row = await loadBooking(m, id, lock);
    assertCanAccess(user, row, (b) => [b.mentee_id, b.mentor_user_id], 'Booking', { admin: false });
    return row;
  }

  async calendar(user: AuthUser, id: string): Promise<string> {
    const row = await this.loadForParticipant(this.db.manager, user, id, false);
    return this.notifier.calendar(row);
  }

  async cancel(user: AuthUser, id: string, body: TCancelBooking): Promise<TBookingView> {
    await this.transaction(async (m) => {
      const b = await this.loadForParticipant(m, user, id);
      if (b.source === 'calcom') throw managedByCalcom('cancel');
      if (b.status !== 'held' && b.status !== 'confirmed') {
        throw AppError.conflict(
          'not_cancellable',
          'Cannot cancel',
          `A ${b.status} booking cannot be cancelled.`,
        );
      }
      const cancelledBy = b.mentor_user_id === user.id ? 'mentor' : 'mentee';
      await this.settleCancellation(m, b, { cancelledBy, reason: body.reason ?? null });
    });
    return presentBooking((await loadBooking(this.db.manager, id))!);
  }

  /**
   * Inside `m`: cancels every held or confirmed booking of `userId` (as mentee or as mentor) that
   * has not started, locking them in start order, each through {@link settleCancellation} with
   * what `how` says for that side. Cal.com bookings are left to Cal.com, which owns their time and
   * payment. For an account that leaves or is suspended. Answers their ids.
   */
  async cancelUpcomingOf(
    m: EntityManager,
    userId: string,
    how: (asMentor: boolean) => { cancelledBy: TCanceller; policyAs?: TCanceller; reason: string },
  ): Promise<string[]> {
    const rows: { id: string; as_mentor: boolean }[] = await m.query(
      `SELECT b.id, (p.user_id = $1) AS as_mentor
         FROM bookings b
         JOIN mentor_profiles p ON p.id = b.mentor_id
        WHERE (p.user_id = $1 OR b.mentee_id = $1)
          AND b.status IN ('held', 'confirmed') AND b.starts_at > now() AND b.source <> 'calcom'
        ORDER BY b.starts_at, b.id
          FOR UPDATE OF b`,
      [userId],
    );
    for (const row of rows) {
      await this.settleCancellation(m, (await loadBooking(m, row.id))!, how(row.as_mentor));
    }
    return rows.map((r) => r.id);
  }

  /**
   * Cancels a held or confirmed booking that the caller has locked (loadBooking(m, id, true)),
   * inside `m`: the refund the cancellation policy owes (computed as if `policyAs` cancelled,
   * by default whoever is recorded as cancelling) goes back through the payment provider, the
   * payment and the booking are updated, both people are emailed about a confirmed booking, and
   * the mentor's free slots are refreshed. Also used by account suspension (cancelled by `admin`).
   * `refundedOutside`: money already given back outside Ladder (a Stripe dashboard refund), which
   * the booking's refund records on top of the policy's. Answers the amount refunded here.
   */
  async settleCancellation(
    m: EntityManager,
    b: BookingRow,
    how: { cancelledBy: TCanceller; policyAs?: TCanceller; reason: string | null; refundedOutside?: number },
  ): Promise<number> {
    const paid: PaidRow[] = await m.query(
      `SELECT id, provider_ref, provider_charge_ref, destination_account, amount, refunded_amount FROM payments
        WHERE booking_id = $1 AND status IN ('succeeded', 'partially_refunded') FOR UPDATE`,
      [b.id],
    );
    const payment = paid[0];
    // The policy's amount, less anything already refunded outside Ladder (reconciled by webhook).
    const refundAmount = payment
      ? Math.min(
          refundFor({
            priceAmount: b.price_amount,
            startsAt: b.starts_at,
            cancelledAt: new Date(),
            cancelledBy: how.policyAs ?? how.cancelledBy,
            status: b.status,
          }).refundAmount,
          payment.amount - payment.refunded_amount,
        )
      : 0;
    if (payment && refundAmount > 0) {
      await this.payments.refund({
        bookingId: b.id,
        providerRef: payment.provider_ref,
        chargeRef: payment.provider_charge_ref,
        destinationAccount: payment.destination_account,
        amount: refundAmount,
        currency: b.currency.trim(),
        idempotencyKey: `refund:${b.id}`,
      });
      await m.query(
        `UPDATE payments SET refunded_amount = refunded_amount + $2,
                status = CASE WHEN refunded_amount + $2 = amount THEN 'refunded' ELSE 'partially_refunded' END,
                updated_at = now() WHERE id = $1`,
        [payment.id, refundAmount],
      );
    }
    await m.query(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = now(), cancelled_by = $2, cancel_reason = $3,
              refund_amount = $4, ics_sequence = ics_sequence + 1, updated_at = now() WHERE id = $1`,
      [b.id, how.cancelledBy, how.reason, refundAmount + (how.refundedOutside ?? 0)],
    );
    const updated = (await loadBooking(m, b.id))!;
    if (b.status === 'confirmed') await this.notifier.cancelled(updated, m);
    await this.freeSlots.requestRefresh(b.mentor_id, m);
    return refundAmount;
  }

  /**
   * The whole payment of a booking was refunded outside Ladder (the Stripe dashboard; reconciled
   * by the caller, in `m`): a held or confirmed booking that has not started is cancelled as by
   * Ladder — slot freed, both people emailed with the calendar CANCEL — through
   * {@link settleCancellation}, which has nothing left to refund; `refunded` is the booking's refund.
   * Answers whether it was cancelled.
   */
  async cancelRefundedOutside(m: EntityManager, bookingId: string, refunded: number): Promise<boolean> {
    const b = await loadBooking(m, bookingId, true);
    const upcoming = b && (b.status === 'held' || b.status === 'confirmed') && b.starts_at > new Date();
    if (!upcoming || b.source === 'calcom') return false;
    await this.settleCancellation(m, b, {
      cancelledBy: 'admin',
      reason: REFUNDED_OUTSIDE_REASON,
      refundedOutside: refunded,
    });
    return true;
  }

  /** Atomic: the booking moves to the new slot, or nothing changes (409 slot_unavailable). */
  async reschedule(user: AuthUser, id: string, startIso: string): Promise<TBookingView> {
    try {
      await this.transaction(async (m) => {
        const b = await this.loadForParticipant(m, user, id);
        if (b.source === 'calcom') throw managedByCalcom('reschedule');
        const live =
          b.status === 'confirmed' ||
          (b.status === 'held' && b.hold_expires_at && b.hold_expires_at > new Date());
        if (!live)
          throw AppError.conflict(
            'not_reschedulable',
            'Cannot reschedule',
            `A ${b.status} booking cannot be moved.`,
          );
        const offerings: OfferingRow[] = await m.query(
          `SELECT id, mentor_id, title, duration_minutes, price_amount, currency, buffer_before_minutes, buffer_after_minutes,
                  minimum_notice_minutes FROM offerings WHERE id = $1`,
          [b.offering_id],
        );
        const offering = offerings[0]!;
        const start = new Date(startIso);
        const end = new Date(start.getTime() + offering.duration_minutes * 60_000);
        const input = await loadSlotInput(m, offering, { from: start, to: end }, b.id);
        if (!input || !isSlotAvailable(input, start)) throw slotUnavailable();
        const blocked = blockedRangeFor(
          start,
          end,
          offering.buffer_before_minutes,
          offering.buffer_after_minutes,
        );
        await m.query(
          `UPDATE bookings SET status = 'expired', updated_at = now()
            WHERE status = 'held' AND hold_expires_at <= now() AND mentor_id = $1 AND blocked_range && $2::tstzrange`,
          [b.mentor_id, range(blocked)],
        );
        await m.query(
          `UPDATE bookings SET starts_at = $2, ends_at = $3, blocked_range = $4::tstzrange, ics_sequence = ics_sequence + 1,
                  updated_at = now() WHERE id = $1`,
          [b.id, start, end, range(blocked)],
        );
        const updated = (await loadBooking(m, b.id))!;
        if (updated.status === 'confirmed') {
          await this.notifier.rescheduled(updated, b.starts_at, m);
          await this.reminders.schedule(updated, m);
        }
        await this.freeSlots.requestRefresh(b.mentor_id, m);
      });
    } catch (err) {
      const violation = constraintOf(err);
      if (violation === 'EXCL_bookings_mentor_overlap') throw slotUnavailable();
      if (violation === 'EXCL_bookings_mentee_overlap') {
        throw AppError.conflict(
          'mentee_overlap',
          'The mentee is busy then',
          'The mentee already has a session at that time.',
        );
      }
      throw err;
    }
    return presentBooking((await loadBooking(this.db.manager, id))!);
  }

  /** The mentor records that the mentee did not come (after the start). */
  async markNoShow(user: AuthUser, id: string): Promise<TBookingView> {
    await this.db.transaction(async (m) => {
      const b = await this.loadForParticipant(m, user, id);
      if (b.mentor_user_id !== user.id)
        throw AppError.forbidden('mentor_only', 'Only the mentor can do this');
      if (b.status !== 'confirmed' || b.starts_at > new Date()) {
        throw AppError.conflict(
          'not_no_show',
          'Not possible yet',
          'A no-show can be recorded for a confirmed session after it starts.',
        );
      }
      await m.query(`UPDATE bookings SET status = 'no_show', updated_at = now() WHERE id = $1`, [b.id]);
    });
    return presentBooking((await loadBooking(this.db.manager, id))!);
  }

  /**
   * A held booking was paid: confirm it. Idempotent (a second call for a confirmed booking
   * changes nothing), and safe in any order with the hold expiring: an expired hold stays expired.
   */
  async confirmPaid(bookingId: string, confirmation: PaidConfirmation): Promise<BookingRow> {
    return this.transaction(async (m) => {
      const b = await loadBooking(m, bookingId, true);
      if (!b) throw AppError.notFound('Booking');
      if (b.status === 'confirmed') return b;
      if (b.status !== 'held' || !b.hold_expires_at || b.hold_expires_at <= new Date()) {
        throw AppError.conflict(
          'hold_expired',
          'Hold expired',
          'This hold has expired and the slot was released. Please book again.',
        );
      }
      await m.query(
        `UPDATE payments SET status = 'succeeded', paid_at = now(), provider_ref = COALESCE($2, provider_ref), updated_at = now()
          WHERE booking_id = $1`,
        [b.id, confirmation.providerRef],
      );
      return this.markConfirmed(m, b);
    });
  }

  /**
   * A booking's payment went through at the provider (a webhook), inside the caller's transaction.
   * Confirms the booking if it can still be had: its hold is live, or — a late payment — its start
   * is ahead and its time still free, taken atomically (the exclusion constraints decide; a stale
   * hold in the way is retired first). Otherwise answers why not, and the caller refunds in full.
   * The payment row is the caller's to update.
   */
  async settlePaid(m: EntityManager, bookingId: string): Promise<PaidSettlement> {
    const b = await loadBooking(m, bookingId, true);
    if (!b) return 'not_found';
    if (b.status === 'confirmed' || b.status === 'completed' || b.status === 'no_show')
      return 'already_confirmed';
    if (b.status === 'cancelled') return 'cancelled';
    const now = new Date();
    if (b.status === 'held' && b.hold_expires_at && b.hold_expires_at > now) {
      await this.markConfirmed(m, b);
      return 'confirmed';
    }
    // held past its expiry, or expired: a late payment.
    if (b.starts_at <= now) return 'started';
    await m.query('SAVEPOINT late_payment');
    try {
      await m.query(
        `UPDATE bookings o SET status = 'expired', updated_at = now()
           FROM bookings b
          WHERE b.id = $1 AND o.id <> b.id AND o.status = 'held' AND o.hold_expires_at <= now()
            AND ((o.mentor_id = b.mentor_id AND o.blocked_range && b.blocked_range)
              OR (o.mentee_id = b.mentee_id AND tstzrange(o.starts_at, o.ends_at) && tstzrange(b.starts_at, b.ends_at)))`,
        [b.id],
      );
      const updated = await this.markConfirmed(m, b);
      await m.query('RELEASE SAVEPOINT late_payment');
      await this.freeSlots.requestRefresh(updated.mentor_id, m);
      return 'confirmed_late';
    } catch (err) {
      const violation = constraintOf(err);
      if (violation !== 'EXCL_bookings_mentor_overlap' && violation !== 'EXCL_bookings_mentee_overlap')
        throw err;
      await m.query('ROLLBACK TO SAVEPOINT late_payment');
      return 'slot_taken';
    }
  }

  /**
   * A paid booking that could not be confirmed was refunded in full: say so on the booking
   * (`refundAmount` = price) and email its mentee why, in the caller's transaction.
   */
  async recordFullRefund(m: EntityManager, bookingId: string, why: PaidSettlement): Promise<void> {
    await m.query(
      `UPDATE bookings SET refund_amount = price_amount, status = CASE WHEN status = 'held' THEN 'expired' ELSE status END,
              updated_at = now() WHERE id = $1`,
      [bookingId],
    );
    const b = await loadBooking(m, bookingId);
    if (b) await this.notifier.paymentRefunded(b, REFUND_REASONS[why] ?? REFUND_REASONS.slot_taken!, m);
  }

  /** Confirms `b` (held, or a late payment's expired hold) and queues both people's emails. */
  private async markConfirmed(m: EntityManager, b: BookingRow): Promise<BookingRow> {
    await m.query(
      `UPDATE bookings SET status = 'confirmed', confirmed_at = now(), meeting_url = $2, updated_at = now() WHERE id = $1`,
      [b.id, await this.meetingUrl(m, { mentor_id: b.mentor_id })],
    );
    const updated = (await loadBooking(m, b.id))!;
    await this.mail.enqueueMany(this.notifier.confirmedMails(updated), m);
    await this.reminders.schedule(updated, m);
    return updated;
  }

  async expireHolds(): Promise<number> {
    const rows: { mentor_id: string }[] = await this.db.query(
      `WITH expired AS (
         UPDATE bookings SET status = 'expired', updated_at = now()
          WHERE status = 'held' AND hold_expires_at <= now() RETURNING mentor_id
       ) SELECT DISTINCT mentor_id FROM expired`,
    );
    for (const { mentor_id } of rows) await this.freeSlots.requestRefresh(mentor_id);
    return rows.length;
  }

  async completePast(): Promise<void> {
    await this.db.query(
      `UPDATE bookings SET status = 'completed', updated_at = now() WHERE status = 'confirmed' AND ends_at <= now()`,
    );
  }

  /**
   * A transaction that changes bookings, run again from the start when PostgreSQL aborts it as a
   * deadlock victim: moving or confirming a booking re-checks the exclusion constraints, which can
   * wait on a concurrent insert or move into the same time while that one waits on this.
   */
  private transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return retryOnConflict(() => this.db.transaction(work));
  }

  private async replay(menteeId: string, key: string, hash: string): Promise<TBookingView | null> {
    const rows: BookingRow[] = await this.db.query(
      `${BOOKING_SELECT} WHERE b.mentee_id = $1 AND b.idempotency_key = $2`,
      [menteeId, key],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.idempotency_hash !== hash) {
      throw new AppError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'idempotency_key_reused',
        'Idempotency-Key reused',
        'This Idempotency-Key was already used with a different request.',
      );
    }
    return presentBooking(row);
  }

  /** The mentor's own meeting link, or a fresh private room. */
  private async meetingUrl(m: EntityManager, offering: Pick<OfferingRow, 'mentor_id'>): Promise<string> {
    const rows: { meeting_url: string | null }[] = await m.query(
      'SELECT meeting_url FROM mentor_profiles WHERE id = $1',
      [offering.mentor_id],
    );
    return rows[0]?.meeting_url ?? newRoomUrl();
  }
}

/** The constraint a PostgreSQL error names (exclusion 23P01, unique 23505), if any. */
function constraintOf(err: unknown): string | undefined {
  const driver = pgErrorOf(err);
  return driver?.code === '23P01' || driver?.code === '23505' ? driver.constraint : undefined;
}
