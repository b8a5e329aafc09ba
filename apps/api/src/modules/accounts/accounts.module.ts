import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BookingsModule } from '../bookings/bookings.module';
import { AccountsService } from './accounts.service';
import { AdminUsersController } from './admin-users.controller';

@Module({
  imports: [AuthModule, BookingsModule],
  controllers: [AdminUsersController],
  providers: [AccountsService],
})
export class AccountsModule {}
