import { isDeletion, parseSetCookie, sessionCookieHeader } from './cookies';

describe('parseSetCookie', () => {
  it('reads name, value and attributes of a cookie as the API sets it', () => {
    const cookie = parseSetCookie(
      'ladder_access=eyJhbGciOi.eyJzdWIi.sig; Max-Age=900; Path=/; HttpOnly; SameSite=Lax; Secure',
    );
    expect(cookie).toEqual({
      name: 'ladder_access',
      value: 'eyJhbGciOi.eyJzdWIi.sig',
      attributes: { 'max-age': '900', path: '/', httponly: '', samesite: 'Lax', secure: '' },
    });
  });

  it('keeps "=" inside the value and an Expires date with its comma', () => {
    const cookie = parseSetCookie('ladder_refresh=abc==; Expires=Wed, 08 Apr 2026 14:00:00 GMT; Path=/');
    expect(cookie?.value).toBe('abc==');
    expect(cookie?.attributes.expires).toBe('Wed, 08 Apr 2026 14:00:00 GMT');
  });

  it('returns null when there is no name=value pair', () => {
    expect(parseSetCookie('')).toBeNull();
    expect(parseSetCookie('=value; Path=/')).toBeNull();
    expect(parseSetCookie('garbage')).toBeNull();
  });
});

describe('isDeletion', () => {
  const now = new Date('2026-03-09T14:00:00Z');
  const parse = (header: string) => parseSetCookie(header)!;

  it('recognises the ways a cookie is cleared', () => {
    expect(isDeletion(parse('ladder_access=; Path=/'), now)).toBe(true);
    expect(isDeletion(parse('ladder_access=x; Max-Age=0; Path=/'), now)).toBe(true);
    expect(isDeletion(parse('ladder_access=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT'), now)).toBe(true);
  });

  it('treats a cookie with a future lifetime as set', () => {
    expect(isDeletion(parse('ladder_access=x; Max-Age=900'), now)).toBe(false);
    expect(isDeletion(parse('ladder_refresh=x; Expires=Wed, 08 Apr 2026 14:00:00 GMT'), now)).toBe(false);
  });
});

describe('sessionCookieHeader', () => {
  it('forwards only the Ladder session cookies', () => {
    expect(
      sessionCookieHeader([
        { name: '_ga', value: 'GA1.1' },
        { name: 'ladder_access', value: 'jwt' },
        { name: 'theme', value: 'dark' },
        { name: 'ladder_refresh', value: 'opaque' },
      ]),
    ).toBe('ladder_access=jwt; ladder_refresh=opaque');
  });

  it('is empty without a session', () => {
    expect(sessionCookieHeader([{ name: 'theme', value: 'dark' }])).toBe('');
    expect(sessionCookieHeader([{ name: 'ladder_access', value: '' }])).toBe('');
  });
});
