import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded';
import { runMigrations } from '../src/database/migrate';

/**
 * One database per test run: a fresh database on DATABASE_URL's server when it is set,
 * otherwise an embedded PostgreSQL in a temporary folder. Migrations are applied once here.
 */
export default async function globalSetup(): Promise<void> {
  const name = `ladder_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  if (serverUrl) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const parsed = new URL(serverUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    process.env.LADDER_TEST_ADMIN_URL = serverUrl;
  } else {
    const port = 55_000 + Math.floor(Math.random() * 5_000);
    const db = await startEmbeddedPostgres({
      dataDir: join(tmpdir(), name),
      port,
      database: name,
      persistent: false,
    });
    url = db.url;
    (globalThis as { __LADDER_EMBEDDED__?: typeof db }).__LADDER_EMBEDDED__ = db;
  }
  process.env.LADDER_TEST_DB_NAME = name;
  process.env.DATABASE_URL = url;
  await runMigrations(url);
}
