import { calcomSignature, verifyCalcomSignature } from './calcom-signature';

describe('Cal.com webhook signature', () => {
  const secret = 'whsec-test-0123456789';
  const body = Buffer.from('{"triggerEvent":"BOOKING_CREATED","payload":{"uid":"abc"}}');
  const good = calcomSignature(body, secret);

  it('is the hex HMAC-SHA256 of the raw body (a known vector)', () => {
    // RFC 4231-style check against an independently computed value (openssl dgst -sha256 -hmac key).
    expect(calcomSignature('hello', 'key')).toBe(
      '9307b3b915efb5171ff14d8cb55fbcc798c6c0ef1456d66ded1a6aa723a58b7b',
    );
    expect(good).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts the signature of exactly these bytes, in either letter case', () => {
    expect(verifyCalcomSignature(body, good, secret)).toBe(true);
    expect(verifyCalcomSignature(body, good.toUpperCase(), secret)).toBe(true);
    expect(verifyCalcomSignature(body, ` ${good} `, secret)).toBe(true);
  });

  it('rejects another body, another secret, a truncated or non-hex header', () => {
    expect(verifyCalcomSignature(Buffer.from(`${body.toString()} `), good, secret)).toBe(false);
    expect(verifyCalcomSignature(body, calcomSignature(body, 'other-secret'), secret)).toBe(false);
    expect(verifyCalcomSignature(body, good.slice(0, 63), secret)).toBe(false);
    expect(verifyCalcomSignature(body, `${good.slice(0, 63)}z`, secret)).toBe(false);
    expect(verifyCalcomSignature(body, `sha256=${good}`, secret)).toBe(false);
  });

  it('rejects when the header, the body or the configured secret is missing', () => {
    expect(verifyCalcomSignature(body, undefined, secret)).toBe(false);
    expect(verifyCalcomSignature(body, [good, good], secret)).toBe(false);
    expect(verifyCalcomSignature(undefined, good, secret)).toBe(false);
    expect(verifyCalcomSignature(body, good, undefined)).toBe(false);
    expect(verifyCalcomSignature(body, calcomSignature(body, ''), '')).toBe(false);
  });
});
