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
  mentorAccountId?: string | null;
}

export interface CheckoutSession {
  checkoutUrl: string;
  /** The provider's id for the payment (null when there is none until payment, as offline). */
  providerRef: string | null;
}

export interface RefundRequest {
  bookingId: string;
  providerRef: string | null;
  amount: number;
  currency: string;
  idempotencyKey: string;
}

export interface PaymentProvider {
  readonly name: 'offline' | 'stripe';
  startCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
  refund(request: RefundRequest): Promise<void>;
}

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');
