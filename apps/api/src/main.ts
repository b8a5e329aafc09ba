import 'reflect-metadata';
import { createApp } from './bootstrap';
import { createLogger } from './common/logging/logger';
import { ConfigError, loadConfig } from './config/env';
import { runMigrations } from './database/migrate';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger({ level: config.log.level, pretty: config.log.pretty });

  if (config.db.migrateOnStart) {
    const applied = await runMigrations(config.db.url);
    logger.info({ applied }, applied.length ? 'Applied migrations' : 'Database schema is up to date');
  }

  const app = await createApp(config, logger);
  await app.listen({ port: config.http.port, host: config.http.host });
  logger.info({ port: config.http.port, docs: `${config.http.publicApiUrl}/docs` }, 'Ladder API listening');
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Ladder API failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
