import { isValidTimeZone } from '@ladder/domain';
import { zoneOffsetLabel } from './format';

/**
 * ICU (Node, Chromium) still reports CLDR's canonical ids, which are the OLD names of some zones:
 * "Asia/Calcutta" for Asia/Kolkata, "Europe/Kiev" for Europe/Kyiv. People (and the API's data) use
 * the current IANA names; both spellings work in Intl, so the list and the detection use these.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** "Asia/Calcutta" → "Asia/Kolkata"; current names are returned as they are. */
export function currentZoneName(zone: string): string {
  const name = CURRENT_NAMES[zone];
  return name && Object.hasOwn(CURRENT_NAMES, zone) && isValidTimeZone(name) ? name : zone;
}

/** The browser's (or server's) own IANA zone, by its current name; "UTC" when the runtime cannot say. */
export function detectTimeZone(): string {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? currentZoneName(zone) : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the runtime knows (current names), plus "UTC", which `supportedValuesOf` leaves out; sorted. */
export function listTimeZones(): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return [...new Set([...zones.map(currentZoneName), 'UTC'])].sort();
}

export type TZoneOption = { zone: string; label: string; offset: string; search: string };

/** Options for a zone picker: "Asia/Kolkata" with "GMT+5:30" now, and a lower-cased search text. */
export function zoneOptions(zones: readonly string[], at: Date = new Date()): TZoneOption[] {
  return zones.map((zone) => {
    const offset = zoneOffsetLabel(zone, at);
    const label = zone.replace(/_/g, ' ');
    return { zone, label, offset, search: `${label} ${zone} ${offset}`.toLowerCase() };
  });
}

/**
 * Zones matching what someone typed: every word must appear ("new york", "kolkata", "gmt+5:30",
 * "europe ber"). An empty query matches everything. Zones whose city starts with the first word
 * come first, so "lon" offers London before Barcelona-like substrings.
 */
export function searchZones(options: readonly TZoneOption[], query: string): TZoneOption[] {
  const words = query.toLowerCase().replace(/_/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  const hits = options.filter((o) => words.every((w) => o.search.includes(w)));
  const first = words[0]!;
  const city = (o: TZoneOption) => (o.label.split('/').pop() ?? o.label).toLowerCase();
  return hits.sort((a, b) => Number(city(b).startsWith(first)) - Number(city(a).startsWith(first)));
}
