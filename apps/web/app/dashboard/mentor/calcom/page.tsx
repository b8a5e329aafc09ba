import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { CalcomWebhookPanel } from '@/components/mentor/calcom-webhook-panel';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { PanelSkeleton } from '@/components/mentor/panel-skeleton';
import { PageHeader } from '@/components/ui/container';
import { getMyCalcomWebhook } from '@/lib/api/calcom-webhook';
import { settle } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Cal.com' };
export const dynamic = 'force-dynamic';

export default async function MentorCalcomPage() {
  await requireUser('/dashboard/mentor/calcom');
  const mine = await loadMyMentorProfile();
  if (!mine.ok)
    return (
      <MentorLoadError what="profile" retryHref="/dashboard/mentor/calcom" reference={mine.error.requestId} />
    );
  if (!mine.data) return <ApplyFirst />;
  const profile = mine.data;
  return (
    <>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Cal.com"
        description="Already take bookings on Cal.com? Bring them into Ladder."
      />
      <Suspense fallback={<PanelSkeleton label="Loading your Cal.com webhook" />}>
        <LoadedWebhook timezone={profile.timezone} calcomLink={profile.calcomLink ?? null} />
      </Suspense>
    </>
  );
}

async function LoadedWebhook({ timezone, calcomLink }: { timezone: string; calcomLink: string | null }) {
  const result = await settle(getMyCalcomWebhook({ headers: await sessionHeaders() }));
  if (!result.ok)
    return (
      <MentorLoadError
        what="Cal.com webhook"
        retryHref="/dashboard/mentor/calcom"
        reference={result.error.requestId}
      />
    );
  return <CalcomWebhookPanel webhook={result.data.webhook} timezone={timezone} calcomLink={calcomLink} />;
}
