/**
 * The boundary between bookings and whoever takes the money. Booking code only talks to this
 * interface; `offline` (development, demos) and `stripe` are implementations.
 */
export interface CheckoutRequest {
  bookingId: string;
  amount: number;
  currency: string;
  platformFee: number;
  description: string;
  menteeEmail: string;
  expiresAt: Date;
  /** Used as the provider's idempotency key, so a retried hold never opens two checkouts. */
  idempotencyKey: string;
  /**
   * The mentor's payout-ready connected account: the charge then pays the mentor directly
   * (less the platform fee). Without one, the platform keeps the charge and owes the mentor's share.
   */
  mentorAccountId?: string | null;
}

export interface CheckoutSession {
  checkoutUrl: string;
  /** The provider's id for the payment (null when there is none until payment, as offline). */
  providerRef: string | null;
  /** The connected account the charge pays into (a destination charge), when there is one. */
  destinationAccount?: string | null;
}

export interface RefundRequest {
  bookingId: string;
  providerRef: string | null;
  amount: number;
  currency: string;
  idempotencyKey: string;
  /** The provider's id for the money taken (Stripe: the PaymentIntent), when already known. */
  chargeRef?: string | null;
  /**
   * The connected account the charge paid (a destination charge): the refund then takes back the
   * same share of the mentor's transfer and of the platform fee (docs/adr/0004).
   */
  destinationAccount?: string | null;
}

/** A mentor's share of a platform charge, paid to their connected account after the fact. */
export interface TransferRequest {
  bookingId: string;
  amount: number;
  currency: string;
  destination: string;
  idempotencyKey: string;
}

/** What closing an unpaid checkout came to: `completed` means it was paid meanwhile. */
export type CloseCheckoutResult = 'closed' | 'completed';

export interface PaymentProvider {
  readonly name: 'offline' | 'stripe';
  startCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
  refund(request: RefundRequest): Promise<void>;
  /** Stops an unpaid checkout from being paid (its hold expired or was cancelled), if the provider can. */
  closeCheckout?(providerRef: string): Promise<CloseCheckoutResult>;
  /** Pays a share the platform owes a mentor; answers the provider's id for the transfer. */
  transfer?(request: TransferRequest): Promise<string>;
}

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');
