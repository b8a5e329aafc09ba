import { DataSource } from 'typeorm';
import { runMigrations } from '../src/database/migrate';

/**
 * A migrated database of its own beside the test database (same server), for a test that needs
 * an empty one or a second one; dropped by `drop()`. Its name extends the test database's.
 */
export async function createScratchDatabase(suffix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const primary = new URL(process.env.DATABASE_URL as string);
  const name = `${primary.pathname.slice(1)}_${suffix}`;
  const adminUrl = new URL(primary);
  adminUrl.pathname = '/postgres';
  const admin = await new DataSource({ type: 'postgres', url: adminUrl.toString() }).initialize();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(primary);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.destroy();
    },
  };
}
