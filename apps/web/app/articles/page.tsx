import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { ArticleCard, ArticleCardSkeleton } from '@/components/articles/article-card';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Container, PageHeader } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingRegion } from '@/components/ui/skeleton';
import { isStaleCursor, StalePageNotice } from '@/components/ui/stale-page-notice';
import { listArticles } from '@/lib/api/articles';
import { settle, toQueryString } from '@/lib/api/client';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Articles',
  description:
    'Practical writing from Ladder mentors on system design, promotions to Staff+, and leading engineering teams.',
  alternates: { canonical: '/articles' },
};

const PAGE_SIZE = 12;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function single(value: string | string[] | undefined, max: number): string | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  return v ? v.slice(0, max) : undefined;
}

function articlesHref(params: { tag?: string | undefined; cursor?: string | undefined }): string {
  return `/articles${toQueryString(params)}`;
}

export default async function ArticlesPage({ searchParams }: Props) {
  const params = await searchParams;
  const tag = single(params.tag, 40);
  const cursor = single(params.cursor, 500);

  return (
    <Container>
      <PageHeader
        eyebrow="Articles"
        title="Lessons from engineers a few rungs up"
        description="Written by Ladder mentors. If one resonates, you can book a session with its author."
      />

      {tag ? (
        <div className="mb-6 flex flex-wrap items-center gap-3 text-sm text-ink-600">
          <span>
            Tagged <Badge tone="brand">{tag}</Badge>
          </span>
          <Link href="/articles" className="font-medium text-brand-700 hover:text-brand-800">
            Show all articles
          </Link>
        </div>
      ) : null}

      {/* Keyed by the listing, so another tag or page shows skeletons rather than the old list. */}
      <Suspense key={articlesHref({ tag, cursor })} fallback={<ArticleListFallback />}>
        <ArticleList tag={tag} cursor={cursor} />
      </Suspense>
    </Container>
  );
}

/** One page of articles, streamed in after the page frame. */
async function ArticleList({ tag, cursor }: { tag: string | undefined; cursor: string | undefined }) {
  const result = await settle(listArticles({ limit: PAGE_SIZE, tag, cursor }));

  if (!result.ok) {
    if (isStaleCursor(result.error)) return <StalePageNotice firstPageHref={articlesHref({ tag })} />;
    return (
      <ErrorState
        title="We couldn’t load articles right now"
        action={
          <Button asChild variant="secondary">
            <Link href={articlesHref({ tag, cursor })}>Try again</Link>
          </Button>
        }
        reference={result.error.requestId}
      />
    );
  }

  if (result.data.items.length === 0) {
    return (
      <EmptyState
        title={tag ? `No articles tagged “${tag}” yet` : 'No articles yet'}
        description="Mentors are writing. Check back soon."
        action={
          tag || cursor ? (
            <Button asChild variant="secondary">
              <Link href="/articles">All articles</Link>
            </Button>
          ) : undefined
        }
      />
    );
  }

  return (
    <>
      <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {result.data.items.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
      <nav aria-label="More articles" className="mt-10 flex flex-wrap justify-center gap-3">
        {cursor ? (
          <Button asChild variant="ghost">
            <Link href={articlesHref({ tag })}>Back to the newest</Link>
          </Button>
        ) : null}
        {result.data.nextCursor ? (
          <Button asChild variant="secondary" size="lg">
            <Link href={articlesHref({ tag, cursor: result.data.nextCursor })}>Load more articles</Link>
          </Button>
        ) : null}
      </nav>
    </>
  );
}

function ArticleListFallback() {
  return (
    <LoadingRegion label="Loading articles" className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {['a', 'b', 'c', 'd', 'e', 'f'].map((k) => (
        <ArticleCardSkeleton key={k} />
      ))}
    </LoadingRegion>
  );
}
