import type { CheckoutRequest, CheckoutSession, PaymentProvider } from './payment-provider';

/**
 * No money moves: the web app shows a clearly labelled demo checkout at the checkout URL, and
 * `POST /payments/offline/{bookingId}/pay` confirms the hold. Refunds are only recorded.
 */
export class OfflinePaymentProvider implements PaymentProvider {
  readonly name = 'offline' as const;

  constructor(private readonly webUrl: string) {}

  async startCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
    return { checkoutUrl: `${this.webUrl}/checkout/${request.bookingId}`, providerRef: null };
  }

  async refund(): Promise<void> {
    // Nothing was charged; the refund amount is recorded on the booking and the payment.
  }
}
