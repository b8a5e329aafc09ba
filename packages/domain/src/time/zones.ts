/** True when `zone` is an IANA time-zone name this runtime knows (e.g. "Europe/Berlin"). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone !== 'Etc/Unknown';
  } catch {
    return false;
  }
}
