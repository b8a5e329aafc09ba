import { formatMoney, type TMentorSummary } from '@ladder/domain';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { TagList } from '@/components/ui/badge';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { zoneCity } from '@/lib/format';
import { Rating } from './rating';

/**
 * One mentor in a grid. The whole card is clickable through the name link's stretched
 * pseudo-element, so each card holds a single link for keyboard and screen-reader users.
 */
export function MentorCard({ mentor, className }: { mentor: TMentorSummary; className?: string }) {
  const facts = [
    mentor.yearsExperience === null ? null : `${mentor.yearsExperience}+ yrs`,
    mentor.languages.slice(0, 2).join(', ') || null,
  ].filter(Boolean);

  return (
    <article
      data-testid="mentor-card"
      className={cn(
        'relative flex h-full flex-col rounded-card border border-ink-200 bg-ink-0 p-5 shadow-card transition',
        'hover:-translate-y-0.5 hover:border-brand-300 hover:shadow-raised',
        'focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-600',
        className,
      )}
    >
      <div className="flex items-start gap-4">
        <Avatar name={mentor.name} src={mentor.photoUrl} size="lg" />
        <div className="min-w-0 flex-1">
          <h3 className="text-lg leading-snug font-semibold text-ink-950">
            <Link
              href={`/mentors/${encodeURIComponent(mentor.slug)}`}
              className="after:absolute after:inset-0 after:rounded-card hover:text-brand-800 focus-visible:outline-none"
            >
              {mentor.name}
            </Link>
          </h3>
          <p className="mt-0.5 line-clamp-2 text-sm text-ink-600">{mentor.headline}</p>
        </div>
      </div>

      <TagList
        tags={mentor.expertise}
        label={`${mentor.name}’s expertise`}
        max={4}
        tone="brand"
        className="mt-4"
      />

      <div className="mt-auto pt-5">
        <div className="flex items-center justify-between gap-2 border-t border-ink-100 pt-4 text-sm">
          <Rating rating={mentor.rating} />
          <p className="text-right text-ink-600">
            {mentor.priceFrom === null ? (
              'No sessions yet'
            ) : mentor.priceFrom.amount === 0 ? (
              // "from Free" reads oddly: the cheapest session costs nothing, so say so plainly.
              <span className="font-semibold text-ink-950">Free session available</span>
            ) : (
              <>
                from{' '}
                <span className="font-semibold text-ink-950">
                  {formatMoney(mentor.priceFrom.amount, mentor.priceFrom.currency)}
                </span>
              </>
            )}
          </p>
        </div>
        <p className="mt-1 flex items-center justify-between gap-2 text-sm text-ink-500">
          <span className="truncate">
            <span className="sr-only">Based in </span>
            {zoneCity(mentor.timezone)}
          </span>
          {facts.length > 0 ? <span className="truncate text-right">{facts.join(' · ')}</span> : null}
        </p>
      </div>
    </article>
  );
}

export function MentorCardSkeleton() {
  return (
    <div className="rounded-card border border-ink-200 bg-ink-0 p-5 shadow-card">
      <div className="flex items-start gap-4">
        <Skeleton className="size-16 rounded-pill" />
        <div className="flex-1 space-y-2 pt-1">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-4/5" />
        </div>
      </div>
      <div className="mt-5 flex gap-2">
        <Skeleton className="h-5 w-16 rounded-pill" />
        <Skeleton className="h-5 w-20 rounded-pill" />
        <Skeleton className="h-5 w-14 rounded-pill" />
      </div>
      <Skeleton className="mt-8 h-4 w-full" />
    </div>
  );
}

export function MentorGrid({ children, className }: { children: ReactNode; className?: string }) {
  return <ul className={cn('grid gap-5 sm:grid-cols-2 lg:grid-cols-3', className)}>{children}</ul>;
}
