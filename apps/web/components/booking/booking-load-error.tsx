import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';

/** A booking page whose booking could not be loaded (the API is down or answered an error). */
export function BookingLoadError({
  title,
  description,
  retryHref,
  reference,
}: {
  title: string;
  description?: ReactNode;
  retryHref: string;
  reference?: string | undefined;
}) {
  return (
    <Container className="py-section">
      <ErrorState
        title={title}
        description={description}
        action={
          <Button asChild variant="secondary">
            <Link href={retryHref}>Try again</Link>
          </Button>
        }
        reference={reference}
      />
    </Container>
  );
}
