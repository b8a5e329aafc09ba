import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One definition of how we reach PostgreSQL, used by the app, the CLI and the tests. */
export function dataSourceOptions(url: string, poolSize = 10): PostgresDataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    logging: ['error'],
    extra: { max: poolSize, application_name: 'ladder-api' },
  };
}
