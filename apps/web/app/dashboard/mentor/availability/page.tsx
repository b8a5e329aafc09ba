import { localDateOf } from '@ladder/domain';
import type { Metadata } from 'next';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { AvailabilityEditor } from '@/components/mentor/availability-editor';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { PageHeader } from '@/components/ui/container';
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
    <>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Availability"
        description="The hours mentees can book you. Slots are cut from these hours by each session type’s length, buffers and notice."
      />
      <AvailabilityEditor
        initial={availability.data}
        offerings={offerings.ok ? offerings.data.items : []}
        todayInZone={localDateOf(new Date(), availability.data.timezone)}
      />
    </>
  );
}
