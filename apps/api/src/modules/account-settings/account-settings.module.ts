import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BookingsModule } from '../bookings/bookings.module';
import { AccountDeletionService } from './account-deletion.service';
import { AccountExportService } from './account-export.service';
import { AccountSettingsController } from './account-settings.controller';
import { AccountSettingsService } from './account-settings.service';
import { EmailChangeService } from './email-change.service';

@Module({
  imports: [AuthModule, BookingsModule],
  controllers: [AccountSettingsController],
  providers: [AccountSettingsService, AccountDeletionService, AccountExportService, EmailChangeService],
})
export class AccountSettingsModule {}
