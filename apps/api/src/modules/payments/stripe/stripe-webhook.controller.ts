import { Controller, Headers, HttpCode, Post, type RawBodyRequest, Req } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../../common/auth/decorators';
import { StripeWebhookService, type WebhookResult } from './stripe-webhook.service';

@ApiTags('webhooks')
@Controller('webhooks/stripe')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Post()
  @Public()
  @HttpCode(200)
  // Stripe delivers from a few addresses, in bursts after an outage: far above a person's limit.
  @Throttle({ default: { limit: 3000, ttl: 60_000 } })
  @ApiHeader({ name: 'Stripe-Signature', required: true })
  @ApiOperation({
    summary: 'Stripe events (signed with the endpoint secret, 300 s tolerance)',
    description:
      '400 `invalid_signature` with no effect; otherwise 200. An event id seen before has no second effect.',
  })
  receive(
    @Req() req: RawBodyRequest<FastifyRequest>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<WebhookResult> {
    return this.webhooks.process(this.webhooks.verify(req.rawBody, signature));
  }
}
