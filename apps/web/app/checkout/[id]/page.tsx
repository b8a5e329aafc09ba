import { formatMoney } from '@ladder/domain';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { BookingLoadError } from '@/components/booking/booking-load-error';
import { CheckoutPanel } from '@/components/booking/checkout-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { loadBookingForUser } from '@/lib/bookings/load-booking';
import { firstName, formatDuration } from '@/lib/format';
import { checkoutTarget } from '@/lib/payments/checkout-return';
import { webOrigin } from '@/lib/site';
import { formatWhen } from '@/lib/time/format';

export const metadata: Metadata = {
  title: 'Checkout',
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ id: string }> };

/**
 * The checkout a held booking's `checkoutUrl` points at with PAYMENTS_PROVIDER=offline: a clearly
 * labelled demo, where "Pay" confirms the hold without any money moving.
 */
export default async function CheckoutPage({ params }: Props) {
  const { id } = await params;
  const path = `/checkout/${encodeURIComponent(id)}`;
  const result = await loadBookingForUser(id, path);
  if (!result.ok) {
    return (
      <BookingLoadError
        title="We couldn’t load your checkout right now"
        description="Your hold is kept while it lasts. Please try again in a moment."
        retryHref={path}
        reference={result.error.requestId}
      />
    );
  }

  const { user, booking } = result.data;
  // Only the mentee pays; to anyone else this checkout does not exist.
  if (booking.menteeId !== user.id) notFound();
  const bookingPath = `/dashboard/bookings/${encodeURIComponent(booking.id)}`;
  if (booking.status === 'confirmed') redirect(bookingPath);
  // With Stripe the checkout is Stripe's hosted page: this demo page is not where to pay.
  const target = checkoutTarget(booking, webOrigin());
  if (booking.status === 'held' && !target.sameOrigin) redirect(target.href);

  const zone = user.timezone || 'UTC';
  const when = formatWhen(booking.startsAt, booking.endsAt, zone);
  const mentorWhen = formatWhen(booking.startsAt, booking.endsAt, booking.mentor.timezone);
  const price = formatMoney(booking.priceAmount, booking.currency);
  const mentorFirst = firstName(booking.mentor.name);
  const rebookHref = `/mentors/${encodeURIComponent(booking.mentor.slug)}${booking.offeringId ? `?offering=${encodeURIComponent(booking.offeringId)}` : ''}#book`;
  const live =
    booking.status === 'held' && !!booking.holdExpiresAt && Date.parse(booking.holdExpiresAt) > Date.now();

  return (
    <Container className="max-w-2xl pb-section">
      <header className="pt-10 pb-6 sm:pt-14">
        <p className="mb-2 text-sm font-semibold tracking-wide text-brand-700 uppercase">Checkout</p>
        <h1 className="text-3xl font-bold tracking-tight text-ink-950">Complete your booking</h1>
      </header>

      <Alert tone="warning" title="Demo payment — no money moves." className="mb-6">
        Ladder runs with PAYMENTS_PROVIDER=offline. Paying here confirms the booking without charging
        anything.
      </Alert>

      <Card>
        <CardHeader>
          <CardTitle>
            {booking.offering.title} with {booking.mentor.name}
          </CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          <dl className="grid gap-4 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-ink-500">Your time</dt>
              <dd className="mt-0.5 font-medium text-ink-900">
                {when.date}
                <span className="block tabular-nums">{when.time}</span>
                <span className="block text-xs font-normal text-ink-500">
                  {when.zone} ({when.offset})
                </span>
              </dd>
            </div>
            {booking.mentor.timezone !== zone ? (
              <div>
                <dt className="text-ink-500">{mentorFirst}’s time</dt>
                <dd className="mt-0.5 text-ink-800">
                  {mentorWhen.date}
                  <span className="block tabular-nums">{mentorWhen.time}</span>
                  <span className="block text-xs text-ink-500">
                    {mentorWhen.zone} ({mentorWhen.offset})
                  </span>
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="text-ink-500">Session</dt>
              <dd className="mt-0.5 font-medium text-ink-900">
                {booking.offering.title} · {formatDuration(booking.offering.durationMinutes)}
              </dd>
            </div>
            <div>
              <dt className="text-ink-500">Total</dt>
              <dd className="mt-0.5 text-lg font-semibold text-ink-950">{price}</dd>
            </div>
          </dl>

          <div className="border-t border-ink-100 pt-5">
            {live && booking.holdExpiresAt ? (
              <CheckoutPanel
                bookingId={booking.id}
                holdExpiresAt={booking.holdExpiresAt}
                priceLabel={price}
                rebookHref={rebookHref}
                mentorFirstName={mentorFirst}
              />
            ) : (
              <div className="flex flex-col gap-4">
                <Alert tone="warning" role="status" title="This hold expired and the slot was released">
                  {booking.status === 'cancelled'
                    ? 'This booking was cancelled. Nothing was charged.'
                    : 'Nothing was charged. The time may still be free: pick it again, or another one.'}
                </Alert>
                <Button asChild size="lg" className="self-start">
                  <Link href={rebookHref}>Pick a time with {mentorFirst} again</Link>
                </Button>
              </div>
            )}
          </div>
        </CardContent>
      </Card>

      <p className="mt-6 text-xs text-ink-500">
        Free cancellation up to 24 hours before the session. Later cancellations are refunded at 50%.
      </p>
    </Container>
  );
}
