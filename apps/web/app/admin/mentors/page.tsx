import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { ApplicationsQueue, type TQueueStatus } from '@/components/admin/applications-queue';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container, PageHeader } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
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

  return (
    <Container>
      <PageHeader
        className="pt-6 sm:pt-8"
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
      <Suspense key={status} fallback={<QueueFallback />}>
        <Queue status={status} />
      </Suspense>
    </Container>
  );
}

/** One tab of applications, streamed in below the tabs (the admin check has already run). */
async function Queue({ status }: { status: TQueueStatus }) {
  const page = await settle(listMentorApplications({ status }, { headers: await sessionHeaders() }));
  // Only if the admin role was revoked in the last moment: the response has started by now, so
  // this renders the not-found page without its 404 status.
  if (!page.ok && page.error.status === 403) notFound();
  if (page.ok) {
    return (
      <ApplicationsQueue
        key={status}
        status={status}
        initial={page.data.items}
        initialCursor={page.data.nextCursor}
      />
    );
  }
  return (
    <ErrorState
      title="We couldn’t load the applications"
      reference={page.error.requestId}
      action={
        <Button asChild variant="secondary">
          <Link href={`/admin/mentors?status=${status}`}>Try again</Link>
        </Button>
      }
    />
  );
}

function QueueFallback() {
  return (
    <LoadingRegion label="Loading applications" className="flex flex-col gap-5">
      {['a', 'b'].map((k) => (
        <Card key={k} className="p-5 sm:p-6">
          <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
            <Skeleton className="size-12 rounded-pill" />
            <div className="flex-1 space-y-3">
              <Skeleton className="h-6 w-48" />
              <Skeleton className="h-4 w-72 max-w-full" />
              <Skeleton className="h-5 w-full max-w-lg" />
              <Skeleton className="h-16 w-full" />
            </div>
          </div>
        </Card>
      ))}
    </LoadingRegion>
  );
}
