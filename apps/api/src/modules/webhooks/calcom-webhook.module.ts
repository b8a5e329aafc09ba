import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AvailabilityModule } from '../availability/availability.module';
import { FunnelModule } from '../funnel/funnel.module';
import { CalcomConnectionsController } from './calcom-connections.controller';
import { CalcomConnectionsService } from './calcom-connections.service';
import { CalcomWebhookController } from './calcom-webhook.controller';
import { CalcomWebhookService } from './calcom-webhook.service';

@Module({
  imports: [AvailabilityModule, FunnelModule, AuditModule],
  controllers: [CalcomWebhookController, CalcomConnectionsController],
  providers: [CalcomWebhookService, CalcomConnectionsService],
})
export class CalcomWebhookModule {}
