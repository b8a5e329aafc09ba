'use client';

import type { TPayoutStatus } from '@ladder/domain';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { startPayoutOnboardingAction } from '@/lib/actions/payouts';
import { UNREACHABLE_MESSAGE } from '@/lib/forms';

/** `?onboarding=` as Stripe sends the mentor back: finished (or left), or the link expired. */
export type TOnboardingReturn = 'return' | 'refresh' | null;

const STATUS_BADGE = {
  not_connected: { tone: 'neutral', label: 'Not connected' },
  pending: { tone: 'warning', label: 'Onboarding in progress' },
  enabled: { tone: 'success', label: 'Payouts enabled' },
} as const;

/**
 * The mentor's payouts: where their share of paid sessions goes. With Stripe, a Connect Express
 * account set up on Stripe's own pages; in the offline demo mode, nothing to connect.
 */
export function PayoutsPanel({ status, returned }: { status: TPayoutStatus; returned: TOnboardingReturn }) {
  if (status.provider === 'offline') {
    return (
      <Card>
        <CardHeader>
          <div className="flex flex-wrap items-center gap-3">
            <CardTitle>Payouts</CardTitle>
            <Badge tone="warning">Demo mode</Badge>
          </div>
          <CardDescription>Payments run in offline demo mode: no money moves.</CardDescription>
        </CardHeader>
        <CardContent>
          <Alert tone="info" title="Nothing to connect in demo mode">
            Mentees confirm paid sessions with a clearly labelled demo payment, and nobody is charged. When
            Ladder runs with Stripe, this is where you connect the account your earnings are paid into.
          </Alert>
        </CardContent>
      </Card>
    );
  }

  const badge = STATUS_BADGE[status.status];
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-3">
          <CardTitle>Payouts</CardTitle>
          <Badge tone={badge.tone}>{badge.label}</Badge>
        </div>
        <CardDescription>
          Mentees pay through Stripe; your share of each session (the price less Ladder’s platform fee) is
          paid into your own Stripe account.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {returned === 'return' && status.status !== 'enabled' ? (
          <Alert tone="info" role="status" title="Thanks — Stripe is checking your details">
            This page shows the result as soon as Stripe tells us, usually within a few minutes. If Stripe
            still needs something, continue onboarding below.
          </Alert>
        ) : null}
        {returned === 'refresh' && status.status !== 'enabled' ? (
          <Alert tone="warning" role="status" title="That onboarding link expired">
            Links to Stripe are short-lived. Continue where you left off with a fresh one.
          </Alert>
        ) : null}
        {status.status === 'enabled' ? (
          <Alert tone="success" title="You’re ready to be paid">
            New paid bookings pay your Stripe account directly. Stripe pays out to your bank on its schedule.
          </Alert>
        ) : (
          <p className="text-sm text-ink-700">
            {status.status === 'not_connected'
              ? 'Connect a Stripe account to receive your earnings. It takes a few minutes on Stripe’s secure pages. Until then, Ladder keeps your share of paid sessions for you and transfers it once you are connected.'
              : 'Stripe needs a few more details before it can pay you. Until then, Ladder keeps your share of paid sessions for you.'}
          </p>
        )}
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <Fact label="Details submitted" on={status.detailsSubmitted} />
          <Fact label="Can take payments" on={status.chargesEnabled} />
          <Fact label="Payouts to your bank" on={status.payoutsEnabled} />
        </dl>
        {status.status !== 'enabled' ? (
          <OnboardingButton
            label={status.status === 'not_connected' ? 'Connect payouts with Stripe' : 'Continue onboarding'}
          />
        ) : null}
      </CardContent>
    </Card>
  );
}

function Fact({ label, on }: { label: string; on: boolean }) {
  return (
    <div className="rounded-md border border-ink-100 p-3">
      <dt className="text-ink-500">{label}</dt>
      <dd className={on ? 'mt-0.5 font-medium text-success-700' : 'mt-0.5 font-medium text-ink-800'}>
        {on ? 'Yes' : 'Not yet'}
      </dd>
    </div>
  );
}

function OnboardingButton({ label }: { label: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function go() {
    setPending(true);
    setError(null);
    try {
      const result = await startPayoutOnboardingAction();
      if (result.ok) {
        window.location.assign(result.url);
        return; // stay busy while the browser leaves for Stripe
      }
      setError(result.message);
    } catch {
      setError(UNREACHABLE_MESSAGE);
    }
    setPending(false);
  }

  return (
    <div className="flex flex-col gap-3">
      <Button onClick={go} disabled={pending} aria-busy={pending} className="self-start">
        {pending ? <Spinner /> : null}
        {pending ? 'Opening Stripe…' : label}
      </Button>
      <p className="text-xs text-ink-500">
        You’ll continue on stripe.com and come back here when you’re done.
      </p>
      {error ? (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      ) : null}
    </div>
  );
}
