import { ConfigError, loadConfig } from './env';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/ladder' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig(base);
    expect(config.http.port).toBe(3001);
    expect(config.db.migrateOnStart).toBe(true);
    expect(config.booking.holdMinutes).toBe(10);
    expect(config.payments.provider).toBe('offline');
    expect(config.rateLimit.multiplier).toBe(1);
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(/PORT must be a port number \("abc"\)/);
  });

  it('names a missing DATABASE_URL and every other problem at once', () => {
    try {
      loadConfig({ PORT: '99999', BOOKING_HOLD_MINUTES: 'x' });
      throw new Error('expected ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const names = (err as ConfigError).problems.map((p) => p.split(' ')[0]);
      expect(names).toEqual(expect.arrayContaining(['DATABASE_URL', 'PORT', 'BOOKING_HOLD_MINUTES']));
    }
  });

  it('refuses the development JWT secret in production and hides secret values', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET must be set in production/,
    );
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL must be a postgres:\/\/ URL \(set\)/,
    );
  });

  it('picks stripe when a key is present', () => {
    expect(loadConfig({ ...base, STRIPE_SECRET_KEY: 'sk_test_123' }).payments.provider).toBe('stripe');
  });

  it('splits STRIPE_API_BASE into the SDK host, port and protocol (api.stripe.com by default)', () => {
    expect(loadConfig(base).payments.stripeApi).toEqual({
      host: 'api.stripe.com',
      port: 443,
      protocol: 'https',
    });
    expect(loadConfig({ ...base, STRIPE_API_BASE: 'http://127.0.0.1:12111' }).payments.stripeApi).toEqual({
      host: '127.0.0.1',
      port: 12111,
      protocol: 'http',
    });
  });

  it('requires the webhook secret in production with the stripe provider', () => {
    const prod = {
      ...base,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      STRIPE_SECRET_KEY: 'sk_live_1',
    };
    expect(() => loadConfig(prod)).toThrow(/STRIPE_WEBHOOK_SECRET is required in production/);
    expect(loadConfig({ ...prod, STRIPE_WEBHOOK_SECRET: 'whsec_1' }).payments.provider).toBe('stripe');
  });
});
