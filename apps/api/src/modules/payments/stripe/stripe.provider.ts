import Stripe from 'stripe';
import { AppError } from '../../../common/errors/app-error';
import type {
  CheckoutRequest,
  CheckoutSession,
  CloseCheckoutResult,
  PaymentProvider,
  RefundRequest,
  TransferRequest,
} from '../payment-provider';
import { idOf } from './stripe.client';

/**
 * Stripe requires a Checkout Session to stay open at least 30 minutes, longer than a hold lasts
 * (BOOKING_HOLD_MINUTES, default 10): the session outlives the hold and is expired by
 * `payments.close-checkouts` once the hold ends; a payment that still lands late is settled by
 * the webhook (confirmed if the slot is free, else refunded in full; docs/adr/0004).
 */
export const CHECKOUT_MIN_LIFETIME_MS = 31 * 60_000;

/** The booking page the hosted checkout sends the mentee back to. */
export const checkoutReturnUrl = (webUrl: string, bookingId: string, outcome: 'success' | 'cancelled') =>
  `${webUrl}/dashboard/bookings/${bookingId}?checkout=${outcome}`;

/**
 * Stripe unreachable, failing (5xx) or throttling us, after the SDK's own retries: 503 with
 * Retry-After, so the caller knows nothing happened and when to try again. Callers run these
 * calls before their own writes commit, so nothing was booked, charged, cancelled or refunded.
 */
function unavailableOr(err: unknown): never {
  if (
    err instanceof Stripe.errors.StripeConnectionError ||
    err instanceof Stripe.errors.StripeAPIError ||
    err instanceof Stripe.errors.StripeRateLimitError
  ) {
    throw new AppError(
      503,
      'payment_provider_unavailable',
      'Payments are unavailable for a moment',
      'Our payment provider did not answer. Nothing was charged or changed: please try again in a minute.',
      undefined,
      { 'retry-after': '60' },
    );
  }
  throw err;
}

/**
 * Stripe Checkout (mode `payment`). With a payout-ready mentor the charge is a destination charge:
 * the mentor's connected account receives it less `application_fee_amount` (PLATFORM_FEE_BPS).
 * Without one, the platform keeps the charge (grouped by `transfer_group`) and owes the share.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe' as const;

  constructor(
    private readonly stripe: Stripe,
    private readonly webUrl: string,
  ) {}

  async startCheckout(r: CheckoutRequest): Promise<CheckoutSession> {
    const destination = r.mentorAccountId ?? null;
    const expiresAt = Math.ceil(
      Math.max(r.expiresAt.getTime(), Date.now() + CHECKOUT_MIN_LIFETIME_MS) / 1000,
    );
    const metadata = { bookingId: r.bookingId };
    const session = await this.stripe.checkout.sessions
      .create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: r.currency.toLowerCase(),
                unit_amount: r.amount,
                product_data: { name: r.description },
              },
            },
          ],
          customer_email: r.menteeEmail,
          client_reference_id: r.bookingId,
          metadata,
          payment_intent_data: destination
            ? { metadata, application_fee_amount: r.platformFee, transfer_data: { destination } }
            : { metadata, transfer_group: `booking_${r.bookingId}` },
          success_url: checkoutReturnUrl(this.webUrl, r.bookingId, 'success'),
          cancel_url: checkoutReturnUrl(this.webUrl, r.bookingId, 'cancelled'),
          expires_at: expiresAt,
        },
        { idempotencyKey: r.idempotencyKey },
      )
      .catch(unavailableOr);
    if (!session.url) throw new Error(`Stripe returned Checkout Session ${session.id} without a URL`);
    return { checkoutUrl: session.url, providerRef: session.id, destinationAccount: destination };
  }

  async refund(r: RefundRequest): Promise<void> {
    const paymentIntent = r.chargeRef ?? (await this.paymentIntentOf(r.providerRef));
    if (!paymentIntent) throw new Error(`Booking ${r.bookingId} has no Stripe payment to refund`);
    await this.stripe.refunds
      .create(
        {
          payment_intent: paymentIntent,
          amount: r.amount,
          metadata: { bookingId: r.bookingId },
          // A destination charge: take back the same share of the mentor's transfer and refund the
          // same share of the platform fee, so a 50 % refund costs mentor and platform 50 % each.
          ...(r.destinationAccount ? { reverse_transfer: true, refund_application_fee: true } : {}),
        },
        { idempotencyKey: r.idempotencyKey },
      )
      .catch(unavailableOr);
  }

  async closeCheckout(providerRef: string): Promise<CloseCheckoutResult> {
    try {
      await this.stripe.checkout.sessions.expire(
        providerRef,
        {},
        { idempotencyKey: `expire:${providerRef}` },
      );
      return 'closed';
    } catch (err) {
      // Only an open session can be expired: it is either expired already or was paid.
      if (!(err instanceof Stripe.errors.StripeInvalidRequestError)) throw err;
      const session = await this.stripe.checkout.sessions.retrieve(providerRef);
      if (session.status === 'complete') return 'completed';
      if (session.status === 'expired') return 'closed';
      throw err;
    }
  }

  async transfer(r: TransferRequest): Promise<string> {
    const transfer = await this.stripe.transfers.create(
      {
        amount: r.amount,
        currency: r.currency.toLowerCase(),
        destination: r.destination,
        transfer_group: `booking_${r.bookingId}`,
        metadata: { bookingId: r.bookingId },
      },
      { idempotencyKey: r.idempotencyKey },
    );
    return transfer.id;
  }

  private async paymentIntentOf(sessionId: string | null): Promise<string | null> {
    if (!sessionId) return null;
    const session = await this.stripe.checkout.sessions.retrieve(sessionId).catch(unavailableOr);
    return idOf(session.payment_intent);
  }
}
