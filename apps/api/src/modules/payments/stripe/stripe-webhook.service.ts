import { ZUuid } from '@ladder/domain';
import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { FreeSlotsService } from '../../availability/free-slots.service';
import { BookingsService } from '../../bookings/bookings.service';
import { JobsService } from '../../jobs/jobs.service';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payment-provider';
import { idOf } from './stripe.client';

/** Stripe's own replay window, and the contract's. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const invalidSignature = () =>
  new AppError(
    HttpStatus.BAD_REQUEST,
    'invalid_signature',
    'Invalid signature',
    'The Stripe-Signature header does not match this body and the endpoint secret.',
  );

interface PaymentRow {
  id: string;
  booking_id: string;
  provider_ref: string | null;
  provider_charge_ref: string | null;
  destination_account: string | null;
  status: string;
  amount: number;
  refunded_amount: number;
  currency: string;
}

const PAYMENT_COLUMNS =
  'id, booking_id, provider_ref, provider_charge_ref, destination_account, status, amount, refunded_amount, currency';

export interface WebhookResult {
  eventId: string;
  type: string;
  /** What was done (e.g. `confirmed`, `refunded:slot_taken`, `ignored:unhandled_type`), or `duplicate`. */
  outcome: string;
}

/**
 * POST /webhooks/stripe: verify, record the event id, act — in one transaction, so a redelivered
 * event (or two deliveries racing) has exactly one effect, and a failed handler leaves no row and
 * Stripe's retry starts afresh. Every handler is safe in any order (STYLE.md 9).
 */
