/** The public origin of the web app, for canonical URLs and structured data. */
export function siteUrl(): string {
  return (process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * The web app's origin as the API knows it (its `WEB_URL`). Server-side calls that carry the
 * session cookie must send it as `Origin`, or the API's CSRF check rejects them. Read at run time
 * (not inlined at build) so one image works in every environment.
 */
export function webOrigin(): string {
  return new URL(process.env.WEB_URL ?? siteUrl()).origin;
}
