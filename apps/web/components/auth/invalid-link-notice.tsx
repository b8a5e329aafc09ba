import Link from 'next/link';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { INVALID_LINK_MESSAGE } from '@/lib/auth/form-errors';

/** An emailed link that no longer works, with the way to get a new one. */
export function InvalidLinkNotice({ kind, action }: { kind: 'reset' | 'verify'; action?: ReactNode }) {
  return (
    <div className="flex flex-col gap-5">
      <Alert tone="warning" role="alert" title={INVALID_LINK_MESSAGE}>
        {kind === 'reset'
          ? 'Reset links work once and expire after a while. Ask for a new one and use the newest email.'
          : 'Confirmation links work once and expire after a while. Use the newest email, or get a new link.'}
      </Alert>
      {action ??
        (kind === 'reset' ? (
          <Button asChild size="lg">
            <Link href="/forgot-password">Send me a new link</Link>
          </Button>
        ) : null)}
    </div>
  );
}
