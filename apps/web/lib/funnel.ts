import type { TFunnelEvent, TFunnelType } from '@ladder/domain';

/** Where the browser keeps its random visitor id (not personal data: it only joins one visitor's steps). */
export const VISITOR_KEY = 'ladder_aid';
const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

type TStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The visitor id, made on first use; a fresh one per call when storage is unavailable. */
export function visitorId(
  storage: TStorage | null,
  makeId: () => string = () => crypto.randomUUID(),
): string {
  try {
    const known = storage?.getItem(VISITOR_KEY);
    if (known && known.length >= 8 && known.length <= 64) return known;
    const made = makeId();
    storage?.setItem(VISITOR_KEY, made);
    return made;
  } catch {
    return makeId();
  }
}

/** `utm_*` parameters of a query string, or undefined when there are none. */
export function utmOf(search: string): TFunnelEvent['utm'] {
  const params = new URLSearchParams(search);
  const utm: Record<string, string> = {};
  for (const key of UTM_KEYS) {
    const value = params.get(`utm_${key}`)?.trim();
    if (value) utm[key] = value.slice(0, 200);
  }
  return Object.keys(utm).length > 0 ? utm : undefined;
}

/** Visitors who ask not to be tracked (Global Privacy Control or Do Not Track) are not. */
export function optedOut(
  nav: { doNotTrack?: string | null; globalPrivacyControl?: boolean } | undefined,
): boolean {
  return !!nav && (nav.globalPrivacyControl === true || nav.doNotTrack === '1');
}

/**
 * Sends one funnel step from the browser (same-origin `/api/v1`, `keepalive` so a click that
 * navigates away still gets through). Fire and forget: it never throws and never delays the page.
 */
export function track(type: TFunnelType, context: { articleSlug?: string; mentorSlug?: string } = {}): void {
  if (
    typeof window === 'undefined' ||
    optedOut(typeof navigator === 'undefined' ? undefined : (navigator as never))
  )
    return;
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  const body: TFunnelEvent = {
    type,
    anonymousId: visitorId(storage),
    path: window.location.pathname.slice(0, 500),
    ...context,
  };
  const utm = utmOf(window.location.search);
  if (utm) body.utm = utm;
  try {
    void fetch('/api/v1/funnel/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      keepalive: true,
      credentials: 'same-origin',
    }).catch(() => undefined);
  } catch {
    // Tracking must never break the page.
  }
}
