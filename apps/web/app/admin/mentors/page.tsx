import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApplicationsQueue, type TQueueStatus } from '@/components/admin/applications-queue';
import { Button } from '@/components/ui/button';
import { Container, PageHeader } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { listMentorApplications } from '@/lib/api/admin';
import { settle } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import { cn } from '@/lib/cn';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = {
  title: 'Mentor applications',
  robots: { index: false, follow: false },
};
export const dynamic = 'force-dynamic';

const TABS: readonly { status: TQueueStatus; label: string }[] = [
  { status: 'pending', label: 'Pending' },
  { status: 'approved', label: 'Approved' },
  { status: 'rejected', label: 'Rejected' },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminMentorsPage({ searchParams }: Props) {
  const user = await requireUser('/admin/mentors');
  // Admin pages do not exist for anyone else (the API's rule: what you may not see is a 404).
  if (!user.roles.includes('admin')) notFound();

  const raw = (await searchParams).status;
  const status = TABS.find((t) => t.status === raw)?.status ?? 'pending';
  const page = await settle(listMentorApplications({ status }, { headers: await sessionHeaders() }));
  if (!page.ok && page.error.status === 403) notFound();

  return (
    <Container>
      <PageHeader
        eyebrow="Admin"
        title="Mentor applications"
        description="Review who mentors on Ladder. Approving makes a profile public; rejecting emails your reason."
      />
      <nav aria-label="Application status" className="mb-6 border-b border-ink-200">
        <ul className="flex gap-1">
          {TABS.map((tab) => {
            const current = tab.status === status;
            return (
              <li key={tab.status}>
                <Link
                  href={tab.status === 'pending' ? '/admin/mentors' : `/admin/mentors?status=${tab.status}`}
                  aria-current={current ? 'page' : undefined}
                  className={cn(
                    '-mb-px inline-flex h-11 items-center border-b-2 px-3 text-sm font-medium transition-colors',
                    current
                      ? 'border-brand-600 text-brand-800'
                      : 'border-transparent text-ink-600 hover:border-ink-300 hover:text-ink-900',
                  )}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {page.ok ? (
        <ApplicationsQueue
          key={status}
          status={status}
          initial={page.data.items}
          initialCursor={page.data.nextCursor}
        />
      ) : (
        <ErrorState
          title="We couldn’t load the applications"
          reference={page.error.requestId}
          action={
            <Button asChild variant="secondary">
              <Link href={`/admin/mentors?status=${status}`}>Try again</Link>
            </Button>
          }
        />
      )}
    </Container>
  );
}
