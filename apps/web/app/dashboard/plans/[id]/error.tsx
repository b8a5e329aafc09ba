'use client';

import { RouteError } from '@/components/ui/route-error';

/** An unexpected failure while showing a plan: say so, offer to retry, keep the way back. */
export default function PlanError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      title="We couldn’t show this learning plan"
      back={{ href: '/dashboard', label: 'Go to your dashboard' }}
    />
  );
}
