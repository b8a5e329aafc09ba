import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import type { JobSpec } from '../jobs/job-types';
import { JobsService, PGBOSS_SCHEMA } from '../jobs/jobs.service';
import { DevMailboxTransport, type MailTransport, SmtpTransport } from './mail.transport';
import type { MailJob, OutgoingMail } from './mail.types';
import { renderTemplate } from './templates';

export type DeliveryOutcome = 'delivered' | 'duplicate';

/** How long after an account's deletion its last messages' copies and records are dropped. */
export const FORGET_QUEUED_AFTER_MS = 10 * 60_000;

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
    // Waits, by retrying, for the messages still queued at the deletion (mail.send retries for
    // about 20 minutes; this, for days).
    this.jobs.register(
      'mail.forget-delivered',
      async ({ keys, tombstone }) => {
        const left = await this.forgetDelivered(keys, tombstone);
        if (left > 0) throw new Error(`${left} message(s) of a deleted account not delivered yet`);
      },
      { retryLimit: 10, retryDelay: 600, retryBackoff: true, expireInSeconds: 120 },
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
        [deliveryKey(job.dedupeKey), job.template, job.to, this.transport.name, messageIdFor(job.dedupeKey)],
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

  /**
   * Account deletion (ADR 0006), inside its transaction: the mail of `address` that has been sent
   * is no longer needed. Development-mailbox copies are deleted, delivery records keep only their
   * hashed key (the dedupe guard) and name `tombstone`, and the finished jobs that carried the
   * messages go. Messages still queued to it (the goodbye, the cancellations) must be sent first:
   * a `mail.forget-delivered` job, committed with the deletion, does the same for them once they
   * are, knowing them by their key hashes only; it starts {@link FORGET_QUEUED_AFTER_MS} later (a
   * developer can read the goodbye in the development mailbox meanwhile).
   */
  async forgetRecipient(m: EntityManager, address: string, tombstone: string): Promise<void> {
    await m.query('DELETE FROM dev_mailbox WHERE to_address = $1', [address]);
    await m.query('UPDATE mail_deliveries SET to_address = $2 WHERE to_address = $1', [address, tombstone]);
    const recipient = `lower(data->>'to') = lower($1)`;
    const queued: { key: string }[] = await m.query(
      `SELECT DISTINCT ${DELIVERY_KEY_SQL(`data->>'dedupeKey'`)} AS key FROM ${PGBOSS_SCHEMA}.job
        WHERE name = 'mail.send' AND state IN ('created', 'retry', 'active') AND ${recipient}`,
      [address],
    );
    await this.jobs.forgetFinished('mail.send', recipient, [address], m);
    if (queued.length > 0) {
      await this.jobs.enqueue(
        'mail.forget-delivered',
        { keys: queued.map((q) => q.key), tombstone },
        { manager: m, startAfter: new Date(Date.now() + FORGET_QUEUED_AFTER_MS) },
      );
    }
  }

  /**
   * {@link forgetRecipient} for the messages with these delivery keys that have been sent. Answers
   * how many of them are still unsent (the job retries until none is).
   */
  async forgetDelivered(keys: string[], tombstone: string): Promise<number> {
    return this.db.transaction(async (m) => {
      const sent: { dedupe_key: string }[] = await m.query(
        `WITH sent AS (
           UPDATE mail_deliveries SET to_address = $2 WHERE dedupe_key = ANY($1) RETURNING dedupe_key
         ) SELECT dedupe_key FROM sent`,
        [keys, tombstone],
      );
      const done = sent.map((r) => r.dedupe_key);
      await m.query('DELETE FROM dev_mailbox WHERE message_id = ANY($1)', [done.map(messageIdOfKey)]);
      await this.jobs.forgetFinished(
        'mail.send',
        `${DELIVERY_KEY_SQL(`data->>'dedupeKey'`)} = ANY($1)`,
        [done],
        m,
      );
      return keys.length - done.length;
    });
  }
}

export const mailJob = (job: MailJob): JobSpec<'mail.send'> => ({ name: 'mail.send', data: job });

/**
 * What `mail_deliveries` keeps of a dedupe key: its SHA-256 (hex). Enough to refuse a second
 * delivery, and no address in it (booking keys name their recipient).
 */
export function deliveryKey(dedupeKey: string): string {
  return createHash('sha256').update(dedupeKey).digest('hex');
}

/** SQL for {@link deliveryKey} of a text expression. */
const DELIVERY_KEY_SQL = (expr: string) => `encode(sha256(convert_to(${expr}, 'UTF8')), 'hex')`;

export function messageIdFor(dedupeKey: string): string {
  return messageIdOfKey(deliveryKey(dedupeKey));
}

const messageIdOfKey = (key: string): string => `<${key.slice(0, 32)}@ladder.dev>`;
