'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { payOfflineAction } from '@/lib/actions/bookings';
import { signInHref } from '@/lib/auth/redirects';
import { UNREACHABLE_MESSAGE } from '@/lib/forms';
import { track } from '@/lib/funnel';
import { formatCountdown } from '@/lib/time/format';
import { useNow } from './use-now';

/** What the screen reader hears: only when the whole minutes change, never every second. */
function holdAnnouncement(remainingMs: number): string {
  if (remainingMs <= 0) return 'The hold has expired.';
  if (remainingMs <= 60_000) return 'Less than a minute left to pay.';
  const minutes = Math.ceil(remainingMs / 60_000);
  return `${minutes} minutes left to pay.`;
}

/**
 * The demo checkout's live part: the countdown to the end of the hold and "Pay (demo)". When the
 * countdown reaches zero, or the API answers `hold_expired`, the slot is gone: say so and offer
 * the way back to the mentor's times.
 */
export function CheckoutPanel({
  bookingId,
  holdExpiresAt,
  priceLabel,
  rebookHref,
  mentorFirstName,
}: {
  bookingId: string;
  holdExpiresAt: string;
  priceLabel: string;
  rebookHref: string;
  mentorFirstName: string;
}) {
  const router = useRouter();
  const now = useNow(1000);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [expiredByApi, setExpiredByApi] = useState(false);
  const expiredHeading = useRef<HTMLHeadingElement>(null);
  const remaining = now === null ? null : Date.parse(holdExpiresAt) - now;
  const expired = expiredByApi || (remaining !== null && remaining <= 0);

  useEffect(() => {
    if (expired) expiredHeading.current?.focus();
  }, [expired]);

  async function pay() {
    setPending(true);
    setError(null);
    try {
      const result = await payOfflineAction(bookingId);
      if (result.ok) {
        track('booking_confirmed');
        router.push(`/dashboard/bookings/${encodeURIComponent(bookingId)}?new=1`);
        return; // busy until the confirmation page replaces this one
      }
      setPending(false);
      if (result.code === 'hold_expired') setExpiredByApi(true);
      else if (result.code === 'unauthorized') router.push(signInHref(`/checkout/${bookingId}`));
      else setError(result.message);
    } catch {
      setPending(false);
      setError(UNREACHABLE_MESSAGE);
    }
  }

  if (expired && !pending) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="warning" role="alert">
          <h2 ref={expiredHeading} tabIndex={-1} className="font-semibold focus:outline-none">
            This hold expired and the slot was released
          </h2>
          <p className="mt-1">
            Nothing was charged. The time may still be free: pick it again, or another one.
          </p>
        </Alert>
        <Button asChild size="lg" className="self-start">
          <Link href={rebookHref}>Pick a time with {mentorFirstName} again</Link>
        </Button>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-700">
        Your slot is held for{' '}
        <span
          role="timer"
          aria-live="off"
          className="inline-block min-w-[3.5ch] font-semibold text-ink-950 tabular-nums"
        >
          {remaining === null ? '–:––' : formatCountdown(remaining)}
        </span>
        <span className="sr-only"> minutes and seconds</span>
      </p>
      <p className="sr-only" aria-live="polite">
        {remaining === null ? '' : holdAnnouncement(remaining)}
      </p>
      {error ? (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      ) : null}
      <Button size="lg" onClick={pay} disabled={pending || now === null} aria-busy={pending || undefined}>
        {pending ? (
          <>
            <Spinner />
            Paying…
          </>
        ) : (
          `Pay ${priceLabel} (demo)`
        )}
      </Button>
    </div>
  );
}
