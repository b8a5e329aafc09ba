import { z } from 'zod';

const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce
  .number({ message: 'must be a port number' })
  .int({ message: 'must be a whole number' })
  .min(1, { message: 'must be between 1 and 65535' })
  .max(65_535, { message: 'must be between 1 and 65535' });

const DEV_JWT_SECRET = 'ladder-dev-only-secret-do-not-use-in-production';

export const ZEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    APP_ROLE: z.enum(['api', 'worker', 'all']).default('all'),
    HOST: z.string().default('0.0.0.0'),
    TRUST_PROXY: boolish.default(false),
    PORT: port.default(3001),
    DATABASE_URL: z
      .string({ message: 'is required (postgres://user@host:port/db)' })
      .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' }),
    /** A read replica for discovery search (optional; without it search reads the primary). */
    DATABASE_READ_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    DB_MIGRATE_ON_START: boolish.default(true),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_PRETTY: boolish.optional(),
    WEB_URL: z.url({ message: 'must be a URL' }).default('http://localhost:3000'),
    PUBLIC_API_URL: z.url({ message: 'must be a URL' }).default('http://localhost:3001'),
    CORS_ORIGINS: z.string().default('http://localhost:3000'),
    JWT_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).default(DEV_JWT_SECRET),
    BOOKING_HOLD_MINUTES: z.coerce.number({ message: 'must be a number' }).int().min(1).max(120).default(10),
    PAYMENTS_PROVIDER: z.enum(['offline', 'stripe']).optional(),
    PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(10_000).default(1500),
    STRIPE_SECRET_KEY: z.string().optional(),
    STRIPE_WEBHOOK_SECRET: z.string().optional(),
    /** Where the Stripe API lives; tests and local runs point it at a fake (http://127.0.0.1:12111). */
    STRIPE_API_BASE: z.url({ message: 'must be a URL' }).default('https://api.stripe.com'),
    CALCOM_WEBHOOK_SECRET: z.string().optional(),
    RATE_LIMIT_MULTIPLIER: z.coerce.number({ message: 'must be a number' }).positive().default(1),
    ADMIN_EMAIL: z.email({ message: 'must be an email address' }).optional(),
    ADMIN_PASSWORD: z.string().min(10, { message: 'must be at least 10 characters' }).optional(),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default('Ladder <hello@ladder.dev>'),
    GITHUB_CLIENT_ID: z.string().optional(),
    GITHUB_CLIENT_SECRET: z.string().optional(),
    GITHUB_OAUTH_BASE_URL: z.url({ message: 'must be a URL' }).default('https://github.com'),
    GITHUB_API_BASE_URL: z.url({ message: 'must be a URL' }).default('https://api.github.com'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set in production' });
    }
    if (env.PAYMENTS_PROVIDER === 'stripe' && !env.STRIPE_SECRET_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_SECRET_KEY'],
        message: 'is required when PAYMENTS_PROVIDER=stripe',
      });
    }
    const stripe = env.PAYMENTS_PROVIDER === 'stripe' || (!env.PAYMENTS_PROVIDER && env.STRIPE_SECRET_KEY);
    if (env.NODE_ENV === 'production' && stripe && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'is required in production with the stripe provider (payments are confirmed by webhooks)',
      });
    }
    if (env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['ADMIN_PASSWORD'],
        message: 'is required when ADMIN_EMAIL is set',
      });
    }
    if (!env.GITHUB_CLIENT_ID !== !env.GITHUB_CLIENT_SECRET) {
      const missing = env.GITHUB_CLIENT_ID ? 'GITHUB_CLIENT_SECRET' : 'GITHUB_CLIENT_ID';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'is required when the other GITHUB_CLIENT_* variable is set (set both or neither)',
      });
    }
  });

export type TEnv = z.infer<typeof ZEnvSchema>;

export interface AppConfig {
  env: TEnv['NODE_ENV'];
  role: TEnv['APP_ROLE'];
  http: {
    host: string;
    port: number;
    trustProxy: boolean;
    corsOrigins: string[];
    webUrl: string;
    publicApiUrl: string;
  };
  db: { url: string; readUrl: string | undefined; migrateOnStart: boolean; poolSize: number };
  log: { level: TEnv['LOG_LEVEL']; pretty: boolean };
  auth: { jwtSecret: string; adminEmail?: string; adminPassword?: string };
  booking: { holdMinutes: number };
  payments: {
    provider: 'offline' | 'stripe';
    platformFeeBps: number;
    stripeSecretKey?: string;
    stripeWebhookSecret?: string;
    /** The Stripe API's address, split as the SDK's `host`/`port`/`protocol` options want it. */
    stripeApi: { host: string; port: number; protocol: 'http' | 'https' };
  };
  calcom: { webhookSecret?: string };
  rateLimit: { multiplier: number };
  mail: { smtpUrl?: string; from: string };
  /** GitHub sign-in; absent unless GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET are both set. */
  github?: { clientId: string; clientSecret: string; oauthBaseUrl: string; apiBaseUrl: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once at boot; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings mean "unset": `FOO= pnpm dev` should fall back to the default.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(environment)';
        const value = source[name];
        const shown =
          value === undefined ? 'unset' : /SECRET|PASSWORD|KEY|URL/.test(name) ? 'set' : `"${value}"`;
        return `${name} ${issue.message} (${shown})`;
      }),
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    role: e.APP_ROLE,
    http: {
      host: e.HOST,
      port: e.PORT,
      trustProxy: e.TRUST_PROXY,
      corsOrigins: e.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      webUrl: e.WEB_URL,
      publicApiUrl: e.PUBLIC_API_URL,
    },
    db: {
      url: e.DATABASE_URL,
      readUrl: e.DATABASE_READ_URL,
      migrateOnStart: e.DB_MIGRATE_ON_START,
      poolSize: e.DB_POOL_SIZE,
    },
    log: { level: e.LOG_LEVEL, pretty: e.LOG_PRETTY ?? e.NODE_ENV === 'development' },
    auth: { jwtSecret: e.JWT_SECRET, adminEmail: e.ADMIN_EMAIL, adminPassword: e.ADMIN_PASSWORD },
    booking: { holdMinutes: e.BOOKING_HOLD_MINUTES },
    payments: {
      provider: e.PAYMENTS_PROVIDER ?? (e.STRIPE_SECRET_KEY ? 'stripe' : 'offline'),
      platformFeeBps: e.PLATFORM_FEE_BPS,
      stripeSecretKey: e.STRIPE_SECRET_KEY,
      stripeWebhookSecret: e.STRIPE_WEBHOOK_SECRET,
      stripeApi: stripeApi(e.STRIPE_API_BASE),
    },
    calcom: { webhookSecret: e.CALCOM_WEBHOOK_SECRET },
    rateLimit: { multiplier: e.RATE_LIMIT_MULTIPLIER },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    ...(e.GITHUB_CLIENT_ID && e.GITHUB_CLIENT_SECRET
      ? {
          github: {
            clientId: e.GITHUB_CLIENT_ID,
            clientSecret: e.GITHUB_CLIENT_SECRET,
            oauthBaseUrl: e.GITHUB_OAUTH_BASE_URL.replace(/\/+$/, ''),
            apiBaseUrl: e.GITHUB_API_BASE_URL.replace(/\/+$/, ''),
          },
        }
      : {}),
  };
}

function stripeApi(base: string): AppConfig['payments']['stripeApi'] {
  const url = new URL(base);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443, protocol };
}

/** Injection token for the typed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
