import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header Cal.com signs its webhook deliveries with. */
export const CALCOM_SIGNATURE_HEADER = 'x-cal-signature-256';

/** hex HMAC-SHA256 of the raw body under the webhook secret, as Cal.com computes it. */
export function calcomSignature(rawBody: Buffer | string, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

/**
 * Whether `header` is Cal.com's signature of exactly these bytes. False when the secret is not
 * configured, the header is missing or malformed, or it does not match; the comparison is in
 * constant time (over the decoded bytes, so letter case does not matter).
 */
export function verifyCalcomSignature(
  rawBody: Buffer | undefined,
  header: string | string[] | undefined,
  secret: string | undefined,
): boolean {
  if (!secret || !rawBody || typeof header !== 'string') return false;
  const given = header.trim();
  if (!/^[0-9a-f]{64}$/i.test(given)) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return timingSafeEqual(Buffer.from(given, 'hex'), expected);
}
