'use client';

import { useActionState } from 'react';
import { TrackView } from '@/components/funnel/track-view';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { subscribeToNewsletter, type TNewsletterState } from '@/lib/actions/newsletter';
import { cn } from '@/lib/cn';

const initialState: TNewsletterState = { status: 'idle' };

export function NewsletterForm({ className }: { className?: string }) {
  const [state, formAction, pending] = useActionState(subscribeToNewsletter, initialState);

  if (state.status === 'subscribed') {
    return (
      <>
        <TrackView type="newsletter_subscribed" />
        <p role="status" className={cn('rounded-lg bg-ink-0/10 p-4 text-sm text-white', className)}>
          Almost there — we sent a confirmation link to <strong>{state.email}</strong>. Click it to start
          receiving the letter.
        </p>
      </>
    );
  }

  const message = state.status === 'invalid' || state.status === 'failed' ? state.message : null;
  return (
    <form action={formAction} noValidate className={cn('w-full', className)}>
      <Label htmlFor="newsletter-email" className="sr-only text-white">
        Email address
      </Label>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Input
          id="newsletter-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          placeholder="you@example.com"
          defaultValue={state.status === 'idle' ? '' : state.email}
          aria-invalid={state.status === 'invalid' || undefined}
          aria-describedby={message ? 'newsletter-message' : undefined}
          className="h-12 border-transparent sm:flex-1"
        />
        <Button type="submit" size="lg" variant="secondary" disabled={pending} className="sm:w-auto">
          {pending ? 'Subscribing…' : 'Subscribe'}
        </Button>
      </div>
      <p id="newsletter-message" aria-live="polite" className="mt-2 min-h-5 text-sm text-accent-100">
        {message}
      </p>
    </form>
  );
}
