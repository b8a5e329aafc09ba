import { Global, Module } from '@nestjs/common';
import { DevMailboxController } from './dev-mailbox.controller';
import { DevMailboxService } from './dev-mailbox.service';
import { MailService } from './mail.service';

@Global()
@Module({
  controllers: [DevMailboxController],
  providers: [MailService, DevMailboxService],
  exports: [MailService],
})
export class MailModule {}
