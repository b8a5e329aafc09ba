import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { PanelSkeleton } from '@/components/mentor/panel-skeleton';
import { PayoutsPanel, type TOnboardingReturn } from '@/components/mentor/payouts-panel';
import { PageHeader } from '@/components/ui/container';
import { settle } from '@/lib/api/client';
import { getPayoutStatus } from '@/lib/api/payouts';
import { sessionHeaders } from '@/lib/api/server-session';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Payouts' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MentorPayoutsPage({ searchParams }: Props) {
  await requireUser('/dashboard/mentor/payouts');
  const { onboarding } = await searchParams;
  const mine = await loadMyMentorProfile();
  if (!mine.ok)
    return (
      <MentorLoadError
        what="profile"
        retryHref="/dashboard/mentor/payouts"
        reference={mine.error.requestId}
      />
    );
  if (!mine.data) return <ApplyFirst />;
  const returned: TOnboardingReturn = onboarding === 'return' || onboarding === 'refresh' ? onboarding : null;
  return (
    <>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Payouts"
        description="Where your earnings from paid sessions are paid."
      />
      <Suspense fallback={<PanelSkeleton label="Loading your payout status" />}>
        <LoadedPayouts returned={returned} />
      </Suspense>
    </>
  );
}

async function LoadedPayouts({ returned }: { returned: TOnboardingReturn }) {
  const status = await settle(getPayoutStatus({ headers: await sessionHeaders() }));
  if (!status.ok) {
    return (
      <MentorLoadError
        what="payout status"
        retryHref="/dashboard/mentor/payouts"
        reference={status.error.requestId}
      />
    );
  }
  return <PayoutsPanel status={status.data} returned={returned} />;
}
