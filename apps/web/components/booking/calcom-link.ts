/** Hosts of Cal.com's own cloud, where the embed's defaults already point. */
const CAL_CLOUD = new Set(['cal.com', 'app.cal.com', 'www.cal.com']);

export type TCalTarget = {
  /** "priya/intro" — the path of the booking page, as the embed wants it. */
  calLink: string;
  /** Only for a self-hosted Cal.com: its origin, and where its embed script lives. */
  calOrigin?: string;
  embedJsUrl?: string;
};

/**
 * A mentor's Cal.com link as the embed wants it. Accepts "priya/intro", "cal.com/priya/intro" and
 * full http(s) URLs (self-hosted instances too); anything else gives null, and no Cal.com option.
 */
export function parseCalLink(raw: string | null | undefined): TCalTarget | null {
  const value = raw?.trim();
  if (!value) return null;
  const hasScheme = /^https?:\/\//i.test(value);
  const looksLikeHost = /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(value);
  if (!hasScheme && !looksLikeHost) {
    const path = value.replace(/^\/+|\/+$/g, '');
    return /^[\w.-]+(\/[\w.-]+)*$/.test(path) ? { calLink: path } : null;
  }
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const calLink = url.pathname.replace(/^\/+|\/+$/g, '');
  if (!calLink) return null;
  if (CAL_CLOUD.has(url.hostname.toLowerCase())) return { calLink };
  return { calLink, calOrigin: url.origin, embedJsUrl: `${url.origin}/embed/embed.js` };
}
