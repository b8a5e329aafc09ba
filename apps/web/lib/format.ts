/** Up to two initials from a display name: "Ada Lovelace" → "AL", "plato" → "P". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
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
