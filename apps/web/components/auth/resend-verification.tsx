'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { resendVerificationEmail, type TResendState } from '@/lib/actions/auth';
import { signInHref } from '@/lib/auth/redirects';
import { cn } from '@/lib/cn';

const initialState: TResendState = { status: 'idle' };

/**
 * "Resend link": asks the API for a new confirmation email for the signed-in user. `inline` is the
 * slim text-link version for the banner; `button` a regular button for pages.
 */
export function ResendVerification({
  variant = 'button',
  className,
}: {
  variant?: 'inline' | 'button';
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(resendVerificationEmail, initialState);

  const message =
    state.status === 'sent' ? (
      'Sent — check your inbox.'
    ) : state.status === 'failed' ? (
      <>
        {state.message}{' '}
        {state.signedOut ? (
          <Link href={signInHref('/dashboard')} className="underline">
            Sign in
          </Link>
        ) : null}
      </>
    ) : null;

  return (
    <form action={formAction} className={cn('inline-flex flex-wrap items-center gap-x-2 gap-y-1', className)}>
      {state.status === 'sent' ? null : variant === 'inline' ? (
        <button
          type="submit"
          disabled={pending}
          className="inline-flex items-center gap-1.5 font-semibold underline underline-offset-2 hover:no-underline disabled:opacity-70"
        >
          {pending ? <Spinner className="size-3.5" /> : null}
          {pending ? 'Sending…' : 'Resend link'}
        </button>
      ) : (
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending || undefined}>
          {pending ? <Spinner /> : null}
          {pending ? 'Sending…' : 'Send a new link'}
        </Button>
      )}
      <span role="status" aria-live="polite" className={cn(state.status === 'failed' && 'text-danger-700')}>
        {message}
      </span>
    </form>
  );
}
