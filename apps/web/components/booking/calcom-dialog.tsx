'use client';

import dynamic from 'next/dynamic';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { track } from '@/lib/funnel';
import {
  browserAttribution,
  calcomMetadata,
  calcomPageUrl,
  EMBED_LOAD_TIMEOUT_MS,
  type TCalAttribution,
} from './calcom-embed';
import type { TCalTarget } from './calcom-link';

/** The Cal.com embed is loaded only when someone opens the dialog: it is large and third-party. */
const Cal = dynamic(() => import('@calcom/embed-react'), {
  ssr: false,
  loading: () => (
    <LoadingRegion label="Loading Cal.com" className="h-full">
      <Skeleton className="h-full min-h-96 w-full" />
    </LoadingRegion>
  ),
});

type TEmbedState = 'loading' | 'ready' | 'failed';

/**
 * "Book via Cal.com": the mentor's own Cal.com booking page in a dialog, prefilled with the
 * signed-in visitor's name and email. `metadata[...]` carries the mentor, the article and the
 * visitor's funnel id back to Ladder through Cal.com's webhook. When the embed cannot load (blocked
 * script, Cal.com down), the same page is offered as a link in a new tab.
 */
export function CalcomDialog({
  target,
  mentorName,
  mentorSlug,
  articleSlug,
  viewer,
  trigger,
}: {
  target: TCalTarget;
  mentorName: string;
  mentorSlug: string;
  articleSlug?: string;
  viewer: { name: string; email: string } | null;
  /** The button that opens the dialog (rendered as the DialogTrigger's child). */
  trigger: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<TEmbedState>('loading');
  const [visitor, setVisitor] = useState<Pick<TCalAttribution, 'anonymousId' | 'utm'>>({});

  useEffect(() => {
    if (!open) return;
    setVisitor(browserAttribution(window, navigator as never));
    // From an article, opening Cal.com is the "Book your growth session" step, as "See sessions" is.
    if (articleSlug) track('cta_click', { articleSlug, mentorSlug });
    setState('loading');
    let live = true;
    const fail = () => live && setState((s) => (s === 'ready' ? s : 'failed'));
    const timer = setTimeout(fail, EMBED_LOAD_TIMEOUT_MS);
    import('@calcom/embed-react')
      .then(({ getCalApi }) => getCalApi(target.embedJsUrl ? { embedJsUrl: target.embedJsUrl } : {}))
      .then((cal) => {
        const on = cal as unknown as (
          method: 'on',
          args: { action: string; callback: (e: unknown) => void },
        ) => void;
        on('on', { action: 'linkReady', callback: () => live && setState('ready') });
        on('on', { action: 'linkFailed', callback: fail });
      })
      .catch(fail);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, target.embedJsUrl, articleSlug, mentorSlug]);

  const metadata = useMemo(
    () => calcomMetadata({ mentorSlug, ...(articleSlug ? { articleSlug } : {}), ...visitor }),
    [mentorSlug, articleSlug, visitor],
  );
  const pageUrl = calcomPageUrl(target, viewer, metadata);
  const config = {
    layout: 'month_view' as const,
    metadata,
    ...(viewer ? { name: viewer.name, email: viewer.email } : {}),
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="flex h-[min(48rem,92dvh)] max-w-4xl flex-col">
        <DialogTitle>Book {mentorName} via Cal.com</DialogTitle>
        <DialogDescription>
          Cal.com shows {mentorName}’s calendar in your time zone. The session appears in your Ladder
          dashboard once it is booked{viewer ? '' : ' (under the email you book with)'}.
        </DialogDescription>
        <CalcomFallback state={state} pageUrl={pageUrl} />
        <div className="mt-4 min-h-0 flex-1 overflow-auto rounded-lg border border-ink-200">
          {open && state !== 'failed' ? (
            <Cal
              calLink={target.calLink}
              {...(target.calOrigin ? { calOrigin: target.calOrigin } : {})}
              {...(target.embedJsUrl ? { embedJsUrl: target.embedJsUrl } : {})}
              config={config}
              style={{ width: '100%', height: '100%', overflow: 'auto' }}
            />
          ) : null}
        </div>
      </DialogContent>
    </Dialog>
  );
}

/** The way around a Cal.com embed that did not load: a prominent link, or a quiet one meanwhile. */
export function CalcomFallback({ state, pageUrl }: { state: TEmbedState; pageUrl: string }) {
  const link = (
    <a
      href={pageUrl}
      target="_blank"
      rel="noopener noreferrer"
      className="font-medium text-brand-700 underline underline-offset-2"
    >
      Open Cal.com in a new tab
    </a>
  );
  if (state === 'failed') {
    return (
      <Alert tone="warning" role="alert" className="mt-4">
        The Cal.com calendar could not load here (a blocker or a network problem). {link} to book there; the
        session still appears in your Ladder dashboard.
      </Alert>
    );
  }
  return <p className="mt-2 text-xs text-ink-500">Calendar not showing? {link}</p>;
}
