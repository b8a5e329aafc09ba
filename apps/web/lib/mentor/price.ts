import { minorUnitDigits } from '@ladder/domain';

/** The largest price the API accepts, in minor units (ZMinorUnits). */
export const MAX_PRICE_MINOR_UNITS = 100_000_000;

export type TPriceParse = { ok: true; amount: number } | { ok: false; message: string };

/**
 * A price as typed ("150", "150.5", "0.07", "4500") → integer minor units of `currency`, without
 * ever going through a float: the digits are joined as a string and read as an integer. A comma
 * is accepted as the decimal separator ("150,50"); thousands separators, signs, exponents and
 * more decimals than the currency has (JPY 0, USD 2) are refused with a message for the form.
 */
export function parsePriceInput(input: string, currency: string): TPriceParse {
  const digits = minorUnitDigits(currency);
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter a price, or 0 for a free intro call' };
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text);
  if (!match) {
    return {
      ok: false,
      message: digits === 0 ? 'Enter a whole amount, like 4500' : 'Enter an amount like 150 or 150.50',
    };
  }
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} has no smaller unit: enter a whole amount`
          : `${currency} has ${digits} decimal place${digits === 1 ? '' : 's'} at most`,
    };
  }
  const joined = `${whole}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  // Compare as strings of digits first, so a huge entry is refused before it could lose precision.
  if (joined.length > String(MAX_PRICE_MINOR_UNITS).length || Number(joined) > MAX_PRICE_MINOR_UNITS) {
    return { ok: false, message: 'That price is higher than Ladder allows' };
  }
  return { ok: true, amount: Number.parseInt(joined, 10) };
}

/** Minor units back to what the price field shows: (15050, 'USD') → "150.50", (4500, 'JPY') → "4500". */
export function formatPriceInput(amount: number, currency: string): string {
  if (!Number.isSafeInteger(amount) || amount < 0) return '';
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amount);
  const text = String(amount).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
