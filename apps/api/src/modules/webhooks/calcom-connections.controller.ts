import type { TMyCalcomWebhook } from '@ladder/domain';
import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../common/auth/decorators';
import { CalcomConnectionsService } from './calcom-connections.service';

/** The signed-in mentor's own Cal.com webhook. */
@ApiTags('mentors')
@ApiBearerAuth()
@Roles('mentor')
@Controller('mentors/me/calcom-webhook')
export class CalcomConnectionsController {
  constructor(private readonly connections: CalcomConnectionsService) {}

  @Get()
  @ApiOperation({
    summary:
      'My Cal.com webhook: {webhook: {url, secret, createdAt, secretRotatedAt, lastDeliveryAt, lastOutcome} | null}; 403 without the mentor role',
  })
  get(@CurrentUser() user: AuthUser): Promise<TMyCalcomWebhook> {
    return this.connections.get(user);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Set up my Cal.com webhook, or give it a new secret (the URL stays; the old secret stops working at once); 20 an hour',
  })
  rotate(@CurrentUser() user: AuthUser): Promise<TMyCalcomWebhook> {
    return this.connections.rotate(user);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Disconnect my Cal.com webhook: deliveries to its URL are refused (401) from now on',
  })
  async remove(@CurrentUser() user: AuthUser): Promise<void> {
    await this.connections.remove(user);
  }
}
