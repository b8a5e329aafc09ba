'use client';

import { formatMoney } from '@ladder/domain';
import { useRouter } from 'next/navigation';
import { type ReactNode, useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogClose,
  DialogConfirmActions,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import { FieldHint, Label } from '@/components/ui/label';
import { Spinner } from '@/components/ui/spinner';
import { Textarea } from '@/components/ui/textarea';
import {
  cancelBookingAction,
  markNoShowAction,
  rescheduleBookingAction,
  type TBookingActionResult,
} from '@/lib/actions/bookings';
import type { TBookingView } from '@/lib/api/bookings';
import { signInHref } from '@/lib/auth/redirects';
import type { TActionBooking } from '@/lib/bookings/booking-lists';
import {
  canCancel,
  canRecordNoShow,
  canReschedule,
  refundPreview,
  type TCancelParty,
  type TRefundPreview,
} from '@/lib/bookings/refund-preview';
import { setFlash } from '@/lib/flash';
import { UNREACHABLE_MESSAGE } from '@/lib/forms';
import { formatWhen, zoneLabel } from '@/lib/time/format';
import type { TSlot } from '@/lib/time/week-grid';
import { WeekSlotPicker } from './week-slot-picker';

/**
 * Cancel and Reschedule for one booking, each in a dialog. Shown on the booking page and on each
 * upcoming row of the dashboard; `zone` is the zone the surrounding page shows times in.
 */
export function BookingActions({
  booking,
  party,
  zone,
  size = 'md',
}: {
  booking: TActionBooking;
  party: TCancelParty;
  zone: string;
  size?: 'sm' | 'md';
}) {
  // Decided on the server's "now" for the first render; the API re-checks on every call anyway.
  const cancellable = canCancel(booking);
  const movable = canReschedule(booking);
  const noShow =
    party === 'mentor' && canRecordNoShow(booking) ? (
      <NoShowDialog booking={booking} zone={zone} size={size} />
    ) : null;
  if (!cancellable && !movable) return noShow;
  if (booking.offeringId === null) {
    // Booked through Cal.com: Cal.com owns its time (the API answers 409 managed_by_calcom).
    return (
      <>
        <p className="text-sm text-ink-600">
          Booked through Cal.com: cancel or reschedule it from the Cal.com confirmation email, and Ladder
          follows.
        </p>
        {noShow}
      </>
    );
  }
  const offeringId = booking.offeringId;
  return (
    <div className="flex flex-wrap gap-2">
      {movable ? (
        <RescheduleDialog booking={booking} offeringId={offeringId} zone={zone} size={size} />
      ) : null}
      {cancellable ? <CancelDialog booking={booking} party={party} zone={zone} size={size} /> : null}
      {noShow}
    </div>
  );
}

/**
 * The state a booking dialog shares: open, pending and its error message. `run` calls a booking
 * action; on success it flashes `success(booking)`, refreshes the page and closes the dialog; a
 * signed-out visitor goes to sign in; any other failure is passed to `onFailure`, then shown.
 */
function useBookingDialog(onOpen: (open: boolean) => void) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function onOpenChange(next: boolean) {
    if (pending) return;
    setOpen(next);
    setError(null);
    onOpen(next);
  }

  async function run(
    action: () => Promise<TBookingActionResult>,
    success: (booking: TBookingView) => string,
    onFailure?: (code: string) => void,
  ) {
    setPending(true);
    setError(null);
    let result: TBookingActionResult;
    try {
      result = await action();
    } catch {
      setPending(false);
      setError(UNREACHABLE_MESSAGE);
      return;
    }
    setPending(false);
    if (result.ok) {
      setFlash({ tone: 'success', message: success(result.booking) }, { here: true });
      router.refresh();
      setOpen(false);
      return;
    }
    onFailure?.(result.code);
    if (result.code === 'unauthorized') {
      router.push(signInHref(window.location.pathname + window.location.search));
      return;
    }
    setError(result.message);
  }

  return { open, onOpenChange, pending, error, setError, run };
}

/** The secondary button that opens a booking dialog. */
function DialogTriggerButton({
  size,
  label,
  children,
}: {
  size: 'sm' | 'md';
  label: string;
  children: ReactNode;
}) {
  return (
    <DialogTrigger asChild>
      <Button variant="secondary" size={size} aria-label={label}>
        {children}
      </Button>
    </DialogTrigger>
  );
}

