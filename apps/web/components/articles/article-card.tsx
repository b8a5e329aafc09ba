import type { TArticle } from '@ladder/domain';
import Link from 'next/link';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatDate } from '@/lib/format';

export function ArticleCard({ article, className }: { article: TArticle; className?: string }) {
  return (
    <article
      className={cn(
        'relative flex h-full flex-col rounded-card border border-ink-200 bg-ink-0 p-5 shadow-card transition sm:p-6',
        'hover:border-brand-300 hover:shadow-raised',
        'focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600',
        className,
      )}
    >
      {article.tags.length > 0 ? (
        <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
          {article.tags.slice(0, 2).join(' · ')}
        </p>
      ) : null}
      <h3 className="mt-2 text-lg leading-snug font-semibold text-ink-950">
        <Link
          href={`/articles/${encodeURIComponent(article.slug)}`}
          className="after:absolute after:inset-0 after:rounded-card hover:text-brand-800 focus-visible:outline-none"
        >
          {article.title}
        </Link>
      </h3>
      <p className="mt-2 line-clamp-3 text-sm text-ink-600">{article.excerpt}</p>
      <p className="mt-auto flex flex-wrap items-center gap-x-2 pt-5 text-sm text-ink-500">
        <span className="font-medium text-ink-800">{article.author.name}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
        <span aria-hidden="true">·</span>
        <span>{article.readingMinutes} min read</span>
      </p>
    </article>
  );
}

export function ArticleCardSkeleton() {
  return (
    <div className="rounded-card border border-ink-200 bg-ink-0 p-5 shadow-card sm:p-6">
      <Skeleton className="h-3 w-24" />
      <Skeleton className="mt-3 h-6 w-4/5" />
      <Skeleton className="mt-3 h-4 w-full" />
      <Skeleton className="mt-2 h-4 w-11/12" />
      <Skeleton className="mt-8 h-4 w-1/2" />
    </div>
  );
}
