import { isValidTimeZone } from '@ladder/domain';
import { describeTimeZone } from '@/lib/format';

export type TZoneOption = { value: string; label: string; search: string };

/** The browser's IANA zone, or null when it reports none Ladder accepts. */
export function detectTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

/**
 * ICU (Chrome, Node) still lists some zones under their old names. People look for the current
 * ones — "Kolkata", not "Calcutta" — so those are listed instead, and the old name stays searchable.
 */
export const CURRENT_ZONE_NAMES: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

const FORMER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CURRENT_ZONE_NAMES).map(([old, current]) => [current, old]),
);

/**
 * Every IANA zone this runtime knows (under their current names), plus UTC and `keep` (a stored
 * zone, which may be spelled either way and is then listed as it is).
 */
export function timeZoneNames(keep?: string | null): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set<string>(['UTC']);
  for (const zone of zones) {
    const current = CURRENT_ZONE_NAMES[zone];
    all.add(current && zone !== keep && isValidTimeZone(current) ? current : zone);
  }
  if (keep && isValidTimeZone(keep)) {
    all.add(keep);
    const current = CURRENT_ZONE_NAMES[keep];
    if (current) all.delete(current);
  }
  return [...all].sort();
}

/** A zone with its spoken name ("Central European Time (Berlin, GMT+1)") and what a search matches. */
export function zoneOption(zone: string, at: Date = new Date()): TZoneOption {
  const label = describeTimeZone(zone, at);
  const former = FORMER_NAMES[zone] ?? '';
  return { value: zone, label, search: `${zone} ${former} ${label}`.replace(/_/g, ' ').toLowerCase() };
}

/** Options whose name, city or spoken name contain every word of the query. */
export function filterZoneOptions(options: readonly TZoneOption[], query: string, limit = 80): TZoneOption[] {
  const words = query.toLowerCase().replace(/_/g, ' ').split(/\s+/).filter(Boolean);
  const out: TZoneOption[] = [];
  for (const option of options) {
    if (words.every((w) => option.search.includes(w))) out.push(option);
    if (out.length >= limit) break;
  }
  return out;
}
