import { feeShareOfRefund, type TMentorEarnings } from '@ladder/domain';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { bookingStatusLabel, formatReportMoney } from '@/lib/money-report';
import { formatShortDate, formatTime, zoneName } from '@/lib/time/format';

/**
 * A mentor's money: per currency what they earned (sessions held or due, and the part kept of late
 * cancellations), what is booked ahead, and what went back to mentees; then the latest paid
 * bookings. Session times are shown in the mentor's zone, named.
 */
export function EarningsSummary({ earnings, zone }: { earnings: TMentorEarnings; zone: string }) {
  if (earnings.currencies.length === 0) {
    return (
      <EmptyState
        className="mt-2"
        title="No paid sessions yet"
        description="When mentees pay for sessions with you, what you earn appears here, after Ladder’s fee."
        action={
          <Button asChild variant="secondary">
            <Link href="/dashboard/mentor/offerings">Review your offerings</Link>
          </Button>
        }
      />
    );
  }
  return (
    <div className="flex flex-col gap-8">
      {earnings.currencies.map((c) => {
        const money = (n: number) => formatReportMoney(n, c.currency);
        return (
          <section key={c.currency} aria-labelledby={`earnings-${c.currency}`}>
            <h2 id={`earnings-${c.currency}`} className="mb-3 text-lg font-semibold text-ink-950">
              {c.currency}
            </h2>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              <Total label="Earned" value={money(c.earned)} hint="After Ladder’s fee and refunds" />
              <Total label="Upcoming" value={money(c.upcoming)} hint="Confirmed sessions ahead" />
              <Total label="Refunded to mentees" value={money(c.refunded)} />
              <Total label="Paid bookings" value={c.paidBookings.toLocaleString('en')} />
            </dl>
          </section>
        );
      })}
      <section aria-labelledby="earnings-recent">
        <h2 id="earnings-recent" className="mb-3 text-lg font-semibold text-ink-950">
          Recent payments
        </h2>
        <Card className="overflow-x-auto p-0">
          <table className="w-full text-left text-sm">
            <caption className="px-5 pt-5 pb-2 text-left text-ink-600">
              Latest paid bookings; session times in {zoneName(zone)}. A refund returns Ladder’s fee in the
              same proportion, so the fee shown is what Ladder keeps.
            </caption>
            <thead className="border-b border-ink-200 text-ink-600">
              <tr>
                <th scope="col" className="px-5 py-2 font-medium">
                  Mentee
                </th>
                <th scope="col" className="px-5 py-2 font-medium">
                  Session
                </th>
                <th scope="col" className="px-5 py-2 text-right font-medium">
                  Paid
                </th>
                <th scope="col" className="px-5 py-2 text-right font-medium">
                  Fee
                </th>
                <th scope="col" className="px-5 py-2 text-right font-medium">
                  Refunded
                </th>
                <th scope="col" className="px-5 py-2 text-right font-medium">
                  Yours
                </th>
              </tr>
            </thead>
            <tbody>
              {earnings.recent.map((r) => (
                <tr key={r.bookingId} className="border-b border-ink-100 last:border-0">
                  <th scope="row" className="px-5 py-2 font-medium text-ink-900">
                    <Link
                      href={`/dashboard/bookings/${r.bookingId}`}
                      className="hover:text-brand-700 hover:underline"
                    >
                      {r.menteeName}
                    </Link>
                  </th>
                  <td className="px-5 py-2 whitespace-nowrap text-ink-700">
                    <time dateTime={r.startsAt}>
                      {formatShortDate(r.startsAt, zone)}, {formatTime(r.startsAt, zone)}
                    </time>{' '}
                    <span className="text-ink-500">· {bookingStatusLabel(r.status)}</span>
                  </td>
                  <td className="px-5 py-2 text-right tabular-nums">
                    {formatReportMoney(r.amount, r.currency)}
                  </td>
                  <td className="px-5 py-2 text-right tabular-nums text-ink-600">
                    {formatReportMoney(r.platformFee - feeShareOfRefund(r), r.currency)}
                  </td>
                  <td className="px-5 py-2 text-right tabular-nums text-ink-600">
                    {formatReportMoney(r.refunded, r.currency)}
                  </td>
                  <td className="px-5 py-2 text-right font-medium tabular-nums">
                    {formatReportMoney(r.mentorShare, r.currency)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </section>
    </div>
  );
}

function Total({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card className="p-4">
      <dt className="text-sm text-ink-600">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tabular-nums text-ink-950">{value}</dd>
      {hint ? <dd className="text-xs text-ink-500">{hint}</dd> : null}
    </Card>
  );
}
