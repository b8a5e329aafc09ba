import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import type { JobSpec } from '../jobs/job-types';
import { JobsService } from '../jobs/jobs.service';
import { DevMailboxTransport, type MailTransport, SmtpTransport } from './mail.transport';
import type { MailJob, OutgoingMail } from './mail.types';
import { renderTemplate } from './templates';

export type DeliveryOutcome = 'delivered' | 'duplicate';

@Injectable()
export class MailService implements OnModuleInit {
  private readonly logger = new Logger(MailService.name);
  readonly transport: MailTransport;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {
    this.transport = config.mail.smtpUrl ? new SmtpTransport(config.mail.smtpUrl) : new DevMailboxTransport();
  }

  onModuleInit(): void {
    this.jobs.register(
      'mail.send',
      async (job) => {
        await this.deliver(job);
      },
      { retryLimit: 6, retryDelay: 20, retryBackoff: true, expireInSeconds: 120 },
    );
  }

  /**
   * Queues a message. Pass the `manager` of the transaction that causes the email so that a
   * rolled-back change never sends it and a committed one always does.
   */
  async enqueue(job: MailJob, manager?: EntityManager): Promise<void> {
    await this.jobs.enqueue('mail.send', job, manager ? { manager } : {});
  }

  /** Several messages in one statement; see {@link enqueue}. */
  async enqueueMany(jobs: MailJob[], manager?: EntityManager): Promise<void> {
    await this.jobs.enqueueMany(jobs.map(mailJob), manager ? { manager } : {});
  }

  /**
   * Renders and delivers a message at most once per dedupe key. The delivery record is written
   * in the same transaction as the delivery: a concurrent duplicate waits on the key and then
   * sees it taken; a retry after a crash that followed a committed delivery is skipped.
   * (With SMTP, a crash between the SMTP hand-off and the commit can still resend; the stable
   * Message-ID lets mail clients fold such a duplicate.)
   */
  async deliver(job: MailJob): Promise<DeliveryOutcome> {
    return this.db.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO mail_deliveries (dedupe_key, template, to_address, transport, message_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dedupe_key) DO NOTHING RETURNING dedupe_key`,
        [job.dedupeKey, job.template, job.to, this.transport.name, messageIdFor(job.dedupeKey)],
      );
      if (inserted.length === 0) {
        this.logger.log(
          { template: job.template, dedupeKey: job.dedupeKey },
          'Mail already delivered; skipping',
        );
        return 'duplicate';
      }
      const rendered = renderTemplate(job.template, job.params as never);
      const mail: OutgoingMail = {
        ...rendered,
        from: this.config.mail.from,
        to: job.to,
        messageId: messageIdFor(job.dedupeKey),
        attachments: job.attachments ?? [],
      };
      await this.transport.deliver(mail, manager);
      this.logger.log({ template: job.template, transport: this.transport.name }, 'Mail delivered');
      return 'delivered';
    });
  }
}

export const mailJob = (job: MailJob): JobSpec<'mail.send'> => ({ name: 'mail.send', data: job });

export function messageIdFor(dedupeKey: string): string {
  return `<${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 32)}@ladder.dev>`;
}
