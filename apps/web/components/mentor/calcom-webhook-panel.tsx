'use client';

import type { TCalcomWebhook } from '@ladder/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Spinner } from '@/components/ui/spinner';
import { disconnectCalcomWebhook, rotateCalcomWebhook } from '@/lib/actions/calcom-webhook';
import { apiFormErrors, UNEXPECTED_MESSAGE } from '@/lib/forms';
import { apiErrorOf } from '@/lib/mentor/action-result';
import { describeCalcomOutcome } from '@/lib/mentor/calcom-outcome';
import { formatInstant } from '@/lib/time/format';

type Props = {
  webhook: TCalcomWebhook | null;
  /** The mentor's own zone: when the last delivery arrived is shown in it, named. */
  timezone: string;
  /** Their Cal.com link from the profile, if any (the profile's "Book via Cal.com" needs it). */
  calcomLink: string | null;
};

/**
 * The mentor's own Cal.com webhook: the URL and secret to paste into Cal.com, how to do it, and
 * what the last delivery did (so a Ping test shows at once whether it works).
 */
export function CalcomWebhookPanel({ webhook, timezone, calcomLink }: Props) {
  return (
    <div className="flex flex-col gap-6">
      {calcomLink ? null : (
        <Alert tone="info" title="Add your Cal.com link too">
          With your Cal.com link on your{' '}
          <Link href="/dashboard/mentor/profile" className="font-medium underline">
            profile
          </Link>
          , readers can book you through Cal.com from your profile and your articles. The webhook below then
          brings those bookings into Ladder.
        </Alert>
      )}
      {webhook ? (
        <Connected webhook={webhook} timezone={timezone} />
      ) : (
        <Card>
          <CardHeader>
            <div className="flex flex-wrap items-center gap-3">
              <CardTitle>Cal.com webhook</CardTitle>
              <Badge tone="neutral">Not set up</Badge>
            </div>
            <CardDescription>
              Bookings you take on Cal.com then appear in your Ladder bookings — with notes, reviews and
              learning plans — and block those times for Ladder bookings, so nobody books you twice.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <ChangeButton label="Create my webhook" busyLabel="Creating…" />
          </CardContent>
        </Card>
      )}
    </div>
  );
}

function Connected({ webhook, timezone }: { webhook: TCalcomWebhook; timezone: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<'rotate' | 'disconnect' | null>(null);
  const last = webhook.lastOutcome ? describeCalcomOutcome(webhook.lastOutcome) : null;
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-3">
          <CardTitle>Cal.com webhook</CardTitle>
          <Badge tone={last?.tone === 'success' ? 'success' : 'neutral'}>
            {webhook.lastDeliveryAt ? 'Receiving' : 'Waiting for Cal.com'}
          </Badge>
        </div>
        <CardDescription>Paste these two values into a new webhook in your Cal.com account.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <CopyField label="Subscriber URL" value={webhook.url} />
        <CopyField label="Secret" value={webhook.secret} secret />
        <ol className="list-decimal space-y-1.5 pl-5 text-sm text-ink-700">
          <li>
            In Cal.com, open <strong>Settings → Developer → Webhooks</strong> and choose <strong>New</strong>.
          </li>
          <li>Paste the subscriber URL and the secret above.</li>
          <li>
            Turn on the triggers <strong>Booking created</strong>, <strong>Booking rescheduled</strong> and{' '}
            <strong>Booking cancelled</strong>. Leave the payload template empty.
          </li>
          <li>
            Press <strong>Ping test</strong>, then <strong>Check again</strong> here: it should say “Ping
            received”.
          </li>
        </ol>
        <section
          aria-labelledby="calcom-last-delivery"
          className="rounded-md border border-ink-100 p-4 text-sm"
        >
          <h3 id="calcom-last-delivery" className="font-medium text-ink-900">
            Last delivery
          </h3>
          {webhook.lastDeliveryAt && last ? (
            <>
              <p className="mt-1 text-ink-600">{formatInstant(webhook.lastDeliveryAt, timezone)}</p>
              <p className={last.tone === 'warning' ? 'mt-1 text-warning-700' : 'mt-1 text-ink-800'}>
                {last.text}
              </p>
            </>
          ) : (
            <p className="mt-1 text-ink-600">Nothing has arrived from Cal.com yet.</p>
          )}
        </section>
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => router.refresh()}>
            Check again
          </Button>
          <Button variant="ghost" onClick={() => setConfirming('rotate')}>
            New secret
          </Button>
          <Button variant="ghost" onClick={() => setConfirming('disconnect')}>
            Disconnect
          </Button>
        </div>
        <p className="text-xs text-ink-500">
          Deliveries to this URL can only ever concern your own bookings. Ladder sends no emails for Cal.com
          bookings: Cal.com sends its own.
        </p>
      </CardContent>
      <ConfirmChange action={confirming} onClose={() => setConfirming(null)} />
    </Card>
  );
}

