/**
 * Seconds to wait from a `Retry-After` header (RFC 9110 §10.2.3): either delay-seconds ("120") or
 * an HTTP-date, measured from `now`. Always a whole number ≥ 1 so a message never says "try again
 * in 0 seconds"; undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: Date = new Date(),
): number | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) return Math.max(1, Number.parseInt(raw, 10));
  // Only the date form is left; a bare number with a sign or decimals is not valid delay-seconds.
  if (/^[+-]?\d*\.?\d+$/.test(raw)) return undefined;
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return undefined;
  return Math.max(1, Math.ceil((at - now.getTime()) / 1000));
}
