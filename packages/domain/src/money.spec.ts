import { bpsOf, formatMoney, minorUnitDigits, splitPlatformFee } from './money';

describe('money', () => {
  it('knows minor unit digits', () => {
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('JPY')).toBe(0);
  });

  it('formats minor units without floats', () => {
    expect(formatMoney(12_500, 'USD')).toBe('$125.00');
    expect(formatMoney(5, 'USD')).toBe('$0.05');
    expect(formatMoney(4_500, 'JPY')).toBe('¥4,500');
    expect(formatMoney(0, 'EUR')).toBe('Free');
  });

  it('rejects fractional or negative amounts', () => {
    expect(() => formatMoney(10.5, 'USD')).toThrow(RangeError);
    expect(() => formatMoney(-1, 'USD')).toThrow(RangeError);
  });

  it('splits a fee so the parts add up to the whole', () => {
    expect(bpsOf(10_000, 1500)).toBe(1500);
    expect(bpsOf(333, 1500)).toBe(50); // 49.95 rounds half up
    for (const amount of [0, 1, 99, 333, 12_345, 999_999]) {
      const { platformFee, mentorShare } = splitPlatformFee(amount, 1500);
      expect(platformFee + mentorShare).toBe(amount);
      expect(Number.isInteger(platformFee)).toBe(true);
    }
  });
});
