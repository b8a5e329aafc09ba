import { dateInZone, type TDateKey } from './calendar-date';

/**
 * Times for people: always in a named zone, always in English (as the rest of the site). Server
 * and browser format the same instant in the same zone identically, so server-rendered pages can
 * show times without a hydration mismatch as long as the zone is known on the server.
 */

const LOCALE = 'en-US';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}

function toDate(instant: Date | string): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** Browsers put a narrow no-break space before AM/PM; plain text (tests, aria labels) reads the same. */
function plain(text: string): string {
  return text.replace(/[\u202f\u2009\u00a0]/g, ' ');
}

/** "2:00 PM" in the zone. */
export function formatTime(instant: Date | string, zone: string): string {
  return plain(formatter(zone, { hour: 'numeric', minute: '2-digit' }).format(toDate(instant)));
}

/** A wall-clock time "HH:mm" as the site shows times: "08:30" → "8:30 AM", "00:00" → "12:00 AM". */
export function formatTimeOfDay(hhmm: string): string {
  return formatTime(`1970-01-01T${hhmm}:00Z`, 'UTC');
}

/** "Tuesday, March 10, 2026" — the date the instant falls on in the zone. */
export function formatLongDate(instant: Date | string, zone: string): string {
  return formatter(zone, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    toDate(instant),
  );
}

/** "Tue, Mar 10" — the date the instant falls on in the zone. */
export function formatShortDate(instant: Date | string, zone: string): string {
  return formatter(zone, { weekday: 'short', month: 'short', day: 'numeric' }).format(toDate(instant));
}

/** A calendar date on its own (no zone needed): `{ weekday: 'Tue', day: 'Mar 10', long: 'Tuesday, March 10' }`. */
export function formatDateKey(key: TDateKey): { weekday: string; day: string; long: string } {
  const at = new Date(`${key}T12:00:00Z`);
  return {
    weekday: formatter('UTC', { weekday: 'short' }).format(at),
    day: formatter('UTC', { month: 'short', day: 'numeric' }).format(at),
    long: formatter('UTC', { weekday: 'long', month: 'long', day: 'numeric' }).format(at),
  };
}

/** "Mar 9 – 15, 2026" / "Mar 30 – Apr 5, 2026" for the seven days from `weekStart`. */
export function formatWeekLabel(weekStart: TDateKey, weekEnd: TDateKey): string {
  return formatDateKeyRange(weekStart, weekEnd);
}

/**
 * Two calendar dates as one range, with the year once, or on both ends when they differ:
 * "Mar 9 – 15, 2026", "Nov 28, 2026 – Feb 25, 2027"; `long`: "Saturday, November 28, 2026 –
 * Thursday, February 25, 2027". A 90-day plan often crosses New Year, so the year is never left out.
 */
export function formatDateKeyRange(
  start: TDateKey,
  end: TDateKey,
  style: 'short' | 'long' = 'short',
): string {
  const f = formatter(
    'UTC',
    style === 'long'
      ? { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }
      : { month: 'short', day: 'numeric', year: 'numeric' },
  );
  return plain(f.formatRange(new Date(`${start}T12:00:00Z`), new Date(`${end}T12:00:00Z`)));
}

/** The zone's UTC offset at an instant as people write it: "GMT+5:30", "GMT-4", "GMT" for UTC. */
export function zoneOffsetLabel(zone: string, at: Date | string = new Date()): string {
  try {
    const part = formatter(zone, { timeZoneName: 'shortOffset' })
      .formatToParts(toDate(at))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!part) return zone;
    return part === 'GMT+0' || part === 'GMT-0' ? 'GMT' : part;
  } catch {
    return zone;
  }
}

/** "Asia/Kolkata (GMT+5:30)" — the IANA name, readable, with its offset at that moment. */
export function zoneLabel(zone: string, at: Date | string = new Date()): string {
  return `${zoneName(zone)} (${zoneOffsetLabel(zone, at)})`;
}

/** "America/Argentina/Buenos_Aires" → "America/Argentina/Buenos Aires". */
export function zoneName(zone: string): string {
  return zone.replace(/_/g, ' ');
}

export type TZonedWhen = {
  /** "Tuesday, March 10, 2026" */
  date: string;
  /** "2:00 PM – 2:45 PM", with "(next day)" when the end falls on the following date. */
  time: string;
  /** "Europe/Berlin" (readable) */
  zone: string;
  /** "GMT+1" at the start */
  offset: string;
  /** Everything in one line, for labels and emails: "Tuesday, March 10, 2026, 2:00 PM – 2:45 PM (Europe/Berlin, GMT+1)". */
  text: string;
};

/** A session's start and end as seen in one zone. */
export function formatWhen(start: Date | string, end: Date | string, zone: string): TZonedWhen {
  const startDay = dateInZone(start, zone);
  const endDay = dateInZone(end, zone);
  const nextDay = endDay !== startDay && !(formatTime(end, zone) === '12:00 AM' && endDay > startDay);
  const time = `${formatTime(start, zone)} – ${formatTime(end, zone)}${nextDay ? ' (next day)' : ''}`;
  const date = formatLongDate(start, zone);
  const offset = zoneOffsetLabel(zone, start);
  const name = zoneName(zone);
  return { date, time, zone: name, offset, text: `${date}, ${time} (${name}, ${offset})` };
}

/** A single instant in a zone: "Tuesday, March 10, 2026, 2:00 PM (Europe/Berlin, GMT+1)". */
export function formatInstant(instant: Date | string, zone: string): string {
  return `${formatLongDate(instant, zone)}, ${formatTime(instant, zone)} (${zoneName(zone)}, ${zoneOffsetLabel(zone, instant)})`;
}

/** "9:41", "0:07", "1:02:03" for a remaining duration in ms (never negative). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The same duration for screen readers: "9 minutes 41 seconds", "1 minute", "under a second". */
export function describeCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  if (total === 0) return 'no time';
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (m > 0) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (s > 0) parts.push(`${s} second${s === 1 ? '' : 's'}`);
  return parts.join(' ');
}
