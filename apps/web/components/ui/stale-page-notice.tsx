import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import type { ApiError } from '@/lib/api/client';

/**
 * True when the API turned down a list's `cursor`: a "more results" link saved from an older list
 * (or from another search), not a problem with the person's filters or with the server.
 */
export function isStaleCursor(error: ApiError): boolean {
  return error.code === 'validation_failed' && error.errors.some((e) => e.path === 'cursor');
}

/** What a list shows for a stale cursor: what happened, and the way back to its first page. */
export function StalePageNotice({ firstPageHref }: { firstPageHref: string }) {
  return (
    <EmptyState
      title="This page of results is out of date"
      description="The link points into an older version of this list. Start again from the first page."
      action={
        <Button asChild>
          <Link href={firstPageHref}>Back to the first page</Link>
        </Button>
      }
    />
  );
}
