'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';

/** An unexpected failure while showing the settings: say so, offer to retry, keep the way back. */
export default function SettingsError({ error, retry }: { error: unknown; retry: () => void }) {
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
        title="We couldn’t show your settings"
        reference={digest}
        action={
          <>
            <Button onClick={() => retry()}>Try again</Button>
            <Button asChild variant="secondary">
              <Link href="/dashboard">Go to your dashboard</Link>
            </Button>
          </>
        }
      />
    </Container>
  );
}
