// The built API for the discovery benchmark, run as a child process of bench/search.mjs.
//
// SQL statements are counted here, in the API process, by wrapping TypeORM's PostgreSQL query
// runner: every statement the app sends (repositories, query builders, raw `DataSource.query`)
// goes through `PostgresQueryRunner.prototype.query`. pg_stat_statements would be the other way,
// but it needs `shared_preload_libraries` (a server restart), which a benchmark should not demand.
// The parent asks for the running total over IPC before and after each phase and divides by the
// requests served in between. pg-boss has its own pool, but the bench runs the `api` role (no job
// workers), so nothing else talks to the database meanwhile.
const { resolve } = require('node:path');

const dist = resolve(__dirname, '..', 'dist');
const { PostgresQueryRunner } = require('typeorm/driver/postgres/PostgresQueryRunner');

let statements = 0;
const query = PostgresQueryRunner.prototype.query;
PostgresQueryRunner.prototype.query = function countedQuery(...args) {
  statements++;
  if (process.env.BENCH_LOG_SQL)
    process.stderr.write(`SQL ${String(args[0]).slice(0, 120).replace(/\s+/g, ' ')}\n`);
  return query.apply(this, args);
};

async function main() {
  const { createApp } = require(resolve(dist, 'bootstrap.js'));
  const { createLogger } = require(resolve(dist, 'common/logging/logger.js'));
  const { loadConfig } = require(resolve(dist, 'config/env.js'));
  const config = loadConfig();
  const logger = createLogger({ level: config.log.level, pretty: false });
  const app = await createApp(config, logger);
  await app.listen({ port: config.http.port, host: '127.0.0.1' });
  process.on('message', (message) => {
    if (message === 'statements') process.send?.({ statements, cpu: process.cpuUsage() });
  });
  process.send?.({ ready: true });
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

main().catch((err) => {
  process.stderr.write(`bench API failed: ${err?.stack ?? err}\n`);
  process.exit(1);
});
