/**
 * Money is always an integer amount of the currency's minor unit (cents for USD) plus an
 * ISO 4217 code. Nothing here uses floating point arithmetic on amounts.
 */
export interface TMoney {
  amount: number;
  currency: string;
}

export const SUPPORTED_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'INR', 'JPY', 'CHF', 'SEK'] as const;
export type TCurrency = (typeof SUPPORTED_CURRENCIES)[number];

/** Number of minor-unit digits for a currency (2 for USD, 0 for JPY). */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export function assertMinorUnits(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`Money amounts are non-negative integer minor units, got ${amount}`);
  }
}

/** Formats minor units for display, e.g. (12500, 'USD') → "$125.00"; (0, …) → "Free". */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  assertMinorUnits(amount);
  if (amount === 0) return 'Free';
  const digits = minorUnitDigits(currency);
  const major = BigInt(amount) / 10n ** BigInt(digits);
  const minor = BigInt(amount) % 10n ** BigInt(digits);
  // Build the decimal string by hand so large amounts never pass through a float.
  const decimal = digits === 0 ? `${major}` : `${major}.${minor.toString().padStart(digits, '0')}`;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
  }).format(decimal as unknown as number);
}

/**
 * Basis-point share of an amount, rounded half up to the minor unit.
 * `percentOf(10_000, 1500)` → 1500 (15 % of $100.00).
 */
export function bpsOf(amount: number, bps: number): number {
  assertMinorUnits(amount);
  if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) throw new RangeError(`bps out of range: ${bps}`);
  return Math.floor((amount * bps + 5_000) / 10_000);
}

/** Splits a charge into the platform fee and the mentor's share; the two always add up. */
export function splitPlatformFee(
  amount: number,
  feeBps: number,
): { platformFee: number; mentorShare: number } {
  const platformFee = bpsOf(amount, feeBps);
  return { platformFee, mentorShare: amount - platformFee };
}
