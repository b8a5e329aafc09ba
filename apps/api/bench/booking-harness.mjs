// Shared set-up for the booking benchmarks: a scratch database on DATABASE_URL's server, the built
// API as a child process, and helpers to make mentors, mentees and tokens quickly with SQL.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { Pool } = require('undici');
const apiDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { runMigrations } = require(resolve(apiDir, 'dist/database/migrate.js'));

export const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-123';

function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** An HS256 access token the API accepts (same secret, 1 h). */
export function tokenFor(userId) {
  const head = b64url({ alg: 'HS256', typ: 'JWT' });
  const now = Math.floor(Date.now() / 1000);
  const body = b64url({ sub: userId, roles: ['mentee'], iat: now, exp: now + 3600 });
  const sig = createHmac('sha256', JWT_SECRET).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

export async function scratchDatabase(name) {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Starts the built API (api role only: no job workers competing for the two cores). */
export async function startApi(databaseUrl, port) {
  const nodeArgs = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...nodeArgs, resolve(apiDir, 'dist/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'production',
      JWT_SECRET,
      APP_ROLE: 'api',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MULTIPLIER: '100000',
      // Behind our proxy, as in production: each simulated user has an address of their own, so the
      // per-address limits see realistic traffic (one address sending everything would only
      // measure the rate limiter).
      TRUST_PROXY: 'true',
      DB_POOL_SIZE: process.env.BENCH_DB_POOL ?? '20',
      DB_MIGRATE_ON_START: 'false',
      BOOKING_HOLD_MINUTES: '10',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok)
        return {
          base,
          pid: child.pid,
          stop: () =>
            new Promise((r) => {
              child.once('exit', r);
              child.kill('SIGTERM');
            }),
        };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error('API did not become healthy');
}

/**
 * A keep-alive HTTP client for the load: undici's pool costs a fraction of the CPU of `fetch`
 * (measured: ~2 ms per request with fetch at 300 requests/s), and on a 2-core machine every
 * millisecond the load generator burns is taken from the API and PostgreSQL.
 * Answers look like fetch's as far as the benchmarks care: `status`, `arrayBuffer()`, `json()`.
 */
export function httpClient(base, connections = 128) {
  const pool = new Pool(base, { connections, pipelining: 1 });
  const wrap = (r) => ({
    status: r.statusCode,
    arrayBuffer: () => r.body.arrayBuffer(),
    json: () => r.body.json(),
  });
  return {
    get: (path, headers = {}) => pool.request({ method: 'GET', path, headers }).then(wrap),
    /** `ip`: the caller's address as our proxy would forward it (many users, many addresses). */
    post: (path, token, body, ip) =>
      pool
        .request({
          method: 'POST',
          path,
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            ...(ip ? { 'x-forwarded-for': ip } : {}),
          },
          body: JSON.stringify(body),
        })
        .then(wrap),
    close: () => pool.close(),
  };
}

/** A distinct private address per simulated user. */
export const addressOf = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/** N mentees, returned as {id, token, ip}. */
export async function makeMentees(db, n) {
  const rows = await db.query(
    `INSERT INTO users (email, name) SELECT 'bench-mentee-' || g || '-' || $2 || '@bench.dev', 'Mentee ' || g FROM generate_series(1, $1) g RETURNING id`,
    [n, randomBytes(3).toString('hex')],
  );
  return rows.rows.map((r, i) => ({ id: r.id, token: tokenFor(r.id), ip: addressOf(i) }));
}

/** N approved mentors with one offering each and all-day availability in UTC. */
export async function makeMentors(
  db,
  n,
  { priceAmount = 0, durationMinutes = 60, timezone = 'UTC', weekly } = {},
) {
  const suffix = randomBytes(3).toString('hex');
  const users = await db.query(
    `INSERT INTO users (email, name, roles) SELECT 'bench-mentor-' || g || '-' || $2 || '@bench.dev', 'Mentor ' || g, '{mentee,mentor}' FROM generate_series(1, $1) g RETURNING id`,
    [n, suffix],
  );
  const mentors = [];
  const days = weekly ?? [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
  for (const [i, u] of users.rows.entries()) {
    const p = await db.query(
      `INSERT INTO mentor_profiles (user_id, slug, headline, bio, expertise, languages, timezone, status, approved_at)
       VALUES ($1, $2, 'Bench mentor headline', 'Bench mentor biography text.', '{backend}', '{English}', $3, 'approved', now()) RETURNING id, slug`,
      [u.id, `bench-${suffix}-${i}`, timezone],
    );
    const o = await db.query(
      `INSERT INTO offerings (mentor_id, title, duration_minutes, price_amount, currency, minimum_notice_minutes)
       VALUES ($1, 'Bench session', $2, $3, 'USD', 0) RETURNING id`,
      [p.rows[0].id, durationMinutes, priceAmount],
    );
    await db.query(
      `INSERT INTO mentor_availability (mentor_id, timezone, weekly, overrides, horizon_days) VALUES ($1, $2, $3, '[]', 60)`,
      [p.rows[0].id, timezone, JSON.stringify(days)],
    );
    mentors.push({ id: p.rows[0].id, slug: p.rows[0].slug, offeringId: o.rows[0].id, userId: u.id });
  }
  return mentors;
}

export function percentile(sorted, p) {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The next whole UTC hour at least `hoursAhead` from now, plus `i` hours. */
export function hourSlot(hoursAhead, i) {
  const d = new Date(Date.now() + hoursAhead * 3_600_000);
  d.setUTCMinutes(0, 0, 0);
  return new Date(d.getTime() + i * 3_600_000).toISOString();
}

/**
 * Open-loop load: starts one request every 1000/rps ms for `seconds`, whatever the answers'
 * speed (so slow answers cannot hide queueing), and returns sorted latencies and status counts.
 */
export async function fixedRate(rps, seconds, makeRequest) {
  const latencies = [];
  const statuses = {};
  const inflight = [];
  const started = performance.now();
  const total = rps * seconds;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rps;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const t0 = performance.now();
    inflight.push(
      makeRequest(i)
        .then(async (res) => {
          await res.arrayBuffer();
          latencies.push(performance.now() - t0);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        })
        .catch(() => {
          statuses.error = (statuses.error ?? 0) + 1;
        }),
    );
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const r = (x) => Math.round(x * 10) / 10;
  return {
    requests: total,
    achievedRps: r(total / elapsed),
    p50: r(percentile(latencies, 50)),
    p95: r(percentile(latencies, 95)),
    p99: r(percentile(latencies, 99)),
    max: r(latencies.at(-1) ?? Number.NaN),
    statuses,
  };
}

/** CPU time (ms) a process has used so far (Linux /proc/<pid>/stat: utime + stime, USER_HZ = 100). */
function cpuMsOfPid(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0; // the process is gone
  }
}

/**
 * Measures where the CPU goes during a run: the API process, the PostgreSQL backends connected to
 * the scratch database (sampled before and after, so backends opened during the run count from 0),
 * and this load-generating process. `stop(n)` returns milliseconds of CPU per request for n requests.
 */
export async function cpuSplit(db, apiPid) {
  const backends = async () =>
    (
      await db.query(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      )
    ).rows.map((r) => r.pid);
  const before = new Map((await backends()).map((pid) => [pid, cpuMsOfPid(pid)]));
  const apiBefore = cpuMsOfPid(apiPid);
  const loadBefore = process.cpuUsage();
  return {
    async stop(n) {
      const load = process.cpuUsage(loadBefore);
      const api = cpuMsOfPid(apiPid) - apiBefore;
      let pg = 0;
      for (const pid of new Set([...before.keys(), ...(await backends())])) {
        pg += cpuMsOfPid(pid) - (before.get(pid) ?? 0);
      }
      const r = (x) => Math.round((x / n) * 100) / 100;
      return { api: r(api), postgres: r(pg), loadGenerator: r((load.user + load.system) / 1000) };
    },
  };
}
