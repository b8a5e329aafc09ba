import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env';
import { dataSourceOptions } from './database/options';
import { ArticlesModule } from './modules/articles/articles.module';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MailModule } from './modules/mail/mail.module';
import { MentorsModule } from './modules/mentors/mentors.module';
import { MetricsModule } from './modules/metrics/metrics.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.db.url, config.db.poolSize)),
        JobsModule,
        MailModule,
        HealthModule,
        MetricsModule,
        MentorsModule,
        ArticlesModule,
      ],
    };
  }
}
