import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PeriodPicker } from '@/components/admin/period-picker';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container, PageHeader } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { getFunnelReport } from '@/lib/api/admin';
import { settle } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import { formatDate } from '@/lib/format';
import { formatPerMille, funnelRows } from '@/lib/funnel-report';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Funnel', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

const WINDOWS = [7, 30, 90] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminFunnelPage({ searchParams }: Props) {
  const user = await requireUser('/admin/funnel');
  if (!user.roles.includes('admin')) notFound();
  const raw = Number((await searchParams).days);
  const days = WINDOWS.find((d) => d === raw) ?? 30;
  const report = await settle(getFunnelReport(days, { headers: await sessionHeaders() }));
  if (!report.ok && report.error.status === 403) notFound();

  return (
    <Container>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Funnel"
        description="From reading an article to a confirmed session: events and distinct visitors per step. Visitors who ask not to be tracked (GPC, Do Not Track) are not counted."
      />
      <PeriodPicker path="/admin/funnel" windows={WINDOWS} current={days} />
      {report.ok ? (
        <Card className="overflow-x-auto p-0">
          <table className="w-full text-left text-sm">
            <caption className="px-5 pt-5 pb-2 text-left text-ink-600">
              {formatDate(report.data.from)} – {formatDate(report.data.to)} (UTC)
            </caption>
            <thead className="border-b border-ink-200 text-ink-600">
              <tr>
                <th scope="col" className="px-5 py-3 font-medium">
                  Step
                </th>
                <th scope="col" className="px-5 py-3 text-right font-medium">
                  Visitors
                </th>
                <th scope="col" className="px-5 py-3 text-right font-medium">
                  Of readers
                </th>
                <th scope="col" className="px-5 py-3 text-right font-medium">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {funnelRows(report.data).map((row) => (
                <tr key={row.type} className="border-b border-ink-100 last:border-0">
                  <th scope="row" className="px-5 py-3 font-medium text-ink-900">
                    {row.label}
                  </th>
                  <td className="px-5 py-3 text-right tabular-nums">{row.visitors.toLocaleString('en')}</td>
                  <td className="px-5 py-3 text-right tabular-nums text-ink-600">
                    {row.ofFirstPerMille === null ? '—' : formatPerMille(row.ofFirstPerMille)}
                  </td>
                  <td className="px-5 py-3 text-right tabular-nums text-ink-600">
                    {row.events.toLocaleString('en')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.data.steps.every((s) => s.events === 0) ? (
            <p className="px-5 pb-5 text-sm text-ink-600">No funnel events in this period yet.</p>
          ) : null}
        </Card>
      ) : (
        <ErrorState
          title="We couldn’t load the funnel"
          reference={report.error.requestId}
          action={
            <Button asChild variant="secondary">
              <Link href={`/admin/funnel?days=${days}`}>Try again</Link>
            </Button>
          }
        />
      )}
    </Container>
  );
}
