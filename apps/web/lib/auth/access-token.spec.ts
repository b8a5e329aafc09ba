import { accessTokenExpiresAt, accessTokenExpiresWithin } from './access-token';

function jwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.signature`;
}

describe('accessTokenExpiresAt', () => {
  it('reads the exp claim (seconds) as epoch milliseconds', () => {
    expect(accessTokenExpiresAt(jwt({ sub: 'u1', exp: 1_773_064_800 }))).toBe(1_773_064_800_000);
  });

  it('decodes base64url payloads that need padding and use - and _', () => {
    // A name with characters whose base64 contains + and / (→ - and _ in base64url).
    const token = jwt({ name: 'Zoë ~~~ ???', exp: 2_000_000_000 });
    expect(token.split('.')[1]).toMatch(/[-_]/);
    expect(accessTokenExpiresAt(token)).toBe(2_000_000_000_000);
  });

  it('is null for anything that is not a JWT with a numeric exp', () => {
    expect(accessTokenExpiresAt('opaque-token')).toBeNull();
    expect(accessTokenExpiresAt('a.b')).toBeNull();
    expect(accessTokenExpiresAt('a.!!!.c')).toBeNull();
    expect(accessTokenExpiresAt(jwt({ sub: 'u1' }))).toBeNull();
    expect(accessTokenExpiresAt(jwt({ exp: '1773064800' }))).toBeNull();
  });
});

describe('accessTokenExpiresWithin', () => {
  const now = 1_773_064_800_000;
  const expiringIn = (seconds: number) => jwt({ exp: now / 1000 + seconds });

  it('is true inside the margin and after expiry', () => {
    expect(accessTokenExpiresWithin(expiringIn(30), 60, now)).toBe(true);
    expect(accessTokenExpiresWithin(expiringIn(60), 60, now)).toBe(true);
    expect(accessTokenExpiresWithin(expiringIn(-5), 60, now)).toBe(true);
  });

  it('is false for a token with time left, and for one whose expiry cannot be read', () => {
    expect(accessTokenExpiresWithin(expiringIn(61), 60, now)).toBe(false);
    expect(accessTokenExpiresWithin(expiringIn(900), 60, now)).toBe(false);
    expect(accessTokenExpiresWithin('not-a-jwt', 60, now)).toBe(false);
  });
});
