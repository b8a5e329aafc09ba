'use client';

import { RouteError } from '@/components/ui/route-error';

/** Last-resort boundary for unexpected errors below the root layout. */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      title="Something went wrong on our side"
      description="The page hit an unexpected error. Trying again usually helps."
      back={{ href: '/', label: 'Go to the home page' }}
    />
  );
}
