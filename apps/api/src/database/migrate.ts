import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './options';

/** Our session-level advisory lock key for schema changes (any constant unique to Ladder). */
export const MIGRATION_LOCK_KEY = 4_212_202_611;

/**
 * Applies pending migrations, each in its own transaction. Returns the names applied.
 *
 * Several processes may start at once (N API replicas, a worker, a migration Job), each applying
 * migrations at start: they take turns on a PostgreSQL advisory lock, so exactly one applies each
 * migration and the others find nothing left to do. The lock is held on its own connection and
 * released when that session ends, even if this process dies half-way.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url, application_name: 'ladder-migrate' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const ds = new DataSource(dataSourceOptions(url, 2));
    await ds.initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await ds.destroy();
    }
  } finally {
    await lock.end();
  }
}

/** SQL statements that would bring the schema in line with the entities; empty when they agree. */
export async function schemaDrift(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}