@Injectable()
export class StripeWebhookService {
  private readonly logger = new Logger('StripeWebhooks');
  private readonly secrets: string[];
  private readonly stripeMode: boolean;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly bookings: BookingsService,
    private readonly freeSlots: FreeSlotsService,
    private readonly jobs: JobsService,
  ) {
    this.stripeMode = config.payments.provider === 'stripe';
    // Several comma-separated secrets: a platform endpoint and a Connect endpoint, or a rotation.
    this.secrets = (config.payments.stripeWebhookSecret ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** The event, if the body carries a valid signature no older than 300 s; else 400, nothing done. */
  verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    if (!rawBody || !signature || this.secrets.length === 0) throw invalidSignature();
    for (const secret of this.secrets) {
      try {
        return Stripe.webhooks.constructEvent(rawBody, signature, secret, SIGNATURE_TOLERANCE_SECONDS);
      } catch (err) {
        if (!(err instanceof Stripe.errors.StripeSignatureVerificationError)) throw invalidSignature();
      }
    }
    throw invalidSignature();
  }

  async process(event: Stripe.Event): Promise<WebhookResult> {
    const outcome = await this.db.transaction(async (m) => {
      const fresh: { event_id: string }[] = await m.query(
        `WITH inserted AS (
           INSERT INTO webhook_events (provider, event_id, type) VALUES ('stripe', $1, $2)
           ON CONFLICT (provider, event_id) DO NOTHING RETURNING event_id
         ) SELECT event_id FROM inserted`,
        [event.id, event.type],
      );
      if (fresh.length === 0) return 'duplicate';
      const result = await this.apply(m, event);
      await m.query(`UPDATE webhook_events SET outcome = $2 WHERE provider = 'stripe' AND event_id = $1`, [
        event.id,
        result,
      ]);
      return result;
    });
    // Ids, type and outcome only: never the payload (emails, card details) or the signature.
    this.logger.log({ eventId: event.id, type: event.type, outcome }, 'Stripe webhook');
    return { eventId: event.id, type: event.type, outcome };
  }

  private apply(m: EntityManager, event: Stripe.Event): Promise<string> {
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
        return this.sessionPaid(m, event.data.object);
      case 'checkout.session.expired':
        return this.sessionExpired(m, event.data.object);
      case 'charge.refunded':
        return this.chargeRefunded(m, event.data.object);
      case 'account.updated':
        return this.accountUpdated(m, event.data.object, event.created);
      default:
        return Promise.resolve('ignored:unhandled_type');
    }
  }

  /** Paid: confirm the booking (late payments too, if the slot is still free), else refund in full. */
  private async sessionPaid(m: EntityManager, session: Stripe.Checkout.Session): Promise<string> {
    if (session.payment_status !== 'paid') return 'ignored:not_paid';
    const payment = await this.paymentOfSession(m, session);
    if (!payment) return 'ignored:unknown_session';
    const paymentIntent = idOf(session.payment_intent);
    if (payment.status === 'refunded' || payment.status === 'partially_refunded') {
      // Already settled (e.g. refunded before this event arrived): only remember the charge.
      await this.rememberCharge(m, payment.id, paymentIntent);
      return 'ignored:already_settled';
    }
    const settled = await this.bookings.settlePaid(m, payment.booking_id);
    if (settled === 'not_found') return 'ignored:unknown_booking';
    if (settled === 'confirmed' || settled === 'confirmed_late' || settled === 'already_confirmed') {
      await m.query(
        `UPDATE payments SET status = CASE WHEN status IN ('pending', 'failed') THEN 'succeeded' ELSE status END,
                paid_at = COALESCE(paid_at, now()), provider_charge_ref = COALESCE(provider_charge_ref, $2),
                updated_at = now() WHERE id = $1`,
        [payment.id, paymentIntent],
      );
      return settled;
    }
    // Paid, but the booking cannot be had (slot taken, cancelled, already started): the mentee gets
    // everything back, and the booking says so (refundAmount = price).
    await this.provider.refund({
      bookingId: payment.booking_id,
      providerRef: payment.provider_ref,
      chargeRef: paymentIntent,
      destinationAccount: payment.destination_account,
      amount: payment.amount,
      currency: payment.currency.trim(),
      idempotencyKey: `refund:unconfirmed:${payment.booking_id}`,
    });
    await m.query(
      `UPDATE payments SET status = 'refunded', refunded_amount = amount, paid_at = COALESCE(paid_at, now()),
              provider_charge_ref = COALESCE(provider_charge_ref, $2), updated_at = now() WHERE id = $1`,
      [payment.id, paymentIntent],
    );
    await this.bookings.recordFullRefund(m, payment.booking_id, settled);
    return `refunded:${settled}`;
  }

  /** The session can no longer be paid: its payment failed, and a hold still standing is released. */
  private async sessionExpired(m: EntityManager, session: Stripe.Checkout.Session): Promise<string> {
    const payment = await this.paymentOfSession(m, session);
    if (!payment) return 'ignored:unknown_session';
    if (payment.status !== 'pending') return 'ignored:already_settled';
    await m.query(`UPDATE payments SET status = 'failed', updated_at = now() WHERE id = $1`, [payment.id]);
    const released: { mentor_id: string }[] = await m.query(
      `WITH released AS (
         UPDATE bookings SET status = 'expired', updated_at = now() WHERE id = $1 AND status = 'held' RETURNING mentor_id
       ) SELECT mentor_id FROM released`,
      [payment.booking_id],
    );
    if (released[0]) await this.freeSlots.requestRefresh(released[0].mentor_id, m);
    return 'expired';
  }

  /**
   * Reconciles the refunded total (ours or made in the Stripe dashboard); never lowers it. A total
   * that reaches the whole amount cancels the booking if it is still ahead (held or confirmed): the
   * money went back outside Ladder, so the session is off (ADR 0004). Our own cancellations have
   * recorded their refund before Stripe reports it, so their report changes nothing.
   */
  private async chargeRefunded(m: EntityManager, charge: Stripe.Charge): Promise<string> {
    const paymentIntent = idOf(charge.payment_intent);
    const payment = await this.paymentOfCharge(m, paymentIntent, charge.metadata?.bookingId);
    if (!payment) return 'ignored:unknown_payment';
    const refunded = Math.min(payment.amount, Math.max(payment.refunded_amount, charge.amount_refunded));
    if (refunded === payment.refunded_amount) {
      await this.rememberCharge(m, payment.id, paymentIntent);
      return 'ignored:already_reconciled';
    }
    await m.query(
      `UPDATE payments SET refunded_amount = $2,
              status = CASE WHEN $2 >= amount THEN 'refunded' ELSE 'partially_refunded' END,
              provider_charge_ref = COALESCE(provider_charge_ref, $3), updated_at = now() WHERE id = $1`,
      [payment.id, refunded, paymentIntent],
    );
    if (
      refunded >= payment.amount &&
      (await this.bookings.cancelRefundedOutside(m, payment.booking_id, refunded))
    )
      return 'refund_reconciled:cancelled';
    return 'refund_reconciled';
  }

  /**
   * Our payment for a charge: by its PaymentIntent, else by booking id (metadata; a refund can be
   * reported before the payment is). Locks the booking, then the payment, as cancellation does.
   */
  private async paymentOfCharge(
    m: EntityManager,
    paymentIntent: string | null,
    metadataBookingId: string | undefined,
  ): Promise<PaymentRow | null> {
    const byCharge: { booking_id: string }[] = paymentIntent
      ? await m.query(
          `SELECT booking_id FROM payments WHERE provider = 'stripe' AND provider_charge_ref = $1`,
          [paymentIntent],
        )
      : [];
    const bookingId =
      byCharge[0]?.booking_id ?? (metadataBookingId && isUuid(metadataBookingId) ? metadataBookingId : null);
    if (!bookingId) return null;
    await m.query('SELECT 1 FROM bookings WHERE id = $1 FOR UPDATE', [bookingId]);
    const rows: PaymentRow[] = await m.query(
      `SELECT ${PAYMENT_COLUMNS} FROM payments WHERE provider = 'stripe' AND booking_id = $1 FOR UPDATE`,
      [bookingId],
    );
    return rows[0] ?? null;
  }

  /** Payout flags of a mentor's connected account; an older event never overwrites a newer one. */
  private async accountUpdated(m: EntityManager, account: Stripe.Account, created: number): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `WITH updated AS (
         UPDATE mentor_profiles SET stripe_charges_enabled = $2, stripe_payouts_enabled = $3,
                stripe_details_submitted = $4, stripe_account_synced_at = to_timestamp($5), updated_at = now()
          WHERE stripe_account_id = $1
            AND (stripe_account_synced_at IS NULL OR stripe_account_synced_at <= to_timestamp($5))
          RETURNING id
       ) SELECT id FROM updated`,
      [
        account.id,
        account.charges_enabled === true,
        account.payouts_enabled === true,
        account.details_submitted === true,
        created,
      ],
    );
    if (rows.length > 0) {
      // Payout-ready now: pay what the platform holds for this mentor (committed with the flags).
      if (this.stripeMode && account.charges_enabled && account.payouts_enabled)
        await this.jobs.enqueue('payments.transfer-owed', {}, { manager: m });
      return 'payouts_updated';
    }
    const known: unknown[] = await m.query('SELECT 1 FROM mentor_profiles WHERE stripe_account_id = $1', [
      account.id,
    ]);
    return known.length > 0 ? 'ignored:stale' : 'ignored:unknown_account';
  }

  /**
   * Our payment for a Checkout Session: by booking id (metadata), and it must be this session.
   * Locks the booking, then the payment: the order cancellation takes them in.
   */
  private async paymentOfSession(
    m: EntityManager,
    session: Stripe.Checkout.Session,
  ): Promise<PaymentRow | null> {
    const bookingId = session.metadata?.bookingId ?? session.client_reference_id;
    if (!bookingId || !isUuid(bookingId)) return null;
    await m.query('SELECT 1 FROM bookings WHERE id = $1 FOR UPDATE', [bookingId]);
    const rows: PaymentRow[] = await m.query(
      `SELECT ${PAYMENT_COLUMNS} FROM payments WHERE booking_id = $1 AND provider = 'stripe' AND provider_ref = $2 FOR UPDATE`,
      [bookingId, session.id],
    );
    return rows[0] ?? null;
  }

  private async rememberCharge(
    m: EntityManager,
    paymentId: string,
    paymentIntent: string | null,
  ): Promise<void> {
    if (!paymentIntent) return;
    await m.query(
      'UPDATE payments SET provider_charge_ref = COALESCE(provider_charge_ref, $2) WHERE id = $1',
      [paymentId, paymentIntent],
    );
  }
}

const isUuid = (v: string): boolean => ZUuid.safeParse(v).success;
