import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';

/** A mentor page whose data could not be loaded (the API is down or answered an error). */
export function MentorLoadError({
  what,
  retryHref,
  reference,
}: {
  what: string;
  retryHref: string;
  reference?: string | undefined;
}) {
  return (
    <ErrorState
      className="mt-8"
      title={`We couldn’t load your ${what}`}
      {...(reference ? { reference } : {})}
      action={
        <Button asChild variant="secondary">
          <Link href={retryHref}>Try again</Link>
        </Button>
      }
    />
  );
}
