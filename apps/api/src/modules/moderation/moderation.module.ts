import { Module } from '@nestjs/common';
import { MessagesModule } from '../messages/messages.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AdminReportsController, ReportsController } from './moderation.controller';
import { ModerationService } from './moderation.service';

/** Reports by users and the admin moderation queue. */
@Module({
  imports: [SessionsModule, MessagesModule],
  controllers: [ReportsController, AdminReportsController],
  providers: [ModerationService],
})
export class ModerationModule {}
