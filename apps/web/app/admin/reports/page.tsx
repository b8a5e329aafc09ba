import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReportsQueue } from '@/components/admin/reports-queue';
import { Button } from '@/components/ui/button';
import { Container, PageHeader } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { listReports } from '@/lib/api/admin';
import { settle } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = {
  title: 'Reports',
  robots: { index: false, follow: false },
};
export const dynamic = 'force-dynamic';

export default async function AdminReportsPage() {
  const user = await requireUser('/admin/reports');
  // Admin pages do not exist for anyone else (the API's rule: what you may not see is a 404).
  if (!user.roles.includes('admin')) notFound();

  const queue = await settle(listReports({ headers: await sessionHeaders() }));
  if (!queue.ok && queue.error.status === 403) notFound();

  return (
    <Container>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="Reports"
        description="What users reported. Hiding takes the profile, review or article off every public page until you restore it; dismissing changes nothing public. One decision covers every open report of the same thing."
      />
      {queue.ok ? (
        <ReportsQueue items={queue.data.items} />
      ) : (
        <ErrorState
          title="We couldn’t load the reports"
          reference={queue.error.requestId}
          action={
            <Button asChild variant="secondary">
              <Link href="/admin/reports">Try again</Link>
            </Button>
          }
        />
      )}
    </Container>
  );
}
