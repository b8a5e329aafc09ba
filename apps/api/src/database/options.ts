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
    // Failed queries surface as errors through the problem filter (with the request id); TypeORM's own
    // console logging would print query parameters, which may hold personal data.
    logging: false,
    extra: { max: poolSize, application_name: 'ladder-api' },
  };
}
