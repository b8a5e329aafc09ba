import { formatMoney } from '@ladder/domain';
import type { Metadata } from 'next';
import Link from 'next/link';
import { BookingActions } from '@/components/booking/booking-actions';
import { BookingLoadError } from '@/components/booking/booking-load-error';
import { BookingStatusBadge } from '@/components/booking/booking-status-badge';
import { CheckoutReturnNotice } from '@/components/booking/checkout-return-notice';
import { PaymentFacts } from '@/components/booking/payment-facts';
import { PlanProgress } from '@/components/plans/plan-progress';
import { StartPlanForm } from '@/components/plans/start-plan-form';
import { NotesPanel } from '@/components/sessions/notes-panel';
import { ReviewForm } from '@/components/sessions/review-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { settle } from '@/lib/api/client';
import { listPlans } from '@/lib/api/learning-plans';
import { sessionHeaders } from '@/lib/api/server-session';
import { listNotes } from '@/lib/api/sessions';
import { acceptsNotes, actionBooking } from '@/lib/bookings/booking-lists';
import { loadBookingForUser } from '@/lib/bookings/load-booking';
import type { TCancelParty } from '@/lib/bookings/refund-preview';
import { firstName, formatDuration } from '@/lib/format';
import { checkoutNotice, checkoutReturnOf, checkoutTarget } from '@/lib/payments/checkout-return';
import { planForPair, progressFromCounts } from '@/lib/plans/plan-view';
import { webOrigin } from '@/lib/site';
import { formatInstant, formatWhen, type TZonedWhen } from '@/lib/time/format';

