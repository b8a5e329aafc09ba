'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';

/** Last-resort boundary for unexpected errors below the root layout. */
export default function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string'
      ? error.digest
      : undefined;

  return (
    <Container className="py-section">
      <ErrorState
        title="Something went wrong on our side"
        description="The page hit an unexpected error. Trying again usually helps."
        reference={digest}
        action={
          <>
            <Button onClick={() => retry()}>Try again</Button>
            <Button asChild variant="secondary">
              <Link href="/">Go to the home page</Link>
            </Button>
          </>
        }
      />
    </Container>
  );
}
