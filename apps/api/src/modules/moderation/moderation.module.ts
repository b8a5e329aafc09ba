import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { AdminReportsController, ReportsController } from './moderation.controller';
import { ModerationService } from './moderation.service';

/** Reports by users and the admin moderation queue. */
@Module({
  imports: [SessionsModule],
  controllers: [ReportsController, AdminReportsController],
  providers: [ModerationService],
})
export class ModerationModule {}
