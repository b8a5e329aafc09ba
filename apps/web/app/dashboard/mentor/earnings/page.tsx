import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { EarningsSummary } from '@/components/mentor/earnings-summary';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { settle } from '@/lib/api/client';
import { getMyEarnings } from '@/lib/api/mentor-profile';
import { sessionHeaders } from '@/lib/api/server-session';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Earnings' };
export const dynamic = 'force-dynamic';

export default async function MentorEarningsPage() {
  await requireUser('/dashboard/mentor/earnings');
  const mine = await loadMyMentorProfile();
  if (!mine.ok)
    return (
      <MentorLoadError
        what="profile"
        retryHref="/dashboard/mentor/earnings"
        reference={mine.error.requestId}
      />
    );
  if (!mine.data) return <ApplyFirst />;
  return (
    <>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Earnings"
        description="What you earn from paid sessions after Ladder’s fee, per currency. Refunds follow the cancellation policy: when a mentee cancels late you keep your share of what they are not refunded."
      />
      <Suspense fallback={<EarningsFallback />}>
        <LoadedEarnings zone={mine.data.timezone} />
      </Suspense>
    </>
  );
}

async function LoadedEarnings({ zone }: { zone: string }) {
  const earnings = await settle(getMyEarnings({ headers: await sessionHeaders() }));
  if (!earnings.ok) {
    return (
      <MentorLoadError
        what="earnings"
        retryHref="/dashboard/mentor/earnings"
        reference={earnings.error.requestId}
      />
    );
  }
  return <EarningsSummary earnings={earnings.data} zone={zone} />;
}

function EarningsFallback() {
  return (
    <LoadingRegion label="Loading your earnings" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {['a', 'b', 'c', 'd'].map((k) => (
        <Card key={k} className="space-y-2 p-4">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-6 w-20" />
        </Card>
      ))}
    </LoadingRegion>
  );
}
