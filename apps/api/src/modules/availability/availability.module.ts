import { Module } from '@nestjs/common';
import { AvailabilityController } from './availability.controller';
import { AvailabilityService } from './availability.service';
import { FreeSlotsService } from './free-slots.service';

@Module({
  controllers: [AvailabilityController],
  providers: [AvailabilityService, FreeSlotsService],
  exports: [FreeSlotsService],
})
export class AvailabilityModule {}
