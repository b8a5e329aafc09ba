'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { type TUnsubscribeState, unsubscribeFromNewsletter } from '@/lib/actions/newsletter';
import { NewsletterLinkNotice, NewsletterSignupPanel } from './newsletter-link-notice';

const initialState: TUnsubscribeState = { status: 'idle' };

/**
 * One button that posts the token from the email link. Nothing happens until it is pressed: link
 * scanners open every URL in an email, and must not unsubscribe anyone. A form action, so it also
 * works before (or without) JavaScript.
 */
export function UnsubscribeForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(unsubscribeFromNewsletter, initialState);

  if (state.status === 'unsubscribed') {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="success" role="status" title="You’re unsubscribed">
          You won’t get the Staff+ letter any more.
        </Alert>
        <NewsletterSignupPanel lead="Changed your mind? Subscribe again — we’ll send a confirmation link first." />
      </div>
    );
  }

  if (state.status === 'invalid') return <NewsletterLinkNotice kind="unsubscribe" reason="invalid" />;

  return (
    <form action={formAction} className="flex flex-col gap-5">
      <input type="hidden" name="token" value={token} />
      {state.status === 'failed' ? (
        <Alert tone="danger" role="alert" title="We couldn’t unsubscribe you right now">
          {state.message}
        </Alert>
      ) : null}
      <SubmitButton size="lg" pending={pending} pendingLabel="Unsubscribing…">
        Unsubscribe
      </SubmitButton>
    </form>
  );
}
