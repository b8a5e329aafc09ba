import { Controller, HttpCode, Param, Post, type RawBodyRequest, Req } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/decorators';
import { CALCOM_SIGNATURE_HEADER } from './calcom-signature';
import { CalcomWebhookService } from './calcom-webhook.service';

@ApiTags('webhooks')
@Controller('webhooks')
export class CalcomWebhookController {
  constructor(private readonly calcom: CalcomWebhookService) {}

  /** Signed by Cal.com, not by a user: public, and verified over the raw bytes before anything. */
  @Public()
  @Post('calcom')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Cal.com webhook: BOOKING_CREATED/RESCHEDULED/CANCELLED become bookings (source "calcom"); 401 on a bad or missing signature; idempotent per booking uid and trigger',
  })
  @ApiHeader({ name: 'X-Cal-Signature-256', required: true, description: 'hex HMAC-SHA256 of the raw body' })
  async receive(@Req() req: RawBodyRequest<FastifyRequest>): Promise<{ received: true; outcome: string }> {
    const outcome = await this.calcom.receive(req.rawBody, req.headers[CALCOM_SIGNATURE_HEADER]);
    return { received: true, outcome };
  }

  /** A mentor's own webhook (`/mentors/me/calcom-webhook`): signed with their secret, their bookings only. */
  @Public()
  @Post('calcom/:hookId')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "A mentor's own Cal.com webhook: as POST /webhooks/calcom, signed with that mentor's secret, and only ever about that mentor's bookings; 401 on a bad signature or an unknown id",
  })
  @ApiParam({ name: 'hookId', description: 'the id in the URL that GET /mentors/me/calcom-webhook gives' })
  @ApiHeader({ name: 'X-Cal-Signature-256', required: true, description: 'hex HMAC-SHA256 of the raw body' })
  async receiveForMentor(
    @Req() req: RawBodyRequest<FastifyRequest>,
    @Param('hookId') hookId: string,
  ): Promise<{ received: true; outcome: string }> {
    const outcome = await this.calcom.receive(req.rawBody, req.headers[CALCOM_SIGNATURE_HEADER], hookId);
    return { received: true, outcome };
  }
}
