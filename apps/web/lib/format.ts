/** Up to two initials from a display name: "Ada Lovelace" → "AL", "plato" → "P". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

/** The first word of a display name, for friendly copy: "Ada Lovelace" → "Ada". */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

function zoneNamePart(zone: string, style: 'longGeneric' | 'shortOffset', at: Date): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

/** "Europe/Berlin" → "Berlin"; "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replace(/_/g, ' ');
}

/**
 * A time zone as people say it: "Central European Time (Berlin, GMT+1)". Falls back to the raw
 * IANA name when the runtime does not know the zone.
 */
export function describeTimeZone(zone: string, at: Date = new Date()): string {
  const generic = zoneNamePart(zone, 'longGeneric', at);
  const offset = zoneNamePart(zone, 'shortOffset', at);
  if (!generic || !offset) return zone;
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'Coordinated Universal Time (UTC)';
  const city = zoneCity(zone);
  // Some zones have no generic name and Intl answers with the offset itself ("GMT+5:30").
  if (generic === offset || generic.startsWith('GMT')) return `${city} (${offset})`;
  return `${generic} (${city}, ${offset})`;
}

/** "45 min", "1 h", "1 h 30 min". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** A rating for display, or null when there are no reviews yet. */
export function formatRating(rating: { average: number | null; count: number }): {
  value: string;
  label: string;
} | null {
  if (rating.average === null || rating.count === 0) return null;
  const value = rating.average.toFixed(1);
  const reviews = `${rating.count} review${rating.count === 1 ? '' : 's'}`;
  return { value, label: `Rated ${value} out of 5 from ${reviews}` };
}

/** "Mar 9, 2026" — dates are shown in UTC so server and client always agree. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Plain-text truncation on a word boundary, for meta descriptions. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "just now", "42 seconds ago", "5 minutes ago", "yesterday" — relative to `now` (epoch ms). */
export function formatTimeAgo(iso: string, now: number): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const seconds = Math.round((now - at) / 1000);
  if (Math.abs(seconds) < 10) return 'just now';
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size) return format.format(-Math.trunc(seconds / size), unit);
  }
  return format.format(-seconds, 'second');
}

/** "512 B", "1.5 KB", "2.3 MB" (1 KB = 1024 B, as file managers count). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

/** A run of plain text or a link; `start` is its offset in the original text (a stable key). */
export type TTextSegment =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'link'; start: number; href: string; text: string };

/**
 * Splits plain text into text and http(s) links, so a link in an email's text part can be
 * clicked. Punctuation that usually ends a sentence is left out of the link ("…/verify?t=abc.").
 */
export function linkify(text: string): TTextSegment[] {
  const out: TTextSegment[] = [];
  const pattern = /https?:\/\/[^\s<>"']+/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const href = match[0].replace(/[.,;:!?)\]]+$/, '');
    if (start > last) out.push({ kind: 'text', start: last, text: text.slice(last, start) });
    out.push({ kind: 'link', start, href, text: href });
    last = start + href.length;
  }
  if (last < text.length) out.push({ kind: 'text', start: last, text: text.slice(last) });
  return out;
}