function CopyField({ label, value, secret = false }: { label: string; value: string; secret?: boolean }) {
  const id = useId();
  const [shown, setShown] = useState(!secret);
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (an insecure context or a refusal): select the text to copy by hand.
      setShown(true);
      requestAnimationFrame(() => (document.getElementById(id) as HTMLInputElement | null)?.select());
    }
  }
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id={id}
          readOnly
          value={value}
          type={shown ? 'text' : 'password'}
          className="font-mono text-xs"
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="flex gap-2">
          {secret ? (
            <Button variant="secondary" onClick={() => setShown((s) => !s)} aria-controls={id}>
              {shown ? 'Hide' : 'Show'}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={copy} aria-describedby={`${id}-copied`}>
            Copy
          </Button>
        </div>
      </div>
      <span id={`${id}-copied`} role="status" className="text-xs text-success-700">
        {copied ? `${label} copied` : ''}
      </span>
    </div>
  );
}

/** Creates the webhook (or a new secret) and shows the result. */
function ChangeButton({ label, busyLabel }: { label: string; busyLabel: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function go() {
    setPending(true);
    setError(null);
    try {
      const result = await rotateCalcomWebhook();
      if (result.ok) router.refresh();
      else setError(apiFormErrors(apiErrorOf(result.problem), []).form ?? UNEXPECTED_MESSAGE);
    } catch {
      setError(UNEXPECTED_MESSAGE);
    }
    setPending(false);
  }
  return (
    <div className="flex flex-col gap-3">
      <Button onClick={go} disabled={pending} aria-busy={pending || undefined} className="self-start">
        {pending ? <Spinner /> : null}
        {pending ? busyLabel : label}
      </Button>
      {error ? (
        <Alert tone="danger" role="alert">
          {error}
        </Alert>
      ) : null}
    </div>
  );
}

const CONFIRM = {
  rotate: {
    title: 'Make a new secret?',
    body: 'The current secret stops working at once: Cal.com’s deliveries are refused until you paste the new secret into your Cal.com webhook. The URL stays the same.',
    confirm: 'Make a new secret',
    busy: 'Making…',
  },
  disconnect: {
    title: 'Disconnect Cal.com?',
    body: 'Ladder refuses Cal.com’s deliveries from now on, so new Cal.com bookings no longer appear here. Bookings already here stay. You can set up a new webhook at any time.',
    confirm: 'Disconnect',
    busy: 'Disconnecting…',
  },
} as const;

function ConfirmChange({ action, onClose }: { action: 'rotate' | 'disconnect' | null; onClose: () => void }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    if (!action || pending) return;
    setPending(true);
    setError(null);
    try {
      const result = action === 'rotate' ? await rotateCalcomWebhook() : await disconnectCalcomWebhook();
      // Already disconnected (another tab): the page shows the truth after a refresh either way.
      if (result.ok || result.problem.status === 404) {
        onClose();
        router.refresh();
      } else setError(apiFormErrors(apiErrorOf(result.problem), []).form ?? UNEXPECTED_MESSAGE);
    } catch {
      setError(UNEXPECTED_MESSAGE);
    }
    setPending(false);
  }
  const text = CONFIRM[action ?? 'rotate'];
  return (
    <ConfirmDialog
      open={action !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={text.title}
      description={text.body}
      error={error}
      pending={pending}
      backLabel="Cancel"
      actionLabel={text.confirm}
      busyLabel={text.busy}
      onAction={confirm}
    />
  );
}
