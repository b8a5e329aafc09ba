const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML. Every value interpolated into a template goes through this. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export interface Action {
  label: string;
  url: string;
}

/** Ladder's brand colour (the web app's brand-600 teal), for the wordmark and the action button. */
export const BRAND_HEX = '#00796c';

/** The one HTML frame every email shares: inline styles only, since mail clients drop <style>. */
export function layout(opts: {
  preheader: string;
  heading: string;
  paragraphs: string[];
  action?: Action;
  footnote?: string;
  /** One-click unsubscribe link of a newsletter email, in the footer. */
  unsubscribeUrl?: string;
}): string {
  const body = opts.paragraphs
    .map((p) => `<p style="margin:0 0 16px;line-height:1.5">${esc(p)}</p>`)
    .join('');
  const button = opts.action
    ? `<p style="margin:24px 0"><a href="${esc(opts.action.url)}" style="background:${BRAND_HEX};color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">${esc(opts.action.label)}</a></p>
       <p style="margin:0 0 16px;font-size:13px;color:#6b7280">Or paste this link into your browser: ${esc(opts.action.url)}</p>`
    : '';
  const foot = opts.footnote
    ? `<p style="margin:24px 0 0;font-size:13px;color:#6b7280">${esc(opts.footnote)}</p>`
    : '';
  const unsubscribe = opts.unsubscribeUrl
    ? `<p style="margin:16px 0 0;font-size:13px;color:#6b7280"><a href="${esc(opts.unsubscribeUrl)}" style="color:#6b7280">Unsubscribe</a> from the Ladder newsletter in one click.</p>`
    : '';
  return `<!doctype html><html><body style="margin:0;background:#f3f4f6;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#111827">
<span style="display:none">${esc(opts.preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="100%" style="max-width:560px;background:#ffffff;border-radius:12px;padding:32px"><tr><td>
<p style="margin:0 0 24px;font-weight:700;font-size:18px;color:${BRAND_HEX}">Ladder</p>
<h1 style="margin:0 0 16px;font-size:22px">${esc(opts.heading)}</h1>
${body}${button}${foot}${unsubscribe}
</td></tr></table></td></tr></table></body></html>`;
}

/** The plain-text part: same words, links written out. */
export function textOf(opts: {
  heading: string;
  paragraphs: string[];
  action?: Action;
  footnote?: string;
  unsubscribeUrl?: string;
}): string {
  return [
    opts.heading,
    '',
    ...opts.paragraphs.flatMap((p) => [p, '']),
    ...(opts.action ? [`${opts.action.label}: ${opts.action.url}`, ''] : []),
    ...(opts.footnote ? [opts.footnote, ''] : []),
    ...(opts.unsubscribeUrl ? [`Unsubscribe in one click: ${opts.unsubscribeUrl}`, ''] : []),
    '— Ladder',
  ]
    .join('\n')
    .trim();
}
