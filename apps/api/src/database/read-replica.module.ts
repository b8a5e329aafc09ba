import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { dataSourceOptions } from './options';

/** The DataSource that discovery search reads from (inject with `@Inject(READ_DB)`). */
export const READ_DB = Symbol('READ_DB');

/**
 * Discovery search on a read replica (DESIGN.md "Scale-out"): with `DATABASE_READ_URL` set, search
 * reads through a pool of its own on that server — read-only sessions, so a write sent there by
 * mistake fails instead of diverging; no migrations, the replica follows the primary. Without it,
 * READ_DB is the primary DataSource. Only reads that may lag a moment go there (search lists);
 * a profile, a booking or anything read right after its own write stays on the primary.
 */
@Module({})
export class ReadReplicaModule implements OnApplicationShutdown {
  constructor(
    @Inject(READ_DB) private readonly read: DataSource,
    private readonly primary: DataSource,
  ) {}

  static forRoot(): DynamicModule {
    return {
      module: ReadReplicaModule,
      global: true,
      providers: [
        {
          provide: READ_DB,
          inject: [APP_CONFIG, DataSource],
          useFactory: async (config: AppConfig, primary: DataSource): Promise<DataSource> => {
            if (!config.db.readUrl) return primary;
            const options = dataSourceOptions(config.db.readUrl, config.db.poolSize);
            return new DataSource({
              ...options,
              migrations: [],
              extra: {
                ...options.extra,
                application_name: 'ladder-api-read',
                options: '-c default_transaction_read_only=on',
              },
            }).initialize();
          },
        },
      ],
      exports: [READ_DB],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.read !== this.primary && this.read.isInitialized) await this.read.destroy();
  }
}
