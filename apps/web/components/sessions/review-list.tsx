import type { TReview } from '@ladder/domain';
import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format';

/**
 * A mentor's reviews, newest first. Review text is plain: React escapes it; line breaks are kept.
 * `report` renders a "Report" control under a review (the page decides who gets one).
 */
export function ReviewList({
  reviews,
  report,
}: {
  reviews: readonly TReview[];
  report?: (review: TReview) => ReactNode;
}) {
  if (reviews.length === 0) {
    return <p className="text-sm text-ink-500">No reviews yet. Be the first to book a session.</p>;
  }
  return (
    <ul className="flex flex-col gap-4">
      {reviews.map((review) => (
        <li key={review.id} className="rounded-card border border-ink-100 bg-ink-0 p-4">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-accent-500" aria-hidden="true">
              {'★'.repeat(review.rating)}
              <span className="text-ink-200">{'★'.repeat(5 - review.rating)}</span>
            </span>
            <span className="sr-only">Rated {review.rating} out of 5</span>
            <span className="font-medium text-ink-900">{review.author.name}</span>
            <span aria-hidden="true" className="text-ink-400">
              ·
            </span>
            <time dateTime={review.createdAt} className="text-ink-500">
              {formatDate(review.createdAt)}
            </time>
          </div>
          {review.body ? (
            <p className="mt-2 text-sm whitespace-pre-line break-words text-ink-800">{review.body}</p>
          ) : null}
          {report ? <div className="mt-3">{report(review)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
