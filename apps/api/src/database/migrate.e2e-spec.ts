import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from './migrate';
import { MIGRATIONS } from './migrations';

/** A URL on the test server with the database name replaced. */
function urlFor(database: string): string {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(run: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe('runMigrations', () => {
  const name = `ladder_migrate_${randomBytes(4).toString('hex')}`;

  beforeAll(() => onServer((c) => c.query(`CREATE DATABASE "${name}"`)));
  afterAll(() => onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));

  it('lets processes that start together take turns: each migration is applied exactly once', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => runMigrations(urlFor(name))));

    // One run applied everything; the others waited for the lock and found nothing to do.
    expect(runs.map((applied) => applied.length).sort((a, b) => a - b)).toEqual([0, 0, MIGRATIONS.length]);
    const db = new Client({ connectionString: urlFor(name) });
    await db.connect();
    try {
      const { rows } = await db.query<{ name: string; n: number }>(
        'SELECT name, count(*)::int AS n FROM migrations GROUP BY name',
      );
      expect(rows).toHaveLength(MIGRATIONS.length);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      // Only this database's locks: pg_locks is server-wide, and other test runs take their own.
      const locks = await db.query(
        `SELECT 1 FROM pg_locks
          WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      expect(locks.rowCount).toBe(0);
    } finally {
      await db.end();
    }
  });
});
