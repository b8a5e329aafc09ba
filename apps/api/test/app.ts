import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { createLogger } from '../src/common/logging/logger';
import { type AppConfig, loadConfig } from '../src/config/env';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  db: DataSource;
  /** Every log line the app wrote, as parsed JSON. */
  logs: Record<string, unknown>[];
  /** The raw log output, for asserting that secrets never appear. */
  rawLogs(): string;
  /** Every route the router registered at init (method and Fastify path, e.g. `/api/v1/bookings/:id`). */
  routes: { method: string; url: string }[];
  close(): Promise<void>;
}

/** Boots the real app (same bootstrap as main.ts) against the test database. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  // Tests run many sign-ins from one address: limits are raised unless a test sets its own.
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DB_POOL_SIZE: '4',
    TRUST_PROXY: 'true',
    RATE_LIMIT_MULTIPLIER: '50',
    ...env,
  });
  const chunks: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      const text = chunk.toString('utf8');
      chunks.push(text);
      for (const line of text.split('\n').filter(Boolean))
        logs.push(JSON.parse(line) as Record<string, unknown>);
      cb();
    },
  });
  const logger = createLogger({ level: 'info', pretty: false, destination });
  const app = await createApp(config, logger);
  const routes: TestApp['routes'] = [];
  // Nest registers its controllers' routes at init: record them as Fastify sees them.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url });
    });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    config,
    db: app.get(DataSource),
    logs,
    rawLogs: () => chunks.join(''),
    routes,
    close: async () => {
      await app.close();
      // pg-boss's stop() returns while its bookkeeping of stopped workers still polls once a second
      // (pg-boss 10, manager.offWork); a poll after Jest tore this test file down crashes on a lazy
      // require, and the next file in that Jest worker is reported as failed. Let it finish.
      await new Promise((resolve) => setTimeout(resolve, 1_200));
    },
  };
}
