// Development runner: a database (embedded PostgreSQL unless DATABASE_URL is set), migrations,
// demo data, then the API rebuilt and restarted on every change.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const apiDir = resolve(here, '..');
const repoRoot = resolve(apiDir, '../..');
const tsc = resolve(apiDir, 'node_modules/.bin/tsc');

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { cwd: apiDir, stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

console.log('› building the API');
run(tsc, ['-p', 'tsconfig.build.json']);

let embedded;
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };
if (!env.DATABASE_URL) {
  const { startEmbeddedPostgres } = await import(resolve(apiDir, 'dist/database/embedded.js'));
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const dataDir = resolve(repoRoot, '.data');
  console.log(`› starting embedded PostgreSQL on 127.0.0.1:${port} (data in ${dataDir})`);
  embedded = await startEmbeddedPostgres({ dataDir, port, database: 'ladder', persistent: true });
  env.DATABASE_URL = embedded.url;
} else {
  console.log('› using DATABASE_URL');
}

console.log('› migrating and seeding demo data');
run(process.execPath, ['dist/database/cli.js', 'migrate'], env);
run(process.execPath, ['dist/database/cli.js', 'seed'], env);

const children = [
  spawn(tsc, ['-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
    cwd: apiDir,
    stdio: 'inherit',
    env,
  }),
  spawn(process.execPath, ['--watch-path=dist', 'dist/main.js'], {
    cwd: apiDir,
    stdio: 'inherit',
    env: { ...env, DB_MIGRATE_ON_START: 'true' },
  }),
];

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  if (embedded) {
    console.log('› stopping embedded PostgreSQL');
    await embedded.stop().catch(() => {});
  }
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => !stopping && stop(code ?? 1));
if (!existsSync(resolve(apiDir, 'dist/main.js'))) stop(1);
