import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { MentorNav } from '@/components/mentor/mentor-nav';
import { Container } from '@/components/ui/container';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { currentUserOrNull } from '@/lib/session';

export const metadata: Metadata = {
  title: { default: 'Mentor dashboard', template: '%s · Mentor · Ladder' },
  robots: { index: false, follow: false },
};

/** The mentor area: its section links once there is a profile to manage, then the page. */
export default async function MentorAreaLayout({ children }: { children: ReactNode }) {
  const user = await currentUserOrNull();
  const mine = user ? await loadMyMentorProfile() : null;
  const hasProfile = !!mine?.ok && mine.data !== null;
  return (
    <Container>
      <div className="pt-8 sm:pt-10">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Mentor dashboard</p>
        {hasProfile ? (
          <div className="mt-3">
            <MentorNav />
          </div>
        ) : null}
      </div>
      {children}
    </Container>
  );
}
