'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
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

/**
 * "Prefer Cal.com?": the mentor's own Cal.com booking page in a dialog, prefilled with the
 * visitor's name and email when signed in. `metadata` carries attribution back to Ladder, so the
 * Cal.com webhook can link the booking to this mentor, visitor and offering.
 */
export function CalcomDialog({
  target,
  mentorName,
  mentorSlug,
  offeringId,
  viewer,
}: {
  target: TCalTarget;
  mentorName: string;
  mentorSlug: string;
  offeringId: string | null;
  viewer: { id: string; name: string; email: string } | null;
}) {
  const [open, setOpen] = useState(false);
  const metadata: Record<string, string> = {
    ladderMentorSlug: mentorSlug,
    utm_source: 'ladder',
    utm_medium: 'mentor_profile',
  };
  if (offeringId) metadata.ladderOfferingId = offeringId;
  if (viewer) metadata.ladderUserId = viewer.id;
  const fallback = new URL(`${target.calOrigin ?? 'https://cal.com'}/${target.calLink}`);
  if (viewer) {
    fallback.searchParams.set('name', viewer.name);
    fallback.searchParams.set('email', viewer.email);
  }
  for (const [key, value] of Object.entries(metadata)) fallback.searchParams.set(`metadata[${key}]`, value);
  const config = {
    layout: 'month_view' as const,
    metadata,
    ...(viewer ? { name: viewer.name, email: viewer.email } : {}),
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <p className="text-sm text-ink-600">
        Prefer Cal.com?{' '}
        <DialogTrigger asChild>
          <button
            type="button"
            className="rounded-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
          >
            Book through Cal.com
          </button>
        </DialogTrigger>
      </p>
      <DialogContent className="flex h-[min(48rem,92dvh)] max-w-4xl flex-col">
        <DialogTitle>Book {mentorName} through Cal.com</DialogTitle>
        <DialogDescription>
          Cal.com shows {mentorName}’s calendar in your time zone. The session appears in your Ladder
          dashboard once it is booked.
        </DialogDescription>
        <div className="mt-4 min-h-0 flex-1 overflow-auto rounded-lg border border-ink-200">
          {open ? (
            <Cal
              calLink={target.calLink}
              {...(target.calOrigin ? { calOrigin: target.calOrigin } : {})}
              {...(target.embedJsUrl ? { embedJsUrl: target.embedJsUrl } : {})}
              config={config}
              style={{ width: '100%', height: '100%', overflow: 'auto' }}
            />
          ) : null}
        </div>
        <p className="mt-3 text-xs text-ink-500">
          Calendar not showing?{' '}
          <a
            href={fallback.toString()}
            target="_blank"
            rel="noopener noreferrer"
            className="font-medium text-brand-700 underline underline-offset-2"
          >
            Open Cal.com in a new tab
          </a>
        </p>
      </DialogContent>
    </Dialog>
  );
}
