'use client';

import Link from 'next/link';
import { useCallback } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingRegion } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { confirmNewsletterSubscription, type TConfirmNewsletterResult } from '@/lib/actions/newsletter';
import { UNEXPECTED_MESSAGE } from '@/lib/forms';
import { useActionOnLoad } from '@/lib/hooks/use-action-on-load';
import { NewsletterLinkNotice } from './newsletter-link-notice';

const failed = (): TConfirmNewsletterResult => ({ status: 'failed', message: UNEXPECTED_MESSAGE });

/**
 * Confirms the subscription once the page runs in the browser — the verify-email page's approach:
 * mail scanners that fetch the link without running it cannot subscribe someone who never clicked.
 */
export function NewsletterConfirmation({ token }: { token: string }) {
  const confirm = useCallback(() => confirmNewsletterSubscription(token), [token]);
  const [state, run] = useActionOnLoad(confirm, failed);

  if (state.status === 'pending') {
    return (
      <LoadingRegion label="Confirming your subscription" className="flex items-center gap-3 text-ink-700">
        <Spinner className="size-5 text-brand-600" />
        <span aria-hidden="true">Confirming your subscription…</span>
      </LoadingRegion>
    );
  }

  if (state.status === 'confirmed') {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="success" role="status" title="You’re subscribed">
          Thanks — the Staff+ letter will arrive at <strong>{state.email}</strong> once a fortnight. Every
          issue has a one-click unsubscribe link.
        </Alert>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Button asChild size="lg">
            <Link href="/articles">Read the latest articles</Link>
          </Button>
          <Button asChild size="lg" variant="secondary">
            <Link href="/mentors">Find a mentor</Link>
          </Button>
        </div>
      </div>
    );
  }

  if (state.status === 'failed') {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="danger" role="alert" title="We couldn’t confirm your subscription right now">
          {state.message} Your link still works.
        </Alert>
        <Button size="lg" onClick={() => void run()}>
          Try again
        </Button>
      </div>
    );
  }

  return <NewsletterLinkNotice kind="confirm" reason="invalid" />;
}
