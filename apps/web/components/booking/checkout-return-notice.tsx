'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { CONFIRM_POLL_LIMIT_MS, CONFIRM_POLL_MS, type TCheckoutNotice } from '@/lib/payments/checkout-return';

/**
 * The booking page's word on the payment after the hosted checkout sent the mentee back (or after a
 * late payment was refunded). While the payment is being confirmed (the provider's webhook has not
 * arrived yet) the page re-renders every two seconds for a minute, then says what to expect.
 */
export function CheckoutReturnNotice({
  notice,
  checkout,
  holdUntil,
  priceLabel,
  rebookHref,
}: {
  notice: TCheckoutNotice;
  /** Where "Return to checkout" goes (Stripe's hosted page, or the demo checkout). */
  checkout: { href: string; sameOrigin: boolean } | null;
  /** When the hold ends, already formatted in the viewer's named zone. */
  holdUntil: string | null;
  priceLabel: string;
  rebookHref: string;
}) {
  switch (notice) {
    case 'confirming':
      return <Confirming />;
    case 'confirmed':
      return (
        <Alert tone="success" role="status" title="Payment received — you’re booked!" className="mt-6">
          A confirmation email with a calendar invite is on its way.
        </Alert>
      );
    case 'refunded':
      return (
        <Alert tone="warning" role="status" title="Your payment was refunded in full" className="mt-6">
          <p>
            Your payment arrived after your hold ended and the time had been taken, so this session could not
            be confirmed. We refunded {priceLabel} to your card; banks usually show it within 5–10 days.
          </p>
          <p className="mt-3">
            <Link href={rebookHref} className="font-medium underline">
              Pick another time
            </Link>
          </p>
        </Alert>
      );
    case 'retry':
      return (
        <Alert tone="warning" role="status" title="Checkout cancelled — nothing was charged" className="mt-6">
          <p>
            Your time is still held for you{holdUntil ? ` until ${holdUntil}` : ''}. After that the slot is
            released.
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            {checkout ? (
              <Button asChild size="sm">
                {checkout.sameOrigin ? (
                  <Link href={checkout.href}>Return to checkout</Link>
                ) : (
                  <a href={checkout.href}>Return to checkout</a>
                )}
              </Button>
            ) : null}
            <span>Changed your mind? Cancel the booking below to release the time now.</span>
          </div>
        </Alert>
      );
    case 'hold_ended':
      return (
        <Alert
          tone="warning"
          role="status"
          title="Checkout cancelled and your hold has ended"
          className="mt-6"
        >
          <p>Nothing was charged. The time may still be free.</p>
          <p className="mt-3">
            <Link href={rebookHref} className="font-medium underline">
              Pick a time again
            </Link>
          </p>
        </Alert>
      );
  }
}

function Confirming() {
  const router = useRouter();
  const [gaveUp, setGaveUp] = useState(false);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started >= CONFIRM_POLL_LIMIT_MS) {
        clearInterval(timer);
        setGaveUp(true);
        return;
      }
      router.refresh();
    }, CONFIRM_POLL_MS);
    return () => clearInterval(timer);
  }, [router]);

  if (gaveUp) {
    return (
      <Alert
        tone="info"
        role="status"
        title="Payment received — confirmation is taking longer than usual"
        className="mt-6"
      >
        <p>
          Your payment is safe. We’ll email you as soon as the booking is confirmed (or refunded, if the time
          was no longer free).
        </p>
        <Button size="sm" variant="secondary" className="mt-3" onClick={() => router.refresh()}>
          Check again
        </Button>
      </Alert>
    );
  }
  return (
    <Alert tone="info" role="status" title="Payment received — confirming…" className="mt-6">
      <span className="inline-flex items-center gap-2">
        <Spinner />
        We’re confirming your booking with the payment provider. This page updates by itself.
      </span>
    </Alert>
  );
}
