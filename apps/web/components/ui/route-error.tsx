'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';

/**
 * What an `error.tsx` boundary shows: the failure said plainly, its reference (Next's digest, which
 * the server logs carry), "Try again", and a way back.
 */
export function RouteError({
  error,
  retry,
  title,
  description,
  back,
}: {
  error: unknown;
  retry: () => void;
  title: string;
  description?: string;
  back: { href: string; label: string };
}) {
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
        title={title}
        description={description}
        reference={digest}
        action={
          <>
            <Button onClick={() => retry()}>Try again</Button>
            <Button asChild variant="secondary">
              <Link href={back.href}>{back.label}</Link>
            </Button>
          </>
        }
      />
    </Container>
  );
}
