import { formatMoney } from '@ladder/domain';
import type { TBookingView } from '@/lib/api/bookings';
import type { TCancelParty } from '@/lib/bookings/refund-preview';

type TPaymentBooking = Pick<
  TBookingView,
  'status' | 'priceAmount' | 'currency' | 'refundAmount' | 'cancelledBy'
>;
type TFact = { term: string; detail: string; strong?: boolean; tone?: 'warning' };

function cancelledBySeenBy(cancelledBy: string | null, party: TCancelParty): string | null {
  if (cancelledBy === party) return 'you';
  if (cancelledBy === 'mentor') return 'the mentor';
  if (cancelledBy === 'mentee') return 'the mentee';
  return cancelledBy;
}

/**
 * What happened to a booking's payment, as term/detail pairs for a `<dl>`: the price, then what
 * was paid or refunded for its status ("Free session" when there was nothing to pay).
 */
export function paymentFacts(booking: TPaymentBooking, party: TCancelParty): TFact[] {
  const money = (amount: number) => formatMoney(amount, booking.currency);
  const refund = booking.refundAmount ?? 0;
  const free = booking.priceAmount === 0;
  const facts: TFact[] = [
    { term: 'Price', detail: free ? 'Free session' : money(booking.priceAmount), strong: true },
  ];
  switch (booking.status) {
    case 'held':
      if (!free) facts.push({ term: 'Payment', detail: 'Not paid yet', tone: 'warning' });
      break;
    case 'confirmed':
    case 'completed':
    case 'no_show':
      if (free) facts.push({ term: 'Payment', detail: 'Nothing to pay' });
      else {
        facts.push({ term: 'Paid', detail: money(booking.priceAmount), strong: true });
        if (refund > 0) facts.push({ term: 'Refunded', detail: money(refund), strong: true });
      }
      break;
    case 'cancelled': {
      const by = cancelledBySeenBy(booking.cancelledBy, party);
      if (by) facts.push({ term: 'Cancelled by', detail: by });
      if (!free) facts.push({ term: 'Refund', detail: refund > 0 ? money(refund) : 'None', strong: true });
      break;
    }
    case 'expired':
      if (refund > 0) facts.push({ term: 'Refunded in full', detail: money(refund), strong: true });
      else if (!free) facts.push({ term: 'Payment', detail: 'Not paid: the hold expired' });
      break;
  }
  return facts;
}

/** The booking page's Payment box: only `<div><dt/><dd/></div>` groups inside the `<dl>`. */
export function PaymentFacts({ booking, party }: { booking: TPaymentBooking; party: TCancelParty }) {
  return (
    <dl className="flex flex-col gap-3 text-sm">
      {paymentFacts(booking, party).map((fact) => (
        <div key={fact.term} className="flex justify-between gap-3">
          <dt className="text-ink-500">{fact.term}</dt>
          <dd
            className={
              fact.tone === 'warning'
                ? 'text-warning-700'
                : fact.strong
                  ? 'font-medium text-ink-900'
                  : 'text-ink-900'
            }
          >
            {fact.detail}
          </dd>
        </div>
      ))}
    </dl>
  );
}
