import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env';
import { dataSourceOptions } from './database/options';
import { ReadReplicaModule } from './database/read-replica.module';
import { AccountSettingsModule } from './modules/account-settings/account-settings.module';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ArticlesModule } from './modules/articles/articles.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { AvailabilityModule } from './modules/availability/availability.module';
import { BookingsModule } from './modules/bookings/bookings.module';
import { FunnelModule } from './modules/funnel/funnel.module';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { LearningPlansModule } from './modules/learning-plans/learning-plans.module';
import { MailModule } from './modules/mail/mail.module';
import { MentorsModule } from './modules/mentors/mentors.module';
import { MessagesModule } from './modules/messages/messages.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { NewsletterModule } from './modules/newsletter/newsletter.module';
import { StripeModule } from './modules/payments/stripe/stripe.module';
import { RateLimitModule } from './modules/rate-limit/rate-limit.module';
import { RevenueModule } from './modules/revenue/revenue.module';
import { SessionsModule } from './modules/sessions/sessions.module';
import { UsersModule } from './modules/users/users.module';
import { CalcomWebhookModule } from './modules/webhooks/calcom-webhook.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.db.url, config.db.poolSize)),
        ReadReplicaModule.forRoot(),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: Math.ceil(600 * config.rateLimit.multiplier) }],
        }),
        JobsModule,
        AuditModule,
        RateLimitModule,
        UsersModule,
        AuthModule,
        MailModule,
        HealthModule,
        MetricsModule,
        MentorsModule,
        ArticlesModule,
        AvailabilityModule,
        BookingsModule,
        NewsletterModule,
        FunnelModule,
        SessionsModule,
        ModerationModule,
        LearningPlansModule,
        MessagesModule,
        StripeModule,
        CalcomWebhookModule,
        AccountsModule,
        RevenueModule,
        AccountSettingsModule,
      ],
      // The cheap per-process limit on every route; sensitive routes add PostgreSQL-backed ones.
      providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
    };
  }
}
