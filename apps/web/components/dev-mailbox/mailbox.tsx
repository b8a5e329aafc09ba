'use client';

import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Label } from '@/components/ui/label';
import { Spinner } from '@/components/ui/spinner';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { Textarea } from '@/components/ui/textarea';
import { isApiError } from '@/lib/api/client';
import { listDevMail, sendTestMail, type TDevMail } from '@/lib/api/dev-mailbox';
import { formatTimeAgo } from '@/lib/format';
import { apiFormErrors, formString, NO_ERRORS, requiredErrors } from '@/lib/forms';
import { useFormSubmit } from '@/lib/hooks/use-form-submit';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { DEV_ONLY_MESSAGE } from './dev-only-notice';

const POLL_MS = 3_000;
/** Test messages go through the job queue and land within about a second. */
const AFTER_SEND_MS = 1_200;

/**
 * The message list, polled every 3 s from the browser through the same-origin API rewrite while
 * the tab is visible, plus a form that sends a test message through the real mail path.
 */
export function Mailbox({
  to,
  initialItems,
  renderedAt,
}: {
  to: string;
  initialItems: TDevMail[];
  /** When the server fetched `initialItems`: "time ago" then renders the same on both sides. */
  renderedAt: number;
}) {
  const [items, setItems] = useState(initialItems);
  const [now, setNow] = useState(renderedAt);
  const [auto, setAuto] = useState(true);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const inflight = useRef<AbortController | null>(null);

  const refresh = useCallback(async () => {
    inflight.current?.abort();
    const controller = new AbortController();
    inflight.current = controller;
    setLoading(true);
    try {
      const data = await listDevMail(
        { to: to || undefined },
        { signal: controller.signal, timeoutMs: 5_000 },
      );
      setItems(data.items);
      setProblem(null);
    } catch (error) {
      if (controller.signal.aborted) return;
      setProblem(
        isApiError(error) && error.isNotFound
          ? DEV_ONLY_MESSAGE
          : 'Couldn’t reach the API to refresh. Is it running?',
      );
    } finally {
      if (inflight.current === controller) {
        inflight.current = null;
        setLoading(false);
        setNow(Date.now());
      }
    }
  }, [to]);

  useEffect(() => {
    if (!auto) return;
    const timer = window.setInterval(() => {
      if (!document.hidden) void refresh();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [auto, refresh]);

  useEffect(() => () => inflight.current?.abort(), []);

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
      <section aria-labelledby="messages-heading">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h2 id="messages-heading" className="min-w-0 text-lg font-semibold wrap-anywhere text-ink-950">
            {to ? `Messages to ${to}` : 'All messages'}{' '}
            <span className="text-sm font-normal text-ink-500">({items.length})</span>
          </h2>
          <div className="flex items-center gap-3">
            <label className="inline-flex items-center gap-2 text-sm text-ink-700">
              <input
                type="checkbox"
                checked={auto}
                onChange={(event) => setAuto(event.target.checked)}
                className="size-4 accent-brand-600"
              />
              Auto-refresh every 3 s
            </label>
            <Button variant="secondary" size="sm" onClick={() => void refresh()} disabled={loading}>
              {loading ? <Spinner /> : null}
              Refresh
            </Button>
          </div>
        </div>

        {problem ? (
          <Alert tone="warning" role="status" className="mb-4">
            {problem}
          </Alert>
        ) : null}

        {items.length === 0 ? (
          <EmptyState
            title={to ? `Nothing sent to ${to} yet` : 'No messages yet'}
            description="Sign up, ask for a password reset or send a test message: emails land here within a second."
          />
        ) : (
          <Card className="overflow-hidden">
            <ol className="divide-y divide-ink-100">
              {items.map((mail) => (
                <li key={mail.id}>
                  <Link
                    href={`/dev/mailbox/${mail.id}`}
                    className="flex flex-col gap-1 px-5 py-4 hover:bg-ink-50 focus-visible:bg-ink-50 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4"
                  >
                    <span className="min-w-0">
                      <span className="block truncate font-medium text-ink-950">
                        {mail.subject || '(no subject)'}
                      </span>
                      <span className="block truncate text-sm text-ink-600">To {mail.to}</span>
                    </span>
                    <time
                      dateTime={mail.createdAt}
                      title={new Date(mail.createdAt).toISOString()}
                      className="shrink-0 text-sm text-ink-500"
                    >
                      {formatTimeAgo(mail.createdAt, now)}
                    </time>
                  </Link>
                </li>
              ))}
            </ol>
          </Card>
        )}
      </section>

      <aside aria-labelledby="send-test-heading">
        <Card className="p-5">
          <h2 id="send-test-heading" className="font-semibold text-ink-950">
            Send a test message
          </h2>
          <p className="mt-1 text-sm text-ink-600">Goes through the real job queue and mail transport.</p>
          <SendTestForm
            defaultTo={to}
            onSent={() => window.setTimeout(() => void refresh(), AFTER_SEND_MS)}
          />
        </Card>
      </aside>
    </div>
  );
}

function SendTestForm({ defaultTo, onSent }: { defaultTo: string; onSent: () => void }) {
  const hydrated = useHydrated();
  const [sent, setSent] = useState<string | null>(null);
  const { errors, pending, onSubmit, onChange, fieldError } = useFormSubmit(async (data) => {
    const values = { to: formString(data, 'to').trim(), note: formString(data, 'note').trim() };
    const missing = requiredErrors(values, { to: 'Enter the address to send to' });
    if (Object.keys(missing).length > 0) return { fields: missing, form: null };
    try {
      await sendTestMail(values.note ? values : { to: values.to });
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.isNotFound) return { fields: {}, form: DEV_ONLY_MESSAGE };
      return apiFormErrors(error, ['to', 'note']);
    }
    setSent(values.to);
    onSent();
    return NO_ERRORS;
  });

  return (
    <form
      method="post"
      noValidate
      onSubmit={onSubmit}
      onChange={onChange}
      className="mt-4 flex flex-col gap-4"
    >
      <ErrorSummary errors={errors} fieldIds={{ to: 'test-mail-to', note: 'test-mail-note' }} />
      <TextField
        id="test-mail-to"
        name="to"
        type="email"
        label="To"
        autoComplete="off"
        spellCheck={false}
        defaultValue={defaultTo}
        placeholder="someone@example.com"
        error={fieldError('to')}
      />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="test-mail-note">Note (optional)</Label>
        <Textarea id="test-mail-note" name="note" rows={3} maxLength={500} />
      </div>
      <SubmitButton pending={pending} pendingLabel="Queueing…" disabled={!hydrated}>
        Send test message
      </SubmitButton>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-success-700">
        {sent && !pending ? `Queued for ${sent}. It will show up in the list in a second.` : null}
      </p>
    </form>
  );
}
