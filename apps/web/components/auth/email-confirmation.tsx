'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingRegion } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { confirmEmail, type TConfirmEmailResult } from '@/lib/actions/auth';
import { signInHref } from '@/lib/auth/redirects';
import { useActionOnLoad } from '@/lib/hooks/use-action-on-load';
import { InvalidLinkNotice } from './invalid-link-notice';
import { ResendVerification } from './resend-verification';

const failed = (): TConfirmEmailResult => ({ status: 'failed' });

/**
 * Confirms the address as soon as the page runs in the browser (once, even under Strict Mode's
 * double effects), then refreshes the server components so the "Confirm your email" banner goes.
 */
export function EmailConfirmation({
  token,
  signedIn,
  alreadyVerified,
}: {
  token: string;
  signedIn: boolean;
  alreadyVerified: boolean;
}) {
  const router = useRouter();
  const confirm = useCallback(async () => {
    const result = await confirmEmail(token);
    if (result.status === 'verified') router.refresh();
    return result;
  }, [token, router]);
  const [state, run] = useActionOnLoad(confirm, failed);

  if (state.status === 'pending') {
    return (
      <LoadingRegion label="Confirming your email" className="flex items-center gap-3 text-ink-700">
        <Spinner className="size-5 text-brand-600" />
        <span aria-hidden="true">Confirming your email…</span>
      </LoadingRegion>
    );
  }

  if (state.status === 'verified') {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="success" role="status" title="Your email is confirmed">
          Thanks — {state.email} is confirmed. You’ll get booking confirmations and reminders there.
        </Alert>
        <Button asChild size="lg">
          {signedIn ? (
            <Link href="/dashboard">Go to your dashboard</Link>
          ) : (
            <Link href={signInHref('/dashboard')}>Sign in</Link>
          )}
        </Button>
      </div>
    );
  }

  if (state.status === 'failed') {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="danger" role="alert" title="We couldn’t confirm your email right now">
          Ladder didn’t answer. Your link still works — try again in a moment.
        </Alert>
        <Button size="lg" onClick={() => void run()}>
          Try again
        </Button>
      </div>
    );
  }

  return <VerifyLinkInvalid signedIn={signedIn} alreadyVerified={alreadyVerified} />;
}

/** The link is expired, used or unknown: offer a new one, or explain why none is needed. */
export function VerifyLinkInvalid({
  signedIn,
  alreadyVerified,
}: {
  signedIn: boolean;
  alreadyVerified: boolean;
}) {
  if (alreadyVerified) {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="success" role="status" title="Your email is already confirmed">
          This link has expired or was already used, but there’s nothing left to do.
        </Alert>
        <Button asChild size="lg">
          <Link href="/dashboard">Go to your dashboard</Link>
        </Button>
      </div>
    );
  }
  return (
    <InvalidLinkNotice
      kind="verify"
      action={
        signedIn ? (
          <ResendVerification />
        ) : (
          <Button asChild size="lg">
            <Link href={signInHref('/dashboard')}>Sign in to get a new link</Link>
          </Button>
        )
      }
    />
  );
}
