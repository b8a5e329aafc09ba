import { Module } from '@nestjs/common';
import { MentorReviewsController, SessionNotesController } from './sessions.controller';
import { SessionsService } from './sessions.service';

/** "After the session": notes on a booking and the mentee's review. */
@Module({
  controllers: [SessionNotesController, MentorReviewsController],
  providers: [SessionsService],
  exports: [SessionsService],
})
export class SessionsModule {}
