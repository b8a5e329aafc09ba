#!/usr/bin/env node
// Browser journeys end to end: a fresh database (DATABASE_URL's server, or embedded PostgreSQL),
// the built API and web app on their own ports, demo data, then the Jest journeys in apps/web/e2e
// driving Debian Chromium. Everything it starts, it stops.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const apiDir = join(root, 'apps/api');
const webDir = join(root, 'apps/web');
const API_PORT = Number(process.env.E2E_API_PORT ?? 3801);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3800);
const API_URL = `http://127.0.0.1:${API_PORT}`;
const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
const children = [];
const cleanups = [];

function log(message) {
  process.stdout.write(`e2e › ${message}\n`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

/** Debian's Chromium: use it if present, install it when we may (root with apt-get, as in CI). */
function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('installing Debian chromium');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path)) return path;
  }
  throw new Error(`Chromium not found at ${path}; install Debian's chromium or set CHROMIUM_PATH`);
}

async function database() {
  const require = createRequire(join(apiDir, 'package.json'));
  const name = `ladder_e2e_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const { Client } = require('pg');
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    });
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return url.toString();
  }
  const { startEmbeddedPostgres } = require(join(apiDir, 'dist/database/embedded.js'));
  const db = await startEmbeddedPostgres({
    dataDir: join(tmpdir(), name),
    port: 56_000 + Math.floor(Math.random() * 2000),
    database: name,
    persistent: false,
  });
  cleanups.push(() => db.stop());
  return db.url;
}

function start(name, cmd, args, opts) {
  // Own process group, so stopping it also stops what it started (pnpm → next).
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...opts });
  const tail = [];
  const keep = (chunk) => {
    tail.push(chunk.toString());
    if (tail.length > 200) tail.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  children.push({ name, child, tail });
  return child;
}

async function waitFor(url, what) {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

async function main() {
  const chromiumPath = ensureChromium();
  log('building packages');
  run('pnpm', ['--filter', '@ladder/domain', '--filter', '@ladder/api', 'build'], { cwd: root });
  const dbUrl = await database();
  const apiEnv = {
    ...process.env,
    DATABASE_URL: dbUrl,
    PORT: String(API_PORT),
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
    WEB_URL,
    PUBLIC_API_URL: API_URL,
    CORS_ORIGINS: WEB_URL,
    RATE_LIMIT_MULTIPLIER: '20',
  };
  log('migrating and seeding');
  run(process.execPath, ['dist/database/cli.js', 'migrate'], { cwd: apiDir, env: apiEnv });
  run(process.execPath, ['dist/database/cli.js', 'seed'], { cwd: apiDir, env: apiEnv });
  log(`starting the API on ${API_URL}`);
  start('api', process.execPath, ['dist/main.js'], { cwd: apiDir, env: apiEnv });
  log('building the web app');
  const webEnv = {
    ...process.env,
    API_URL,
    WEB_URL,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: '.next-e2e',
  };
  run('pnpm', ['exec', 'next', 'build'], { cwd: webDir, env: webEnv });
  log(`starting the web app on ${WEB_URL}`);
  start('web', 'pnpm', ['exec', 'next', 'start', '--port', String(WEB_PORT), '--hostname', '127.0.0.1'], {
    cwd: webDir,
    env: webEnv,
  });
  await waitFor(`${API_URL}/health`, 'API');
  await waitFor(WEB_URL, 'web app');
  log('running browser journeys');
  run('pnpm', ['exec', 'jest', '-c', 'jest.e2e.config.js'], {
    cwd: webDir,
    env: { ...process.env, E2E_WEB_URL: WEB_URL, E2E_API_URL: API_URL, CHROMIUM_PATH: chromiumPath },
  });
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  process.stderr.write(`e2e failed: ${err instanceof Error ? err.message : String(err)}\n`);
  for (const { name, tail } of children)
    process.stderr.write(`--- last output of ${name} ---\n${tail.join('').slice(-4000)}\n`);
} finally {
  for (const { child } of children) {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
  }
  await new Promise((r) => setTimeout(r, 1000));
  for (const { child } of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}
process.exit(failed ? 1 : 0);
