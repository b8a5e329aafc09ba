'use client';

import { RouteError } from '@/components/ui/route-error';

/** An unexpected failure while showing the settings: say so, offer to retry, keep the way back. */
export default function SettingsError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError
      error={error}
      retry={retry}
      title="We couldn’t show your settings"
      back={{ href: '/dashboard', label: 'Go to your dashboard' }}
    />
  );
}
