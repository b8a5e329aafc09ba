'use client';

import { formatMoney } from '@ladder/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { bookSlot } from '@/lib/actions/bookings';
import { signInHref, signUpHref } from '@/lib/auth/redirects';
import { cn } from '@/lib/cn';
import { formatDuration } from '@/lib/format';
import { UNREACHABLE_MESSAGE } from '@/lib/forms';
import { track } from '@/lib/funnel';
import { checkoutTarget } from '@/lib/payments/checkout-return';
import { formatWhen, zoneLabel } from '@/lib/time/format';
import type { TSlot } from '@/lib/time/week-grid';
import { CalcomDialog } from './calcom-dialog';
import type { TCalTarget } from './calcom-link';
import { newIdempotencyKey } from './idempotency';
import { TimeZonePicker } from './time-zone-picker';
import { useViewerZone } from './use-viewer-zone';
import { type TLoadedWeek, WeekSlotPicker } from './week-slot-picker';

export type TWidgetOffering = {
  id: string;
  title: string;
  description: string | null;
  durationMinutes: number;
  priceAmount: number;
  currency: string;
};

type TViewer = { id: string; name: string; email: string } | null;

type TNotice = { tone: 'info' | 'warning' | 'danger'; text: string; role: 'status' | 'alert' };

/**
 * The booking widget of a mentor's profile: pick a session type, see the mentor's free times for
 * a week in your own zone (detected, changeable), pick one, confirm. Free sessions are confirmed at
 * once; paid ones are held and continue at the checkout. Signed-out visitors are sent to sign in
 * and come back to the same offering and time.
 */
