// Discovery search benchmark (not a test): `pnpm --filter @ladder/api bench:search`.
//
// 1. creates a scratch database on DATABASE_URL's server and applies the migrations (built dist);
// 2. seeds BENCH_MENTORS (default 100 000) approved mentors, deterministically, set-based;
// 3. starts the built API as a child process on a free 127.0.0.1 port (api role, rate limits off);
// 4. drives each query type of a fixed mix with autocannon (16 connections, BENCH_SECONDS each,
//    default 10) and prints p50/p95/p99 latency, requests per second and SQL statements per request;
// 5. prints EXPLAIN (ANALYZE, BUFFERS) of one query of each type;
// 6. drops the database.
// Build first: `pnpm --filter @ladder/api build`. BENCH_REPORT=file also writes the results as Markdown.
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedMentors } from './search-seed.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, '..', 'dist');
const autocannon = require('autocannon');
const { Client } = require('pg');
const { runMigrations } = require(resolve(dist, 'database/migrate.js'));
const { buildSearchSql, normaliseSearch } = require(resolve(dist, 'modules/mentors/mentor-search.sql.js'));

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MENTORS = Number(process.env.BENCH_MENTORS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;
/** BENCH_TYPES="rare term,common term" runs only those types; BENCH_VERBOSE=1 adds per-query p95. */
const TYPES = process.env.BENCH_TYPES?.split(',').map((t) => t.trim());

/** The fixed mix: each type rotates through its queries, so no single plan or page is cached. */
const MIX = {
  'two-term': [
    { q: 'react typescript' },
    { q: 'kubernetes mentor' },
    { q: 'system design' },
    { q: 'staff promotion' },
    { q: 'payments ledgers' },
    { q: 'hiring managers' },
    { q: 'machine learning' },
    { q: 'rust go' },
  ],
  'rare term': [
    { q: 'compiler' },
    { q: 'firmware' },
    { q: 'monads' },
    { q: 'gpu' },
    { q: 'satellites' },
    { q: 'climate' },
  ],
  'name with typo': [
    { q: 'priya ramen' },
    { q: 'marcus weeber' },
    { q: 'ramanathn' },
    { q: 'kowalsky' },
    { q: 'elena petrov' },
    { q: 'kenji tanaca' },
    { q: 'lindqvst' },
    { q: 'amara okafr' },
  ],
  'filters only': [
    { expertise: 'kubernetes', language: 'German', minPrice: 5000, maxPrice: 20000, minRating: 4 },
    { expertise: ['react', 'typescript'], sort: 'price' },
    { language: 'Tamil', sort: 'soonest' },
    { minRating: 4.5, sort: 'rating' },
    { expertise: 'rust', maxPrice: 0 },
    { expertise: 'system-design', language: 'Spanish', minRating: 3, sort: 'price' },
  ],
  'common term': [{ q: 'engineer' }, { q: 'help' }, { q: 'engineering' }, { q: 'engineers help' }],
};

const GOALS = { p95: 30, p99: 80, commonP95: 100, statements: 3 };

function pathOf(query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of [value].flat()) params.append(key, String(v));
  }
  return `/api/v1/mentors?${params}`;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** CPU time (ms) used so far by these processes (Linux /proc/<pid>/stat; USER_HZ = 100). */
function cpuMsOf(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name (which may contain spaces): utime and stime are 14 and 15.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the backend is gone
    }
  }
  return ticks * 10;
}

