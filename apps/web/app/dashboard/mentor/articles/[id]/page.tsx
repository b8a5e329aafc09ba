import { ZUuid } from '@ladder/domain';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/mentor/article-editor';
import { MentorLoadError } from '@/components/mentor/mentor-load-error';
import { PageHeader } from '@/components/ui/container';
import { settle } from '@/lib/api/client';
import { getMyArticle } from '@/lib/api/my-articles';
import { sessionHeaders } from '@/lib/api/server-session';
import { requireUser } from '@/lib/session';
import { NotApprovedYet } from '../not-approved';

export const metadata: Metadata = { title: 'Edit article' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const { id } = await params;
  await requireUser(`/dashboard/mentor/articles/${encodeURIComponent(id)}`);
  if (!ZUuid.safeParse(id).success) notFound();
  const result = await settle(getMyArticle(id, { headers: await sessionHeaders() }));
  if (!result.ok) {
    if (result.error.isNotFound) notFound();
    if (result.error.code === 'mentor_not_approved') return <NotApprovedYet />;
    return (
      <MentorLoadError
        what="article"
        retryHref={`/dashboard/mentor/articles/${encodeURIComponent(id)}`}
        reference={result.error.requestId}
      />
    );
  }
  return (
    <>
      <nav aria-label="Breadcrumb" className="pt-6 text-sm">
        <Link href="/dashboard/mentor/articles" className="text-ink-500 hover:text-brand-700">
          ← My articles
        </Link>
      </nav>
      <PageHeader className="pt-2 sm:pt-4" title="Edit article" />
      {/* A fresh editor per article (and after a server refresh of another one). */}
      <ArticleEditor key={result.data.id} article={result.data} />
    </>
  );
}
