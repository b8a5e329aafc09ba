import { Module } from '@nestjs/common';
import { AdminRevenueController, MyEarningsController } from './revenue.controller';
import { RevenueService } from './revenue.service';

@Module({
  controllers: [MyEarningsController, AdminRevenueController],
  providers: [RevenueService],
})
export class RevenueModule {}
