import type { TMyArticleSummary } from '@ladder/domain';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDate } from '@/lib/format';
import { articleStatusView } from '@/lib/mentor/article-form';
import { ArticleStatusBadge } from './article-status-badge';

/** "My articles": every article of the mentor with its status, newest edit first; an empty state. */
export function MyArticlesList({ items }: { items: readonly TMyArticleSummary[] }) {
  if (items.length === 0) {
    return (
      <EmptyState
        title="No articles yet"
        description="Share what you know: readers of your articles can book a growth session with you."
        action={
          <Button asChild>
            <Link href="/dashboard/mentor/articles/new">Write your first article</Link>
          </Button>
        }
      />
    );
  }
  return (
    <ul className="flex flex-col divide-y divide-ink-100 rounded-card border border-ink-200 bg-ink-0">
      {items.map((article) => {
        const status = articleStatusView(article);
        const published = article.status === 'published' && !article.hidden;
        return (
          <li
            key={article.id}
            className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:gap-4 sm:p-5"
          >
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/dashboard/mentor/articles/${encodeURIComponent(article.id)}`}
                  className="font-semibold text-ink-950 hover:text-brand-700"
                >
                  {article.title}
                </Link>
                <ArticleStatusBadge article={article} />
              </div>
              <p className="mt-1 text-sm text-ink-500">
                {status.description} Edited{' '}
                <time dateTime={article.updatedAt}>{formatDate(article.updatedAt)}</time>
                {article.publishedAt ? (
                  <>
                    {' '}
                    · first published{' '}
                    <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
                  </>
                ) : null}{' '}
                · {article.readingMinutes} min read
              </p>
            </div>
            <div className="flex gap-2">
              {published ? (
                <Button asChild variant="ghost" size="sm">
                  <Link href={`/articles/${encodeURIComponent(article.slug)}`}>View</Link>
                </Button>
              ) : null}
              <Button asChild variant="secondary" size="sm">
                <Link href={`/dashboard/mentor/articles/${encodeURIComponent(article.id)}`}>Edit</Link>
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
