import { z } from 'zod';
import { ZIsoDateTime } from './schemas/common';

/** Cal.com's cloud: cal.com itself, app./www., and organisation subdomains (acme.cal.com). */
const CAL_HOST = /^([a-z0-9-]+\.)?cal\.com$/i;
/** A booking-page path: a username, optionally followed by an event slug ("priya/intro"). */
const CAL_PATH = /^[A-Za-z0-9][\w.-]*(\/[\w.-]+)*$/;

/**
 * A mentor's Cal.com link in one canonical form, `https://cal.com/<user>[/<event>]` (or the
 * organisation subdomain it was given with), or null when it is not a Cal.com booking page.
 * Accepts "priya", "priya/intro", "cal.com/priya/intro" and https://… URLs on cal.com.
 */
export function normaliseCalcomLink(raw: string): string | null {
  const value = raw.trim();
  if (!value || value.length > 500) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  const looksLikeHost = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(value);
  if (!hasScheme && !looksLikeHost) {
    const path = value.replace(/^\/+|\/+$/g, '');
    return CAL_PATH.test(path) ? `https://cal.com/${path}` : null;
  }
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !CAL_HOST.test(url.hostname) || url.username || url.port) return null;
  const path = url.pathname.replace(/^\/+|\/+$/g, '');
  if (!CAL_PATH.test(path)) return null;
  return `https://${url.hostname.toLowerCase()}/${path}`;
}

/** The Cal.com username a link books (its first path segment), lower-cased; null if none. */
export function calcomUsername(link: string | null | undefined): string | null {
  if (!link) return null;
  let path = link.trim();
  try {
    if (/^https?:\/\//i.test(path)) path = new URL(path).pathname;
  } catch {
    return null;
  }
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return first ? first.toLowerCase() : null;
}

export const CALCOM_LINK_MESSAGE =
  'Enter your Cal.com booking link (https://cal.com/you/intro) or just your Cal.com username path (you/intro)';

/** `calcomLink` as a mentor enters it; stored in the canonical https://cal.com/… form. */
export const ZCalcomLink = z
  .string()
  .trim()
  .max(500, 'At most 500 characters')
  .refine((v) => normaliseCalcomLink(v) !== null, { message: CALCOM_LINK_MESSAGE })
  .transform((v) => normaliseCalcomLink(v) as string);

/**
 * A mentor's own Cal.com webhook (`GET/POST /mentors/me/calcom-webhook`): the subscriber URL and
 * secret to paste into Cal.com, and what the last delivery did. `webhook: null` until set up.
 */
export const ZCalcomWebhookSchema = z.object({
  url: z.url(),
  secret: z.string(),
  createdAt: ZIsoDateTime,
  secretRotatedAt: ZIsoDateTime,
  lastDeliveryAt: ZIsoDateTime.nullable(),
  lastOutcome: z.string().nullable(),
});
export type TCalcomWebhook = z.infer<typeof ZCalcomWebhookSchema>;

export const ZMyCalcomWebhookSchema = z.object({ webhook: ZCalcomWebhookSchema.nullable() });
export type TMyCalcomWebhook = z.infer<typeof ZMyCalcomWebhookSchema>;
