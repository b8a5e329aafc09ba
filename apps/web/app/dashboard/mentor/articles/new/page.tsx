import type { Metadata } from 'next';
import Link from 'next/link';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { ArticleEditor } from '@/components/mentor/article-editor';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { PageHeader } from '@/components/ui/container';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { requireUser } from '@/lib/session';
import { NotApprovedYet } from '../not-approved';

export const metadata: Metadata = { title: 'New article' };
export const dynamic = 'force-dynamic';

export default async function NewArticlePage() {
  await requireUser('/dashboard/mentor/articles/new');
  const mine = await loadMyMentorProfile();
  if (!mine.ok)
    return (
      <MentorLoadError
        what="profile"
        retryHref="/dashboard/mentor/articles/new"
        reference={mine.error.requestId}
      />
    );
  if (!mine.data) return <ApplyFirst />;
  if (mine.data.status !== 'approved') return <NotApprovedYet />;
  return (
    <>
      <nav aria-label="Breadcrumb" className="pt-6 text-sm">
        <Link href="/dashboard/mentor/articles" className="text-ink-500 hover:text-brand-700">
          ← My articles
        </Link>
      </nav>
      <PageHeader
        className="pt-2 sm:pt-4"
        title="New article"
        description="It stays a draft until you publish it."
      />
      <ArticleEditor article={null} />
    </>
  );
}
