import {
  type TNewsletterToken,
  type TSubscribeNewsletter,
  ZNewsletterTokenSchema,
  ZSubscribeNewsletterSchema,
} from '@ladder/domain';
import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/decorators';
import { ApiZodBody, ZodBody } from '../../common/decorators/zod.decorators';
import { NewsletterService } from './newsletter.service';

@ApiTags('newsletter')
@Controller('newsletter')
export class NewsletterController {
  constructor(private readonly newsletter: NewsletterService) {}

  @Public()
  @Post('subscriptions')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Subscribe (double opt-in: a confirmation link is emailed); the same answer whether or not the email was known',
  })
  @ApiZodBody(ZSubscribeNewsletterSchema)
  async subscribe(
    @ZodBody(ZSubscribeNewsletterSchema) body: TSubscribeNewsletter,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    await this.newsletter.subscribe(body.email, body.source ?? null, req.ip ?? null);
  }

  @Public()
  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a subscription with the token from the emailed link' })
  @ApiZodBody(ZNewsletterTokenSchema)
  confirm(@ZodBody(ZNewsletterTokenSchema) body: TNewsletterToken) {
    return this.newsletter.confirm(body.token);
  }

  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  @ApiOperation({ summary: 'Unsubscribe with the token from any newsletter email' })
  @ApiZodBody(ZNewsletterTokenSchema)
  unsubscribe(@ZodBody(ZNewsletterTokenSchema) body: TNewsletterToken) {
    return this.newsletter.unsubscribe(body.token);
  }
}
