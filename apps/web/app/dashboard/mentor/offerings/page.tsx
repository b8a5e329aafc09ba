import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { OfferingsManager } from '@/components/mentor/offerings-manager';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { settle } from '@/lib/api/client';
import { listMyOfferings } from '@/lib/api/mentor-profile';
import { sessionHeaders } from '@/lib/api/server-session';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Offerings' };
export const dynamic = 'force-dynamic';

export default async function MentorOfferingsPage() {
  await requireUser('/dashboard/mentor/offerings');
  const mine = await loadMyMentorProfile();
  if (!mine.ok)
    return (
      <MentorLoadError
        what="profile"
        retryHref="/dashboard/mentor/offerings"
        reference={mine.error.requestId}
      />
    );
  if (!mine.data) return <ApplyFirst />;
  return (
    <>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Offerings"
        description="The kinds of sessions mentees can book with you."
      />
      <Suspense fallback={<OfferingsFallback />}>
        <LoadedOfferings />
      </Suspense>
    </>
  );
}

async function LoadedOfferings() {
  const offerings = await settle(listMyOfferings({ headers: await sessionHeaders() }));
  if (!offerings.ok) {
    return (
      <MentorLoadError
        what="offerings"
        retryHref="/dashboard/mentor/offerings"
        reference={offerings.error.requestId}
      />
    );
  }
  return <OfferingsManager initial={offerings.data.items} />;
}

function OfferingsFallback() {
  return (
    <LoadingRegion label="Loading your offerings" className="flex flex-col gap-4">
      {['a', 'b'].map((k) => (
        <Card key={k} className="space-y-3 p-5 sm:p-6">
          <Skeleton className="h-6 w-56 max-w-full" />
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-4 w-full max-w-md" />
        </Card>
      ))}
    </LoadingRegion>
  );
}
