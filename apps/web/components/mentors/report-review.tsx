import type { TReview } from '@ladder/domain';
import { ReportDisclosure } from './report-disclosure';

/**
 * "Report review" under a review on a mentor profile: none under the reader's own; signed-out
 * readers get the sign-in prompt (`signInHref`), as "Report this profile" does.
 */
export function ReportReview({ review, signInHref }: { review: TReview; signInHref: string | null }) {
  if (review.mine) return null;
  return (
    <ReportDisclosure
      targetType="review"
      targetId={review.id}
      signInHref={signInHref}
      summary="Report review"
    />
  );
}