export function BookingWidget({
  mentor,
  offerings,
  viewer,
  initialOfferingId,
  initialStart,
  calTarget,
}: {
  mentor: { slug: string; name: string; firstName: string; timezone: string; userId: string };
  offerings: TWidgetOffering[];
  viewer: TViewer;
  initialOfferingId?: string | undefined;
  initialStart?: string | undefined;
  calTarget: TCalTarget | null;
}) {
  const router = useRouter();
  const ids = useId();
  const { zone, detected, setZone } = useViewerZone();
  const [offeringId, setOfferingId] = useState(
    () => offerings.find((o) => o.id === initialOfferingId)?.id ?? offerings[0]?.id ?? null,
  );
  const [selected, setSelected] = useState<TSlot | null>(null);
  const [pendingStart, setPendingStart] = useState<string | null>(() =>
    initialStart && !Number.isNaN(Date.parse(initialStart)) ? new Date(initialStart).toISOString() : null,
  );
  const [mentorZone, setMentorZone] = useState(mentor.timezone);
  const [reloadToken, setReloadToken] = useState(0);
  const [notice, setNotice] = useState<TNotice | null>(null);
  const [booking, setBooking] = useState(false);
  const attempt = useRef<{ key: string; offeringId: string; start: string } | null>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);

  const offering = offerings.find((o) => o.id === offeringId) ?? null;
  const isOwnProfile = viewer?.id === mentor.userId;

  /** Keeps `?offering=&start=` in the address bar, so a reload or a sign-in comes back here. */
  const syncUrl = useCallback((nextOffering: string | null, start: string | null) => {
    const url = new URL(window.location.href);
    if (nextOffering) url.searchParams.set('offering', nextOffering);
    else url.searchParams.delete('offering');
    if (start) url.searchParams.set('start', start);
    else url.searchParams.delete('start');
    window.history.replaceState(window.history.state, '', url);
  }, []);

  function chooseOffering(id: string) {
    if (id === offeringId) return;
    setOfferingId(id);
    setSelected(null);
    setPendingStart(null);
    setNotice(null);
    syncUrl(id, null);
  }

  function chooseSlot(slot: TSlot) {
    setSelected(slot);
    setNotice(null);
    syncUrl(offeringId, slot.start);
  }

  // Move focus to the confirmation once a time is picked, so it is read out and "Book" is next.
  useEffect(() => {
    if (selected) panelHeading.current?.focus({ preventScroll: false });
  }, [selected]);

  const onLoaded = useCallback(
    (week: TLoadedWeek) => {
      setMentorZone(week.mentorZone);
      if (!pendingStart) return;
      const at = Date.parse(pendingStart);
      if (at < week.from.getTime() || at >= week.to.getTime()) return;
      const slot = week.slots.find((s) => Date.parse(s.start) === at);
      setPendingStart(null);
      if (slot) setSelected(slot);
      else
        setNotice({
          tone: 'warning',
          role: 'status',
          text: 'The time you picked before is no longer free. Please choose another one.',
        });
    },
    [pendingStart],
  );

  const returnPath = (start: string | null) => {
    const params = new URLSearchParams();
    if (offeringId) params.set('offering', offeringId);
    if (start) params.set('start', start);
    return `/mentors/${encodeURIComponent(mentor.slug)}?${params}#book`;
  };

  async function book() {
    if (!offering || !selected || booking) return;
    const current = attempt.current;
    if (!current || current.offeringId !== offering.id || current.start !== selected.start) {
      attempt.current = { key: newIdempotencyKey(), offeringId: offering.id, start: selected.start };
    }
    const { key } = attempt.current!;
    setBooking(true);
    setNotice(null);
    let result: Awaited<ReturnType<typeof bookSlot>>;
    try {
      result = await bookSlot({ offeringId: offering.id, start: selected.start, idempotencyKey: key });
    } catch {
      // The web server itself could not be reached: the same attempt (same key) may be retried.
      setBooking(false);
      setNotice({ tone: 'danger', role: 'alert', text: UNREACHABLE_MESSAGE });
      return;
    }
    if (result.ok) {
      const b = result.booking;
      track(b.status === 'held' ? 'booking_held' : 'booking_confirmed', { mentorSlug: mentor.slug });
      if (b.status === 'held') {
        // Stripe's hosted page is another site; the offline demo checkout is one of ours.
        const target = checkoutTarget(b, window.location.origin);
        if (target.sameOrigin) router.push(target.href);
        else window.location.assign(target.href);
      } else {
        router.push(`/dashboard/bookings/${encodeURIComponent(b.id)}?new=1`);
      }
      return; // stay busy until the next page replaces this one
    }
    setBooking(false);
    if (!result.retryable) attempt.current = null;
    if (result.code === 'unauthorized') {
      router.push(signInHref(returnPath(selected.start)));
      return;
    }
    if (result.code === 'slot_unavailable') {
      setSelected(null);
      syncUrl(offeringId, null);
      setReloadToken((n) => n + 1);
    }
    setNotice({
      tone: result.code === 'slot_unavailable' || result.code === 'mentee_overlap' ? 'warning' : 'danger',
      role: 'alert',
      text: result.message,
    });
  }

  if (offerings.length === 0) {
    return (
      <p className="rounded-lg bg-ink-50 p-4 text-sm text-ink-700">
        {mentor.firstName} hasn’t listed any session types yet.
      </p>
    );
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <div className="flex flex-col gap-5">
        <fieldset>
          <legend className="mb-3 text-sm font-semibold text-ink-900">1. Choose a session</legend>
          <div className="flex flex-col gap-3">
            {offerings.map((o) => {
              const price = formatMoney(o.priceAmount, o.currency);
              const inputId = `${ids}-offering-${o.id}`;
              return (
                <label
                  key={o.id}
                  htmlFor={inputId}
                  className={cn(
                    'relative flex cursor-pointer gap-3 rounded-lg border p-4 transition-colors',
                    'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600',
                    o.id === offeringId
                      ? 'border-brand-500 bg-brand-50 ring-1 ring-brand-500'
                      : 'border-ink-200 hover:border-ink-300',
                  )}
                >
                  <input
                    id={inputId}
                    type="radio"
                    name={`${ids}-offering`}
                    value={o.id}
                    checked={o.id === offeringId}
                    onChange={() => chooseOffering(o.id)}
                    className="mt-1 size-4 shrink-0 accent-brand-600"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="flex items-start justify-between gap-3">
                      <span className="font-semibold text-ink-950">{o.title}</span>
                      <span className="shrink-0 font-semibold text-ink-950">{price}</span>
                    </span>
                    <span className="mt-0.5 block text-sm text-ink-500">
                      {formatDuration(o.durationMinutes)} video call
                    </span>
                    {o.description ? (
                      <span className="mt-2 block text-sm text-ink-700">{o.description}</span>
                    ) : null}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        <p className="text-xs text-ink-500">
          Free cancellation up to 24 hours before the session. Later cancellations are refunded at 50%.
        </p>
        {calTarget && !isOwnProfile ? (
          <p className="text-sm text-ink-600">
            Prefer Cal.com?{' '}
            <CalcomDialog
              target={calTarget}
              mentorName={mentor.firstName}
              mentorSlug={mentor.slug}
              viewer={viewer}
              trigger={
                <button
                  type="button"
                  className="rounded-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
                >
                  Book via Cal.com
                </button>
              }
            />
          </p>
        ) : null}
      </div>

      <div className="flex min-w-0 flex-col gap-4">
        <div>
          <h3 className="text-sm font-semibold text-ink-900">2. Pick a time</h3>
          <div className="mt-1 flex min-h-7 flex-wrap items-center gap-x-1 text-sm text-ink-600">
            {zone ? (
              <>
                <span>
                  Times shown in <strong className="font-medium text-ink-900">{zoneLabel(zone)}</strong>
                </span>
                <TimeZonePicker zone={zone} detected={detected} onChange={setZone} />
                <span aria-hidden="true" className="hidden sm:inline">
                  ·
                </span>
                <span className="basis-full sm:basis-auto">
                  {mentor.firstName} is in {zoneLabel(mentorZone)}
                </span>
              </>
            ) : (
              <Skeleton className="h-5 w-80 max-w-full" />
            )}
          </div>
        </div>

        {zone && offering ? (
          <WeekSlotPicker
            key={offering.id}
            slug={mentor.slug}
            offeringId={offering.id}
            zone={zone}
            selected={selected?.start ?? null}
            onSelect={chooseSlot}
            focusInstant={pendingStart}
            reloadToken={reloadToken}
            onLoaded={onLoaded}
            mentorFirstName={mentor.firstName}
          />
        ) : (
          <PickerPlaceholder />
        )}

        <div aria-live="polite" className="empty:hidden">
          {notice ? (
            <Alert tone={notice.tone} role={notice.role}>
              {notice.text}
            </Alert>
          ) : null}
        </div>

        {selected && offering && zone ? (
          <section
            aria-labelledby={`${ids}-confirm`}
            className="rounded-lg border border-brand-200 bg-brand-50/60 p-4 sm:p-5"
          >
            <h3
              id={`${ids}-confirm`}
              ref={panelHeading}
              tabIndex={-1}
              className="text-base font-semibold text-ink-950 focus:outline-none"
            >
              3. Confirm your session
            </h3>
            <ConfirmDetails
              offering={offering}
              slot={selected}
              zone={zone}
              mentorZone={mentorZone}
              mentorFirstName={mentor.firstName}
            />
            <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-center">
              {isOwnProfile ? (
                <p className="text-sm text-ink-700">
                  This is your own profile: mentees book these times here.
                </p>
              ) : viewer ? (
                <Button size="lg" onClick={book} disabled={booking} aria-busy={booking || undefined}>
                  {booking ? (
                    <>
                      <Spinner />
                      {offering.priceAmount === 0 ? 'Booking…' : 'Reserving…'}
                    </>
                  ) : offering.priceAmount === 0 ? (
                    'Book'
                  ) : (
                    'Reserve and pay'
                  )}
                </Button>
              ) : (
                <>
                  <Button asChild size="lg">
                    <Link href={signInHref(returnPath(selected.start))}>Sign in to book</Link>
                  </Button>
                  <Link
                    href={signUpHref(returnPath(selected.start))}
                    className="text-sm font-medium text-brand-700 underline underline-offset-2"
                  >
                    New to Ladder? Create an account
                  </Link>
                </>
              )}
              <Button
                variant="ghost"
                onClick={() => {
                  setSelected(null);
                  syncUrl(offeringId, null);
                }}
                disabled={booking}
              >
                Pick another time
              </Button>
            </div>
            {offering.priceAmount > 0 && viewer && !isOwnProfile ? (
              <p className="mt-3 text-xs text-ink-600">
                We hold this time for you for a few minutes while you pay.
              </p>
            ) : null}
          </section>
        ) : null}
      </div>
    </div>
  );
}

function ConfirmDetails({
  offering,
  slot,
  zone,
  mentorZone,
  mentorFirstName,
}: {
  offering: TWidgetOffering;
  slot: TSlot;
  zone: string;
  mentorZone: string;
  mentorFirstName: string;
}) {
  const yours = formatWhen(slot.start, slot.end, zone);
  const theirs = formatWhen(slot.start, slot.end, mentorZone);
  return (
    <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
      <div>
        <dt className="text-ink-500">Session</dt>
        <dd className="mt-0.5 font-medium text-ink-900">
          {offering.title} · {formatDuration(offering.durationMinutes)}
        </dd>
      </div>
      <div>
        <dt className="text-ink-500">Price</dt>
        <dd className="mt-0.5 font-medium text-ink-900">
          {formatMoney(offering.priceAmount, offering.currency)}
        </dd>
      </div>
      <div>
        <dt className="text-ink-500">Your time</dt>
        <dd className="mt-0.5 font-medium text-ink-900">
          {yours.date}
          <span className="block">{yours.time}</span>
          <span className="block text-xs font-normal text-ink-500">
            {yours.zone} ({yours.offset})
          </span>
        </dd>
      </div>
      {mentorZone !== zone ? (
        <div>
          <dt className="text-ink-500">For {mentorFirstName}</dt>
          <dd className="mt-0.5 text-ink-800">
            {theirs.date}
            <span className="block">{theirs.time}</span>
            <span className="block text-xs text-ink-500">
              {theirs.zone} ({theirs.offset})
            </span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function PickerPlaceholder() {
  return (
    <div aria-hidden="true" className="flex flex-col gap-3">
      <div className="flex justify-between">
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-5 w-36 self-center" />
        <Skeleton className="h-8 w-24" />
      </div>
      <div className="grid grid-cols-1 gap-2 md:min-h-48 md:grid-cols-7 md:gap-1.5">
        {Array.from({ length: 7 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <Skeleton key={i} className="h-12 md:h-40" />
        ))}
      </div>
    </div>
  );
}
