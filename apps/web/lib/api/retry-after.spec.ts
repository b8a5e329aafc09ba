import { parseRetryAfter } from './retry-after';

describe('parseRetryAfter', () => {
  const now = new Date('2026-03-09T14:00:00.000Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('42', now)).toBe(42);
    expect(parseRetryAfter(' 900 ', now)).toBe(900);
  });

  it('never answers less than one second, so no message says "0 seconds"', () => {
    expect(parseRetryAfter('0', now)).toBe(1);
  });

  it('reads an HTTP-date relative to now, rounding up', () => {
    expect(parseRetryAfter('Mon, 09 Mar 2026 14:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter(new Date(now.getTime() + 1_500).toUTCString(), now)).toBe(1);
    expect(parseRetryAfter('Mon, 09 Mar 2026 13:00:00 GMT', now)).toBe(1);
  });

  it('is undefined when missing or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
  });
});
