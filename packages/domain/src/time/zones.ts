/**
 * The IANA names without an area: zones and `backward` links of the tz database. The runtime's
 * ICU also accepts ids that are not IANA names (Java-era abbreviations such as "PST" or "IST",
 * "SystemV/…"): those are refused, since CONTRACT.md says zones are IANA names.
 */
const IANA_NAMES_WITHOUT_AREA = new Set([
  'UTC',
  'UCT',
  'GMT',
  'GMT0',
  'GMT+0',
  'GMT-0',
  'Greenwich',
  'Universal',
  'Zulu',
  'EST',
  'MST',
  'HST',
  'EST5EDT',
  'CST6CDT',
  'MST7MDT',
  'PST8PDT',
  'CET',
  'EET',
  'MET',
  'WET',
  'Cuba',
  'Egypt',
  'Eire',
  'GB',
  'GB-Eire',
  'Hongkong',
  'Iceland',
  'Iran',
  'Israel',
  'Jamaica',
  'Japan',
  'Kwajalein',
  'Libya',
  'NZ',
  'NZ-CHAT',
  'Navajo',
  'PRC',
  'Poland',
  'Portugal',
  'ROC',
  'ROK',
  'Singapore',
  'Turkey',
  'W-SU',
]);

/** True when `zone` is an IANA time-zone name this runtime knows (e.g. "Europe/Berlin"). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  if (zone.includes('/') ? zone.startsWith('SystemV/') : !IANA_NAMES_WITHOUT_AREA.has(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone !== 'Etc/Unknown';
  } catch {
    return false;
  }
}
