import type { Metadata } from 'next';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { OfferingsManager } from '@/components/mentor/offerings-manager';
import { PageHeader } from '@/components/ui/container';
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
  return (
    <>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Offerings"
        description="The kinds of sessions mentees can book with you."
      />
      <OfferingsManager initial={offerings.data.items} />
    </>
  );
}
