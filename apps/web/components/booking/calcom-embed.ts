import { optedOut, utmOf, visitorId } from '@/lib/funnel';
import type { TCalTarget } from './calcom-link';

/**
 * What the embed passes to Cal.com as `metadata[...]`. Cal.com returns it in the webhook's
 * `payload.metadata`, where the API reads `mentorSlug` (to find the mentor, checked against the
 * organizer), and `anonymousId`, `articleSlug` and `utm_*` (the booking_confirmed funnel step).
 */
export type TCalAttribution = {
  mentorSlug: string;
  articleSlug?: string;
  anonymousId?: string | null;
  utm?: Partial<Record<'source' | 'medium' | 'campaign' | 'term' | 'content', string>>;
};

export function calcomMetadata(a: TCalAttribution): Record<string, string> {
  const metadata: Record<string, string> = { mentorSlug: a.mentorSlug };
  if (a.articleSlug) metadata.articleSlug = a.articleSlug;
  if (a.anonymousId) metadata.anonymousId = a.anonymousId;
  for (const [key, value] of Object.entries(a.utm ?? {})) {
    if (value) metadata[`utm_${key}`] = value;
  }
  return metadata;
}

/**
 * The visitor's part of the attribution, read in the browser: the funnel's visitor id (never for
 * visitors who ask not to be tracked, as with every funnel step) and the page's utm_* parameters.
 */
export function browserAttribution(
  win: Pick<Window, 'location'> & { localStorage?: Storage },
  nav: { doNotTrack?: string | null; globalPrivacyControl?: boolean } | undefined,
): Pick<TCalAttribution, 'anonymousId' | 'utm'> {
  const utm = utmOf(win.location.search) ?? {};
  if (optedOut(nav)) return { anonymousId: null, utm };
  let storage: Storage | null = null;
  try {
    storage = win.localStorage ?? null;
  } catch {
    storage = null;
  }
  return { anonymousId: visitorId(storage), utm };
}

/** Cal.com's own booking page with the same prefill and metadata: the way in when the embed fails. */
export function calcomPageUrl(
  target: TCalTarget,
  viewer: { name: string; email: string } | null,
  metadata: Record<string, string>,
): string {
  const url = new URL(`${target.calOrigin ?? 'https://cal.com'}/${target.calLink}`);
  if (viewer) {
    url.searchParams.set('name', viewer.name);
    url.searchParams.set('email', viewer.email);
  }
  for (const [key, value] of Object.entries(metadata)) url.searchParams.set(`metadata[${key}]`, value);
  return url.toString();
}

/** How long the embed may take to say it is ready before the fallback link is offered instead. */
export const EMBED_LOAD_TIMEOUT_MS = 12_000;
