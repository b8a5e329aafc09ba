'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingRegion } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { confirmEmailChangeAction, type TConfirmEmailChangeResult } from '@/lib/actions/account-settings';
import { signInHref } from '@/lib/auth/redirects';
import { useActionOnLoad } from '@/lib/hooks/use-action-on-load';

const failed = (): TConfirmEmailChangeResult => ({ status: 'failed' });

/**
 * Confirms the new address once the page runs in the browser (mail scanners that only fetch the
 * link do not spend it), then refreshes the server components so every "signed in as" reads it.
 */
export function EmailChangeConfirmation({ token }: { token: string }) {
  const router = useRouter();
  const confirm = useCallback(async (): Promise<TConfirmEmailChangeResult> => {
    if (!token) return { status: 'invalid' };
    const result = await confirmEmailChangeAction(token);
    if (result.status === 'changed') router.refresh();
    return result;
  }, [token, router]);
  const [state, run] = useActionOnLoad(confirm, failed);

  if (state.status === 'pending') {
    return (
      <LoadingRegion label="Confirming your new email" className="flex items-center gap-3 text-ink-700">
        <Spinner className="size-5 text-brand-600" />
        <span aria-hidden="true">Confirming your new email…</span>
      </LoadingRegion>
    );
  }
  return <EmailChangeOutcome result={state} token={token} onRetry={() => void run()} />;
}

const BACK = (
  <Button asChild size="lg">
    <Link href="/settings">Back to settings</Link>
  </Button>
);

/** What the confirmation came to, with the one next step that makes sense. */
export function EmailChangeOutcome({
  result,
  token,
  onRetry,
}: {
  result: TConfirmEmailChangeResult;
  token: string;
  onRetry: () => void;
}) {
  switch (result.status) {
    case 'changed':
      return (
        <div className="flex flex-col gap-5">
          <Alert tone="success" role="status" title="Your email is changed">
            You now sign in with {result.email}, and Ladder sends everything there.
          </Alert>
          {BACK}
        </div>
      );
    case 'expired':
      return (
        <div className="flex flex-col gap-5">
          <Alert tone="warning" role="alert" title="This link has expired">
            Confirmation links work for 24 hours. Ask for a new one in Settings; your email is unchanged.
          </Alert>
          {BACK}
        </div>
      );
    case 'taken':
      return (
        <div className="flex flex-col gap-5">
          <Alert tone="danger" role="alert" title="This address is taken">
            Another Ladder account uses this address now, so it cannot become yours. Your email is unchanged.
          </Alert>
          {BACK}
        </div>
      );
    case 'signed-out':
      return (
        <div className="flex flex-col gap-5">
          <Alert tone="warning" role="alert" title="Please sign in again">
            Your session has ended. Sign in with the account that asked for the change, and this link will be
            confirmed.
          </Alert>
          <Button asChild size="lg">
            <Link href={signInHref(`/settings/email/confirm?token=${encodeURIComponent(token)}`)}>
              Sign in
            </Link>
          </Button>
        </div>
      );
    case 'failed':
      return (
        <div className="flex flex-col gap-5">
          <Alert tone="danger" role="alert" title="We couldn’t confirm your new email right now">
            Ladder didn’t answer. Your link still works — try again in a moment.
          </Alert>
          <Button size="lg" onClick={onRetry}>
            Try again
          </Button>
        </div>
      );
    default:
      return (
        <div className="flex flex-col gap-5">
          <Alert tone="warning" role="alert" title="This link doesn’t work">
            It was already used, a newer one replaced it, or it belongs to another account than the one you
            are signed in with. Your email is unchanged; ask for a new link in Settings if you still need one.
          </Alert>
          {BACK}
        </div>
      );
  }
}
