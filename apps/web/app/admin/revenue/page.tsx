import { REVENUE_WINDOWS } from '@ladder/domain';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PeriodPicker } from '@/components/admin/period-picker';
import { RevenueReport } from '@/components/admin/revenue-report';
import { Button } from '@/components/ui/button';
import { Container, PageHeader } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { getRevenueReport } from '@/lib/api/admin';
import { settle } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import { formatDate } from '@/lib/format';
import { revenueWindow } from '@/lib/money-report';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Revenue', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminRevenuePage({ searchParams }: Props) {
  const user = await requireUser('/admin/revenue');
  if (!user.roles.includes('admin')) notFound();
  const days = revenueWindow((await searchParams).days);
  const report = await settle(getRevenueReport(days, { headers: await sessionHeaders() }));
  if (!report.ok && report.error.status === 403) notFound();

  return (
    <Container>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Revenue"
        description="Money taken and returned, per currency, by the UTC day it happened: a payment on the day it was paid, a refund on the day its booking was cancelled. Net revenue is the platform’s fees less the fees’ share of refunds."
      />
      <PeriodPicker path="/admin/revenue" windows={REVENUE_WINDOWS} current={days} />
      {report.ok ? (
        <>
          <p className="mb-4 text-sm text-ink-600">
            {formatDate(report.data.from)} – {formatDate(report.data.to)} (UTC)
          </p>
          <RevenueReport report={report.data} />
        </>
      ) : (
        <ErrorState
          title="We couldn’t load revenue"
          reference={report.error.requestId}
          action={
            <Button asChild variant="secondary">
              <Link href={`/admin/revenue?days=${days}`}>Try again</Link>
            </Button>
          }
        />
      )}
    </Container>
  );
}