function percentile(sorted, p) {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function startApi(databaseUrl, port) {
  const child = fork(resolve(here, 'search-server.cjs'), [], {
    // BENCH_CPU_PROF=dir writes a V8 CPU profile of the API process there (node --cpu-prof).
    execArgv: process.env.BENCH_CPU_PROF
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
      : [],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-only-secret-bench-only-secret-0123456789',
      APP_ROLE: 'api',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_MULTIPLIER: '100000',
      // Requests come from many visitors' addresses, as our proxy forwards them (see drive()).
      TRUST_PROXY: 'true',
      DB_MIGRATE_ON_START: 'false',
      // BENCH_DB_POOL=n tries another API pool size (default: the app's own, 10).
      ...(process.env.BENCH_DB_POOL ? { DB_POOL_SIZE: process.env.BENCH_DB_POOL } : {}),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((ready, fail) => {
    child.once('message', (m) => (m?.ready ? ready() : fail(new Error('unexpected message'))));
    child.once('exit', (code) => fail(new Error(`API exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    /** SQL statements so far and the API process's CPU time (µs). */
    counters: () =>
      new Promise((answer) => {
        child.once('message', (m) => answer({ statements: m.statements, cpu: m.cpu.user + m.cpu.system }));
        child.send('statements');
      }),
    stop: () =>
      new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The address of the visitor sending request n, as the proxy forwards it: VISITORS of them in
 * turn. Discovery is browsed by many visitors at once; from one address, the per-address rate
 * limiter's bookkeeping (an array of that address's hits in the last minute, filtered on every
 * request: O(hits)) would grow to tens of thousands of entries and be measured instead of search.
 */
const VISITORS = 4096;
const visitor = (n) => `10.0.${(n % VISITORS) >> 8}.${n % 256}`;

function drive(base, queries, seconds, verbose = !!process.env.BENCH_VERBOSE) {
  const paths = queries.map(pathOf);
  let next = 0;
  const latencies = [];
  const statuses = {};
  const byPath = new Map();
  return new Promise((done, fail) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: 'GET',
            setupRequest: (req, context) => {
              const n = next++;
              context.path = paths[n % paths.length];
              return {
                ...req,
                path: context.path,
                headers: { ...req.headers, 'x-forwarded-for': visitor(n) },
              };
            },
          },
        ],
      },
      (err, result) => {
        if (err) return fail(err);
        latencies.sort((a, b) => a - b);
        const r = (x) => Math.round(x * 10) / 10;
        if (verbose) {
          for (const [path, list] of byPath) {
            list.sort((a, b) => a - b);
            console.log(
              `  ${path}  n=${list.length}  p50 ${r(percentile(list, 50))}  p95 ${r(percentile(list, 95))}`,
            );
          }
        }
        done({
          requests: latencies.length,
          // Requests still in flight when the time is up were sent (and queried) but not answered.
          sent: result.requests.sent,
          rps: r(latencies.length / (result.duration || seconds)),
          p50: r(percentile(latencies, 50)),
          p95: r(percentile(latencies, 95)),
          p99: r(percentile(latencies, 99)),
          max: r(latencies.at(-1) ?? Number.NaN),
          statuses,
        });
      },
    );
    instance.on('response', (client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      // Emitted before the client sets up its next request: the context still names this one.
      const path = client.requestIterator?.context?.path;
      if (verbose && path) byPath.set(path, [...(byPath.get(path) ?? []), responseTime]);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

async function explain(db, query) {
  const { text, values, prepared } = buildSearchSql(normaliseSearch(query));
  if (!prepared) {
    const res = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
    return res.rows.map((row) => row['QUERY PLAN']).join('\n');
  }
  // The API runs this shape as a named prepared statement: show the plan it settles on (after
  // PostgreSQL's five custom plans, the generic one; its planning time is then ~0).
  const literal = (v) => (typeof v === 'number' ? String(v) : db.escapeLiteral(String(v)));
  await db.query(`PREPARE search_explain AS ${text}`);
  try {
    const execute = `EXECUTE search_explain(${values.map(literal).join(', ')})`;
    for (let i = 0; i < 6; i++) await db.query(execute);
    const res = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${execute}`);
    return res.rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await db.query('DEALLOCATE search_explain');
  }
}

async function main() {
  const name = `ladder_bench_search_${Date.now()}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  let api;
  let db;
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    await runMigrations(url.toString());
    db = new Client({ connectionString: url.toString() });
    await db.connect();
    let t0 = performance.now();
    const counts = await seedMentors(db, MENTORS);
    console.log(
      `Seeded ${counts.mentors} mentors, ${counts.offerings} offerings in ${Math.round(performance.now() - t0)} ms`,
    );

    api = await startApi(url.toString(), await freePort());
    // Warm up caches and the JIT on the whole mix; not recorded.
    t0 = performance.now();
    await drive(api.base, Object.values(MIX).flat(), Math.min(5, SECONDS), false);
    console.log(`Warm-up ${Math.round(performance.now() - t0)} ms\n`);

    const rows = [];
    const loadBefore = loadavg()[0];
    for (const [type, queries] of Object.entries(MIX)) {
      if (TYPES && !TYPES.includes(type)) continue;
      const before = await api.counters();
      // The API's pool connections to the bench database (the pool is warm, so they persist).
      const { rows: backends } = await db.query(
        'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
      const pids = backends.map((b) => b.pid);
      const pgBefore = cpuMsOf(pids);
      const loadCpuBefore = process.cpuUsage();
      const result = await drive(api.base, queries, SECONDS);
      const loadCpu = process.cpuUsage(loadCpuBefore);
      const pgCpu = cpuMsOf(pids) - pgBefore;
      await new Promise((settle) => setTimeout(settle, 300)); // let the last queries finish
      const after = await api.counters();
      const served = Math.max(result.sent, result.requests);
      const statements = (after.statements - before.statements) / served;
      // Where the CPU went, per request: the API process, the load generator (this process) and
      // the PostgreSQL backends serving the API.
      const r2 = (x) => Math.round(x * 100) / 100;
      const cpu = {
        api: r2((after.cpu - before.cpu) / 1000 / served),
        loadGen: r2((loadCpu.user + loadCpu.system) / 1000 / served),
        db: r2(pgCpu / served),
      };
      rows.push({ type, ...result, statements: r2(statements), cpu });
      console.log(
        `${type.padEnd(15)} p50 ${result.p50} ms  p95 ${result.p95} ms  p99 ${result.p99} ms  max ${result.max} ms  ` +
          `${result.rps} req/s  ${statements.toFixed(2)} SQL/request  CPU ms/request: API ${cpu.api}, ` +
          `load generator ${cpu.loadGen}, PostgreSQL ${cpu.db}  statuses ${JSON.stringify(result.statuses)}`,
      );
    }

    // Other work on the machine competes for the same cores; say how busy it was.
    const load = `load average (1 min) ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after the runs`;
    console.log(`\n${load}`);
    const verdicts = rows.map((r) => {
      const p95Goal = r.type === 'common term' ? GOALS.commonP95 : GOALS.p95;
      const ok =
        r.p95 <= p95Goal &&
        (r.type === 'common term' || r.p99 <= GOALS.p99) &&
        r.statements <= GOALS.statements;
      return `${r.type}: ${ok ? 'meets' : 'MISSES'} the goal (p95 ≤ ${p95Goal} ms${r.type === 'common term' ? '' : `, p99 ≤ ${GOALS.p99} ms`}, ≤ ${GOALS.statements} statements)`;
    });
    console.log(`\n${verdicts.join('\n')}`);

    const plans = [];
    for (const [type, queries] of Object.entries(MIX)) {
      const plan = await explain(db, queries[0]);
      plans.push({ type, query: queries[0], plan });
      console.log(`\n=== EXPLAIN ANALYZE — ${type}: ${pathOf(queries[0])}\n${plan}`);
    }

    if (process.env.BENCH_REPORT) {
      const { rows: server } = await db.query(
        `SELECT version() AS v, current_setting('shared_buffers') AS sb`,
      );
      const md = [
        `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${server[0].v.split(' on ')[0]}, shared_buffers ${server[0].sb}; ` +
          `${MENTORS} mentors; ${CONNECTIONS} connections, ${SECONDS} s per type; API pool ${process.env.BENCH_DB_POOL ?? 'default (10)'}; ${load}; ${new Date().toISOString()}`,
        '',
        '| query type | p50 ms | p95 ms | p99 ms | max ms | req/s | SQL/request | CPU ms/request: API / load generator / PostgreSQL |',
        '|---|---|---|---|---|---|---|---|',
        ...rows.map(
          (r) =>
            `| ${r.type} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.rps} | ${r.statements} | ${r.cpu.api} / ${r.cpu.loadGen} / ${r.cpu.db} |`,
        ),
        '',
        ...verdicts.map((v) => `- ${v}`),
        '',
        ...plans.flatMap((p) => [`#### ${p.type}: \`${pathOf(p.query)}\``, '', '```', p.plan, '```', '']),
      ].join('\n');
      writeFileSync(process.env.BENCH_REPORT, md);
      console.log(`\nReport written to ${process.env.BENCH_REPORT}`);
    }
  } finally {
    await api?.stop();
    await db?.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
