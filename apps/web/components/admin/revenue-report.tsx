import type { TRevenueReport } from '@ladder/domain';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { barPerMille, formatReportMoney, formatUtcDay, maxGross } from '@/lib/money-report';

type TCurrencyReport = TRevenueReport['currencies'][number];

/** Totals per currency, then each UTC day as a bar of its gross with its figures beside. */
export function RevenueReport({ report }: { report: TRevenueReport }) {
  if (report.currencies.length === 0) {
    return (
      <EmptyState
        title="No payments in this period"
        description="Paid bookings and refunds of the period appear here, per currency."
      />
    );
  }
  return (
    <div className="flex flex-col gap-8">
      {report.currencies.map((c) => (
        <CurrencyRevenue key={c.currency} report={c} />
      ))}
    </div>
  );
}

export function CurrencyRevenue({ report }: { report: TCurrencyReport }) {
  const money = (amount: number) => formatReportMoney(amount, report.currency);
  const scale = maxGross(report.series);
  const headingId = `revenue-${report.currency}`;
  const totals: [string, string][] = [
    ['Gross paid', money(report.gross)],
    ['Platform fees', money(report.platformFees)],
    ['Refunds', money(report.refunds)],
    ['Fees refunded', money(report.refundedFees)],
    ['Net revenue', money(report.netRevenue)],
    ['Paid bookings', report.paidBookings.toLocaleString('en')],
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-ink-950">
        {report.currency}
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {totals.map(([label, value]) => (
          <Card key={label} className="p-4">
            <dt className="text-sm text-ink-600">{label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums text-ink-950">{value}</dd>
          </Card>
        ))}
      </dl>
      <Card className="mt-4 overflow-x-auto p-0">
        <table className="w-full text-left text-sm">
          <caption className="px-5 pt-5 pb-2 text-left text-ink-600">
            Per day (UTC), {report.currency}
          </caption>
          <thead className="border-b border-ink-200 text-ink-600">
            <tr>
              <th scope="col" className="px-5 py-2 font-medium">
                Day
              </th>
              <th scope="col" className="w-1/3 px-5 py-2 font-medium">
                Gross
              </th>
              <th scope="col" className="px-5 py-2 text-right font-medium">
                Refunds
              </th>
              <th scope="col" className="px-5 py-2 text-right font-medium">
                Net revenue
              </th>
              <th scope="col" className="px-5 py-2 text-right font-medium">
                Paid
              </th>
            </tr>
          </thead>
          <tbody>
            {[...report.series].reverse().map((d) => (
              <tr key={d.date} className="border-b border-ink-100 last:border-0">
                <th scope="row" className="px-5 py-2 font-normal whitespace-nowrap text-ink-800">
                  <time dateTime={d.date}>{formatUtcDay(d.date)}</time>
                </th>
                <td className="px-5 py-2">
                  <div className="flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="h-2.5 rounded-pill bg-brand-500"
                      style={{ width: `${barPerMille(d.gross, scale) / 10}%` }}
                    />
                    <span className="tabular-nums whitespace-nowrap">{money(d.gross)}</span>
                  </div>
                </td>
                <td className="px-5 py-2 text-right tabular-nums text-ink-600">{money(d.refunds)}</td>
                <td className="px-5 py-2 text-right tabular-nums">{money(d.netRevenue)}</td>
                <td className="px-5 py-2 text-right tabular-nums text-ink-600">{d.paidBookings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </section>
  );
}
