import { randomUUID } from 'node:crypto';
import { ZEmail } from '@ladder/domain';
import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Public } from '../../common/auth/decorators';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '../../common/decorators/zod.decorators';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { DevMailboxService, type DevMailView } from './dev-mailbox.service';
import { MailService } from './mail.service';

const ZMailboxQuery = z.strictObject({
  to: z.string().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
const ZTestMail = z.strictObject({ to: ZEmail, note: z.string().max(500).optional() });

/** Development only: read what the app "sent". Answers 404 in production. */
@ApiTags('dev')
@Public()
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailbox: DevMailboxService,
    private readonly mail: MailService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Messages kept by the development mail transport (not in production)' })
  @ApiZodQuery(ZMailboxQuery)
  list(@ZodQuery(ZMailboxQuery) query: z.infer<typeof ZMailboxQuery>): Promise<{ items: DevMailView[] }> {
    this.assertEnabled();
    return this.mailbox.list(query.to, query.limit ?? 50);
  }

  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<DevMailView> {
    this.assertEnabled();
    return this.mailbox.get(id);
  }

  @Post('test')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue a test message through the real job and mail path' })
  @ApiZodBody(ZTestMail)
  async sendTest(@ZodBody(ZTestMail) body: z.infer<typeof ZTestMail>): Promise<{ queued: true }> {
    this.assertEnabled();
    await this.mail.enqueue({
      template: 'test',
      to: body.to,
      params: { note: body.note },
      dedupeKey: `test:${randomUUID()}`,
    });
    return { queued: true };
  }

  private assertEnabled(): void {
    if (this.config.env === 'production') throw AppError.notFound('Route');
  }
}
