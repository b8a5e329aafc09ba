import { localDateOf } from '@ladder/domain';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { AvailabilityEditor } from '@/components/mentor/availability-editor';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { settle } from '@/lib/api/client';
import { getMyAvailability, listMyOfferings } from '@/lib/api/mentor-profile';
import { sessionHeaders } from '@/lib/api/server-session';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Availability' };
export const dynamic = 'force-dynamic';

export default async function MentorAvailabilityPage() {
  await requireUser('/dashboard/mentor/availability');
  const mine = await loadMyMentorProfile();
  if (!mine.ok) {
    return (
      <MentorLoadError
        what="profile"
        retryHref="/dashboard/mentor/availability"
        reference={mine.error.requestId}
      />
    );
  }
  if (!mine.data) return <ApplyFirst />;
  return (
    <>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Availability"
        description="The hours mentees can book you. Slots are cut from these hours by each session type’s length, buffers and notice."
      />
      <Suspense fallback={<EditorFallback />}>
        <LoadedEditor />
      </Suspense>
    </>
  );
}

/** The editor once the saved hours (and the offerings its preview uses) are in. */
async function LoadedEditor() {
  const headers = await sessionHeaders();
  const [availability, offerings] = await Promise.all([
    settle(getMyAvailability({ headers })),
    settle(listMyOfferings({ headers })),
  ]);
  if (!availability.ok) {
    return (
      <MentorLoadError
        what="availability"
        retryHref="/dashboard/mentor/availability"
        reference={availability.error.requestId}
      />
    );
  }
  return (
    <AvailabilityEditor
      initial={availability.data}
      offerings={offerings.ok ? offerings.data.items : []}
      todayInZone={localDateOf(new Date(), availability.data.timezone)}
    />
  );
}

function EditorFallback() {
  return (
    <LoadingRegion label="Loading your availability">
      <Card className="space-y-4 p-5 sm:p-6">
        <Skeleton className="h-10 w-72 max-w-full" />
        {['mon', 'tue', 'wed', 'thu', 'fri'].map((k) => (
          <Skeleton key={k} className="h-12 w-full" />
        ))}
      </Card>
    </LoadingRegion>
  );
}
