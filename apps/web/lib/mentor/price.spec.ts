import { formatPriceInput, parsePriceInput } from './price';

const amount = (input: string, currency: string) => {
  const result = parsePriceInput(input, currency);
  return result.ok ? result.amount : result.message;
};

describe('parsePriceInput', () => {
  it('turns decimal USD entries into cents', () => {
    expect(amount('150', 'USD')).toBe(15000);
    expect(amount('150.5', 'USD')).toBe(15050);
    expect(amount('150.50', 'USD')).toBe(15050);
    expect(amount('0.07', 'USD')).toBe(7);
    expect(amount('0', 'USD')).toBe(0);
    expect(amount(' 12. ', 'USD')).toBe(1200);
    expect(amount('150,5', 'EUR')).toBe(15050);
  });

  it('is exact where floating point is not (0.29 * 100 = 28.999…)', () => {
    expect(amount('0.29', 'USD')).toBe(29);
    expect(amount('1.15', 'USD')).toBe(115);
    expect(amount('4.35', 'USD')).toBe(435);
  });

  it('uses the currency’s own minor unit: JPY has none', () => {
    expect(amount('4500', 'JPY')).toBe(4500);
    expect(parsePriceInput('4500.5', 'JPY').ok).toBe(false);
    expect(parsePriceInput('4500.', 'JPY')).toEqual({ ok: true, amount: 4500 });
  });

  it('refuses more decimals than the currency has, signs and non-numbers', () => {
    for (const input of [
      '1.234',
      '-1',
      '+1',
      'abc',
      '',
      '  ',
      '1e3',
      '1,000.00',
      '$150',
      '1.2.3',
      '.5',
      'NaN',
    ]) {
      expect(parsePriceInput(input, 'USD').ok).toBe(false);
    }
    const result = parsePriceInput('1.234', 'USD');
    expect(result.ok ? null : result.message).toMatch(/2 decimal places/);
  });

  it('refuses prices above the API’s maximum, even huge ones, without losing precision', () => {
    expect(amount('1000000', 'USD')).toBe(100_000_000);
    expect(parsePriceInput('1000000.01', 'USD').ok).toBe(false);
    expect(parsePriceInput('99999999999999999999999', 'USD').ok).toBe(false);
  });
});

describe('formatPriceInput', () => {
  it('shows minor units back as the decimal the mentor typed', () => {
    expect(formatPriceInput(15050, 'USD')).toBe('150.50');
    expect(formatPriceInput(7, 'USD')).toBe('0.07');
    expect(formatPriceInput(0, 'USD')).toBe('0.00');
    expect(formatPriceInput(4500, 'JPY')).toBe('4500');
  });

  it('round-trips with parsePriceInput', () => {
    for (const [minor, currency] of [
      [1, 'USD'],
      [99_999, 'EUR'],
      [123_456, 'JPY'],
    ] as const) {
      expect(parsePriceInput(formatPriceInput(minor, currency), currency)).toEqual({
        ok: true,
        amount: minor,
      });
    }
  });
});