function CancelDialog({
  booking,
  party,
  zone,
  size,
}: {
  booking: TActionBooking;
  party: TCancelParty;
  zone: string;
  size: 'sm' | 'md';
}) {
  const ids = useId();
  const [preview, setPreview] = useState<TRefundPreview | null>(null);
  const [reason, setReason] = useState('');
  // The refund depends on how long before the start one cancels: computed as the dialog opens.
  const { open, onOpenChange, pending, error, run } = useBookingDialog((next) => {
    if (next) setPreview(refundPreview(booking, party));
  });
  const when = formatWhen(booking.startsAt, booking.endsAt, zone);

  function confirm() {
    return run(
      () => cancelBookingAction(booking.id, reason),
      (cancelled) => {
        const refund = cancelled.refundAmount ?? 0;
        const refundText =
          refund > 0 ? ` ${formatMoney(refund, booking.currency)} will be refunded.` : ' No refund is due.';
        return `Cancelled: ${booking.offeringTitle} on ${when.date}.${booking.priceAmount > 0 ? refundText : ''}`;
      },
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTriggerButton
        size={size}
        label={`Cancel ${booking.offeringTitle} on ${when.date}, ${when.time}`}
      >
        Cancel
      </DialogTriggerButton>
      <DialogContent>
        <DialogTitle>Cancel this session?</DialogTitle>
        <DialogDescription>
          {booking.offeringTitle} with {party === 'mentee' ? booking.mentorFirstName : 'your mentee'},{' '}
          {when.date}, {when.time} ({when.zone}).
        </DialogDescription>
        {preview ? (
          <Alert tone={preview.refundAmount > 0 ? 'info' : 'warning'} className="mt-4" title="Refund">
            <p>{preview.message}</p>
          </Alert>
        ) : null}
        <div className="mt-4 flex flex-col gap-1.5">
          <Label htmlFor={`${ids}-reason`}>Reason (optional)</Label>
          <Textarea
            id={`${ids}-reason`}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={1000}
            rows={3}
            aria-describedby={`${ids}-reason-hint`}
          />
          <FieldHint id={`${ids}-reason-hint`}>
            Shared with {party === 'mentee' ? booking.mentorFirstName : 'your mentee'} in the cancellation
            email.
          </FieldHint>
        </div>
        {error ? (
          <Alert tone="danger" role="alert" className="mt-4">
            {error}
          </Alert>
        ) : null}
        <DialogConfirmActions
          backLabel="Keep session"
          backVariant="secondary"
          actionLabel="Cancel session"
          busyLabel="Cancelling…"
          pending={pending}
          onAction={confirm}
        />
      </DialogContent>
    </Dialog>
  );
}

/** The mentor records that the mentee did not come, once the session has started. */
function NoShowDialog({ booking, zone, size }: { booking: TActionBooking; zone: string; size: 'sm' | 'md' }) {
  const { open, onOpenChange, pending, error, run } = useBookingDialog(() => {});
  const when = formatWhen(booking.startsAt, booking.endsAt, zone);
  const noRefund = booking.priceAmount > 0 ? ' There is no refund.' : '';

  function confirm() {
    return run(
      () => markNoShowAction(booking.id),
      () => `Recorded as a no-show: ${booking.offeringTitle} on ${when.date}.${noRefund}`,
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTriggerButton
        size={size}
        label={`Record a no-show for ${booking.offeringTitle} on ${when.date}, ${when.time}`}
      >
        Mentee didn’t show up
      </DialogTriggerButton>
      <DialogContent>
        <DialogTitle>Record a no-show?</DialogTitle>
        <DialogDescription>
          {booking.offeringTitle}, {when.date}, {when.time} ({when.zone}). Record this only if your mentee
          didn’t join: the session is marked as a no-show for good.{noRefund}
        </DialogDescription>
        {error ? (
          <Alert tone="danger" role="alert" className="mt-4">
            {error}
          </Alert>
        ) : null}
        <DialogConfirmActions
          backLabel="Go back"
          backVariant="secondary"
          actionLabel="Record no-show"
          busyLabel="Recording…"
          pending={pending}
          onAction={confirm}
        />
      </DialogContent>
    </Dialog>
  );
}

function RescheduleDialog({
  booking,
  offeringId,
  zone,
  size,
}: {
  booking: TActionBooking;
  offeringId: string;
  zone: string;
  size: 'sm' | 'md';
}) {
  const [selected, setSelected] = useState<TSlot | null>(null);
  const [reloadToken, setReloadToken] = useState(0);
  const { open, onOpenChange, pending, error, setError, run } = useBookingDialog(() => setSelected(null));
  const current = formatWhen(booking.startsAt, booking.endsAt, zone);
  const next = selected ? formatWhen(selected.start, selected.end, zone) : null;

  async function confirm() {
    if (!selected) return;
    await run(
      () => rescheduleBookingAction(booking.id, selected.start),
      () => `Moved: ${booking.offeringTitle} is now on ${next?.date}, ${next?.time} (${next?.zone}).`,
      (code) => {
        if (code !== 'slot_unavailable') return;
        setSelected(null);
        setReloadToken((n) => n + 1);
      },
    );
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTriggerButton
        size={size}
        label={`Reschedule ${booking.offeringTitle} on ${current.date}, ${current.time}`}
      >
        Reschedule
      </DialogTriggerButton>
      <DialogContent className="max-h-[92dvh] max-w-4xl overflow-y-auto">
        <DialogTitle>Move this session</DialogTitle>
        <DialogDescription>
          Now: {current.date}, {current.time}. Pick a new time; times are shown in {zoneLabel(zone)}.
        </DialogDescription>
        <div className="mt-5">
          {open ? (
            <WeekSlotPicker
              slug={booking.mentorSlug}
              offeringId={offeringId}
              zone={zone}
              selected={selected?.start ?? null}
              onSelect={(slot) => {
                setSelected(slot);
                setError(null);
              }}
              reloadToken={reloadToken}
              mentorFirstName={booking.mentorFirstName}
            />
          ) : null}
        </div>
        <div aria-live="polite" className="mt-4 empty:hidden">
          {error ? (
            <Alert tone="warning" role="alert">
              {error}
            </Alert>
          ) : null}
        </div>
        <div className="mt-5 flex flex-col gap-3 border-t border-ink-100 pt-4 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-ink-700" aria-live="polite">
            {next ? (
              <>
                New time:{' '}
                <strong className="text-ink-950">
                  {next.date}, {next.time}
                </strong>{' '}
                ({next.zone})
              </>
            ) : (
              'No new time picked yet.'
            )}
          </p>
          <div className="flex flex-col-reverse gap-3 sm:flex-row">
            <DialogClose asChild>
              <Button variant="secondary" disabled={pending}>
                Keep current time
              </Button>
            </DialogClose>
            <Button onClick={confirm} disabled={!selected || pending} aria-busy={pending || undefined}>
              {pending ? (
                <>
                  <Spinner />
                  Moving…
                </>
              ) : (
                'Move session'
              )}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