export const metadata: Metadata = {
  title: 'Session',
  robots: { index: false, follow: false },
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function BookingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { new: isNew, checkout: checkoutParam } = await searchParams;
  const path = `/dashboard/bookings/${encodeURIComponent(id)}`;
  const result = await loadBookingForUser(id, path);
  if (!result.ok) {
    return (
      <BookingLoadError
        title="We couldn’t load this session right now"
        retryHref={path}
        reference={result.error.requestId}
      />
    );
  }

  const { user, booking } = result.data;
  const party: TCancelParty =
    booking.menteeId === user.id ? 'mentee' : booking.mentor.userId === user.id ? 'mentor' : 'admin';
  const zone = user.timezone || 'UTC';
  const mentorHref = `/mentors/${encodeURIComponent(booking.mentor.slug)}`;
  const yours = formatWhen(booking.startsAt, booking.endsAt, zone);
  const others: { label: string; when: TZonedWhen }[] = [];
  if (party !== 'mentor' && booking.mentor.timezone !== zone) {
    others.push({
      label: `${firstName(booking.mentor.name)}’s time`,
      when: formatWhen(booking.startsAt, booking.endsAt, booking.mentor.timezone),
    });
  }
  if (party !== 'mentee' && booking.mentee.timezone !== zone) {
    others.push({
      label: `${firstName(booking.mentee.name)}’s time`,
      when: formatWhen(booking.startsAt, booking.endsAt, booking.mentee.timezone),
    });
  }
  const live = booking.status === 'held' || booking.status === 'confirmed';
  // The payment's story is the mentee's: back from a hosted checkout, or a late payment refunded.
  const notice = party === 'mentee' ? checkoutNotice(booking, checkoutReturnOf(checkoutParam)) : null;
  const showBooked = isNew === '1' && booking.status === 'confirmed' && notice !== 'confirmed';
  const checkout = booking.status === 'held' ? checkoutTarget(booking, webOrigin()) : null;
  const rebookHref = booking.offeringId
    ? `${mentorHref}?offering=${encodeURIComponent(booking.offeringId)}#book`
    : `${mentorHref}#book`;
  // Notes belong to the two parties only (the API answers an admin 404).
  const notes =
    party === 'admin' ? null : await settle(listNotes(booking.id, { headers: await sessionHeaders() }));
  // The pair's 90-day plan: open it if they have one, else offer to start it once they have met
  // (or will meet) in a confirmed session. The API re-checks both.
  const plans = party === 'admin' ? null : await settle(listPlans({ headers: await sessionHeaders() }));
  const plan = plans?.ok ? planForPair(plans.data.items, booking) : undefined;
  const canStartPlan =
    party !== 'admin' &&
    plans?.ok === true &&
    !plan &&
    (booking.status === 'confirmed' || booking.status === 'completed');
  // The API re-checks: a confirmed (or completed) session that has started may be reviewed once.
  const reviewable =
    party === 'mentee' &&
    !booking.reviewed &&
    (booking.status === 'confirmed' || booking.status === 'completed') &&
    Date.parse(booking.startsAt) <= Date.now();

  return (
    <Container className="max-w-4xl pb-section">
      <nav aria-label="Breadcrumb" className="pt-8 text-sm">
        <ol className="flex items-center gap-2 text-ink-500">
          <li>
            <Link href="/dashboard" className="hover:text-brand-700">
              Dashboard
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="truncate text-ink-800">
            Session
          </li>
        </ol>
      </nav>

      {showBooked ? (
        <Alert tone="success" role="status" title="You’re booked!" className="mt-6">
          A confirmation email with a calendar invite is on its way.
        </Alert>
      ) : null}

      {notice ? (
        <CheckoutReturnNotice
          notice={notice}
          checkout={checkout}
          holdUntil={booking.holdExpiresAt ? formatInstant(booking.holdExpiresAt, zone) : null}
          priceLabel={formatMoney(booking.priceAmount, booking.currency)}
          rebookHref={rebookHref}
        />
      ) : null}

      <header className="flex flex-col gap-3 pt-6 pb-8">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight text-ink-950">{booking.offering.title}</h1>
          <BookingStatusBadge status={booking.status} className="text-sm" />
        </div>
        <p className="text-lg text-ink-700">
          {party === 'mentor' ? (
            <>with {booking.mentee.name} (your mentee)</>
          ) : (
            <>
              with{' '}
              <Link href={mentorHref} className="font-medium text-brand-700 hover:underline">
                {booking.mentor.name}
              </Link>
              {party === 'admin' ? <> and {booking.mentee.name}</> : null}
            </>
          )}
          {' · '}
          {formatDuration(booking.offering.durationMinutes)}
        </p>
      </header>

      {booking.status === 'held' && party === 'mentee' && !notice && checkout ? (
        <Alert tone="warning" title="Awaiting payment" className="mb-6">
          <p>
            This time is held for you
            {booking.holdExpiresAt ? ` until ${formatInstant(booking.holdExpiresAt, zone)}` : ''}.{' '}
            {checkout.sameOrigin ? (
              <Link href={checkout.href}>Complete checkout</Link>
            ) : (
              <a href={checkout.href}>Complete checkout</a>
            )}
          </p>
        </Alert>
      ) : null}

      <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_18rem]">
        <Card>
          <CardHeader>
            <CardTitle>When</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            <WhenBlock label="Your time" when={yours} strong />
            {others.map((o) => (
              <WhenBlock key={o.label} label={o.label} when={o.when} />
            ))}
            {live || booking.status === 'completed' ? (
              <div className="flex flex-wrap gap-3 border-t border-ink-100 pt-5">
                {booking.status === 'confirmed' && booking.meetingUrl ? (
                  <Button asChild>
                    <a href={booking.meetingUrl} target="_blank" rel="noopener noreferrer">
                      Join the call
                    </a>
                  </Button>
                ) : null}
                {booking.status === 'confirmed' ? (
                  <Button asChild variant="secondary">
                    <a href={`${path}/calendar.ics`} download>
                      Add to calendar (.ics)
                    </a>
                  </Button>
                ) : null}
              </div>
            ) : null}
            {booking.status === 'confirmed' && booking.meetingUrl ? (
              <p className="text-xs break-all text-ink-500">Meeting link: {booking.meetingUrl}</p>
            ) : null}
          </CardContent>
        </Card>

        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Payment</CardTitle>
            </CardHeader>
            <CardContent>
              <PaymentFacts booking={booking} party={party} />
            </CardContent>
          </Card>
          {party !== 'admin' ? (
            <BookingActions party={party} zone={zone} booking={actionBooking(booking)} />
          ) : null}
        </div>
      </div>

      {plan || canStartPlan ? (
        <section aria-labelledby="plan-heading" className="mt-6">
          <Card>
            <CardHeader>
              <CardTitle id="plan-heading">90-day learning plan</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              {plan ? (
                <>
                  <p className="font-medium break-words text-ink-900">{plan.goal}</p>
                  <PlanProgress
                    progress={progressFromCounts(plan.progress.done, plan.progress.total)}
                    label="Progress of the learning plan"
                  />
                  <div>
                    <Button asChild variant="secondary">
                      <Link href={`/dashboard/plans/${encodeURIComponent(plan.id)}`}>Open learning plan</Link>
                    </Button>
                  </div>
                </>
              ) : party !== 'admin' ? (
                <>
                  <p className="text-sm text-ink-700">
                    Turn these sessions into progress: agree on a goal for the next 90 days and the milestones
                    on the way, and keep them up to date together.
                  </p>
                  <StartPlanForm
                    bookingId={booking.id}
                    menteeId={booking.menteeId}
                    mentorId={booking.mentorId}
                    party={party}
                  />
                </>
              ) : null}
            </CardContent>
          </Card>
        </section>
      ) : null}

      {reviewable ? (
        <section aria-labelledby="review-heading" className="mt-6">
          <Card>
            <CardHeader>
              <CardTitle id="review-heading">Leave a review</CardTitle>
            </CardHeader>
            <CardContent>
              <ReviewForm bookingId={booking.id} mentorName={booking.mentor.name} />
            </CardContent>
          </Card>
        </section>
      ) : null}

      {notes && party !== 'admin' ? (
        <section aria-labelledby="notes-heading" className="mt-6">
          <Card>
            <CardHeader>
              <CardTitle id="notes-heading">Notes</CardTitle>
            </CardHeader>
            <CardContent>
              {notes.ok ? (
                <NotesPanel
                  bookingId={booking.id}
                  party={party}
                  viewerId={user.id}
                  initialNotes={notes.data.items}
                  canAdd={acceptsNotes(booking, Date.now())}
                />
              ) : (
                <Alert tone="warning">We couldn’t load the notes right now. Please reload the page.</Alert>
              )}
            </CardContent>
          </Card>
        </section>
      ) : null}

      <p className="mt-10 text-sm">
        <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
          ← All your sessions
        </Link>
      </p>
    </Container>
  );
}

function WhenBlock({ label, when, strong = false }: { label: string; when: TZonedWhen; strong?: boolean }) {
  return (
    <div>
      <p className="text-sm text-ink-500">{label}</p>
      <p className={strong ? 'mt-0.5 text-lg font-semibold text-ink-950' : 'mt-0.5 font-medium text-ink-800'}>
        {when.date}
      </p>
      <p className={strong ? 'text-lg text-ink-900 tabular-nums' : 'text-ink-800 tabular-nums'}>
        {when.time}
      </p>
      <p className="text-xs text-ink-500">
        {when.zone} ({when.offset})
      </p>
    </div>
  );
}
