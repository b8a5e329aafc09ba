import type { Metadata } from 'next';
import Link from 'next/link';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { MentorProfileForm } from '@/components/mentor/mentor-profile-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/container';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Your profile' };
export const dynamic = 'force-dynamic';

export default async function MentorProfilePage() {
  const user = await requireUser('/dashboard/mentor/profile');
  const mine = await loadMyMentorProfile();
  if (!mine.ok)
    return (
      <MentorLoadError
        what="profile"
        retryHref="/dashboard/mentor/profile"
        reference={mine.error.requestId}
      />
    );
  const profile = mine.data;
  if (!profile) return <ApplyFirst />;

  return (
    <>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Your profile"
        description={
          profile.status === 'approved' ? (
            <>
              What mentees see on{' '}
              <Link
                href={`/mentors/${encodeURIComponent(profile.slug)}`}
                className="font-medium text-brand-700 underline"
              >
                your public profile
              </Link>
              . Changes are live as soon as you save.
            </>
          ) : (
            'What mentees will see once your profile is approved.'
          )
        }
      />
      <Card className="p-5 sm:p-8">
        <MentorProfileForm mode="edit" profile={profile} name={user.name} />
      </Card>
    </>
  );
}
