import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { MentorCard, MentorCardSkeleton, MentorGrid } from '@/components/mentors/mentor-card';
import { MentorSearchForm } from '@/components/mentors/mentor-search-form';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container, PageHeader } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingRegion } from '@/components/ui/skeleton';
import { isStaleCursor, StalePageNotice } from '@/components/ui/stale-page-notice';
import { settle } from '@/lib/api/client';
import {
  describeFilters,
  hasActiveFilters,
  MENTOR_SORT_LABELS,
  mentorsApiQuery,
  mentorsPageHref,
  parseMentorFilters,
  type TMentorFilters,
  type TSearchParams,
} from '@/lib/api/mentor-query';
import { listMentors } from '@/lib/api/mentors';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<TSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = parseMentorFilters(await searchParams);
  const described = describeFilters(filters);
  return {
    title: described ? `Mentors: ${described}` : 'Find a mentor',
    description:
      'Search senior, staff and principal engineers by expertise, language and price, and book a growth session in your time zone.',
    alternates: { canonical: '/mentors' },
  };
}

export default async function MentorsPage({ searchParams }: Props) {
  const filters = parseMentorFilters(await searchParams);
  const filtered = hasActiveFilters(filters);
  // Every search (and every page of it) is its own boundary, so a new search shows skeletons
  // instead of keeping the previous results on screen while the API answers.
  const resultsKey = mentorsPageHref(filters, { cursor: filters.cursor });

  return (
    <Container>
      <PageHeader
        eyebrow="Find a mentor"
        title="Engineers who’ve made the move you’re working on"
        description="Filter by what you want to learn, the language you want to speak and what you want to spend."
      />

      <div className="grid gap-8 lg:grid-cols-[18rem_1fr] lg:items-start">
        <aside aria-label="Search and filters" className="lg:sticky lg:top-24">
          <Card className="p-4 sm:p-5">
            {/* Remount on every new search so the fields show what the URL says (back/forward too). */}
            <div key={mentorsPageHref(filters)}>
              <MentorSearchForm filters={filters} />
            </div>
          </Card>
        </aside>

        <section aria-labelledby="results-heading">
          <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="results-heading" className="text-lg font-semibold text-ink-950">
              {filtered ? `Mentors matching ${describeFilters(filters)}` : 'All mentors'}
            </h2>
            <p className="text-sm text-ink-500">
              Sorted by {MENTOR_SORT_LABELS[filters.sort ?? 'relevance'].toLowerCase()}
            </p>
          </div>

          <Suspense key={resultsKey} fallback={<MentorResultsFallback />}>
            <MentorResults filters={filters} />
          </Suspense>
        </section>
      </div>
    </Container>
  );
}

/** The results for one search: streamed in after the page frame, which never waits for them. */
async function MentorResults({ filters }: { filters: TMentorFilters }) {
  const result = await settle(listMentors(mentorsApiQuery(filters)));
  const filtered = hasActiveFilters(filters);

  if (!result.ok) {
    if (isStaleCursor(result.error)) return <StalePageNotice firstPageHref={mentorsPageHref(filters)} />;
    return result.error.code === 'validation_failed' ? (
      <ErrorState
        title="Some of those filters don’t work together"
        description="Check the price range and try again, or start over with every mentor."
        action={
          <Button asChild variant="secondary">
            <Link href="/mentors">Reset filters</Link>
          </Button>
        }
      />
    ) : (
      <ErrorState
        title="We couldn’t load mentors right now"
        action={
          <Button asChild variant="secondary">
            <Link href={mentorsPageHref(filters, { cursor: filters.cursor })}>Try again</Link>
          </Button>
        }
        reference={result.error.requestId}
      />
    );
  }

  if (result.data.items.length === 0) {
    return filtered ? (
      <EmptyState
        title={`No mentors match ${describeFilters(filters)}`}
        description={
          filters.free
            ? 'Try wider working hours, fewer filters, or a broader skill.'
            : 'Try fewer filters, a broader skill, or a wider price range.'
        }
        action={
          <Button asChild>
            <Link href="/mentors">Reset filters</Link>
          </Button>
        }
      />
    ) : (
      <EmptyState
        title={filters.cursor ? 'That’s everyone' : 'No mentors yet'}
        description={
          filters.cursor
            ? 'You’ve seen every mentor for this search.'
            : 'Our first mentors are being approved. Check back soon.'
        }
        action={
          filters.cursor ? (
            <Button asChild variant="secondary">
              <Link href={mentorsPageHref(filters)}>Back to the first page</Link>
            </Button>
          ) : undefined
        }
      />
    );
  }

  return (
    <>
      <MentorGrid className="lg:grid-cols-2">
        {result.data.items.map((mentor) => (
          <li key={mentor.id}>
            <MentorCard mentor={mentor} />
          </li>
        ))}
      </MentorGrid>

      <nav aria-label="More results" className="mt-10 flex flex-wrap items-center justify-center gap-3">
        {filters.cursor ? (
          <Button asChild variant="ghost">
            <Link href={mentorsPageHref(filters)}>Back to the first page</Link>
          </Button>
        ) : null}
        {result.data.nextCursor ? (
          <Button asChild variant="secondary" size="lg">
            <Link href={mentorsPageHref(filters, { cursor: result.data.nextCursor })} scroll>
              Load more mentors
            </Link>
          </Button>
        ) : (
          <p className="text-sm text-ink-500">You’ve reached the end of the list.</p>
        )}
      </nav>
    </>
  );
}

function MentorResultsFallback() {
  return (
    <LoadingRegion label="Loading mentors">
      <MentorGrid className="lg:grid-cols-2">
        {['a', 'b', 'c', 'd'].map((k) => (
          <li key={k}>
            <MentorCardSkeleton />
          </li>
        ))}
      </MentorGrid>
    </LoadingRegion>
  );
}
