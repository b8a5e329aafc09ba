import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { MyArticlesList } from '@/components/mentor/my-articles-list';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/container';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { settle } from '@/lib/api/client';
import { listMyArticles } from '@/lib/api/my-articles';
import { sessionHeaders } from '@/lib/api/server-session';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { requireUser } from '@/lib/session';
import { NotApprovedYet } from './not-approved';

export const metadata: Metadata = { title: 'My articles' };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<{ deleted?: string | string[] }> };

export default async function MyArticlesPage({ searchParams }: Props) {
  await requireUser('/dashboard/mentor/articles');
  const { deleted } = await searchParams;
  const mine = await loadMyMentorProfile();
  if (!mine.ok)
    return (
      <MentorLoadError
        what="profile"
        retryHref="/dashboard/mentor/articles"
        reference={mine.error.requestId}
      />
    );
  if (!mine.data) return <ApplyFirst />;
  if (mine.data.status !== 'approved') return <NotApprovedYet />;
  return (
    <>
      <PageHeader
        className="pt-6 sm:pt-8"
        title="My articles"
        description="Drafts only you can see, and what readers find under Articles."
        actions={
          <Button asChild>
            <Link href="/dashboard/mentor/articles/new">New article</Link>
          </Button>
        }
      />
      {deleted ? (
        <Alert tone="success" role="status" className="mb-6">
          The article was deleted.
        </Alert>
      ) : null}
      <Suspense fallback={<ArticlesFallback />}>
        <LoadedArticles />
      </Suspense>
    </>
  );
}

async function LoadedArticles() {
  const result = await settle(listMyArticles({ headers: await sessionHeaders() }));
  if (!result.ok) {
    if (result.error.code === 'mentor_not_approved') return <NotApprovedYet />;
    return (
      <MentorLoadError
        what="articles"
        retryHref="/dashboard/mentor/articles"
        reference={result.error.requestId}
      />
    );
  }
  return <MyArticlesList items={result.data.items} />;
}

function ArticlesFallback() {
  return (
    <LoadingRegion label="Loading your articles" className="flex flex-col gap-3">
      {['a', 'b', 'c'].map((k) => (
        <div key={k} className="space-y-2 rounded-card border border-ink-200 p-5">
          <Skeleton className="h-5 w-72 max-w-full" />
          <Skeleton className="h-4 w-48" />
        </div>
      ))}
    </LoadingRegion>
  );
}
