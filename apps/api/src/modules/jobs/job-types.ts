import type { MailJob } from '../mail/mail.types';

/**
 * Every job the system runs, with its payload. Add a job here first; the compiler then checks
 * every `enqueue` and handler for it.
 */
export interface JobPayloads {
  'mail.send': MailJob;
  'jobs.report-stats': Record<string, never>;
  'discovery.refresh-mentor': { mentorId: string };
  'discovery.refresh-all': Record<string, never>;
  /** A booking was confirmed: email both people (built by a worker, off the request path). */
  'bookings.notify-confirmed': { bookingId: string };
  /**
   * Remind both people `leadMinutes` before the session that starts at `startsAt` (ISO). Run with
   * pg-boss `startAfter`; a booking since cancelled or moved (another start) is not reminded.
   */
  'bookings.remind': { bookingId: string; startsAt: string; leadMinutes: number };
  /** Unread messages in a conversation: email the recipient if they are still unread. */
  'messages.notify': { conversationId: string; recipientId: string };
  /** Expire the Stripe Checkout Sessions of holds that ended unpaid (PAYMENTS_PROVIDER=stripe). */
  'payments.close-checkouts': Record<string, never>;
  /** Pay mentors the shares of platform charges they are owed (sessions held, account ready). */
  'payments.transfer-owed': Record<string, never>;
  /**
   * An article was published for the first time: email the next batch of confirmed newsletter
   * subscribers (ids after `afterSubscriberId`, in id order), then enqueue the batch after it.
   */
  'newsletter.article-published': { articleId: string; afterSubscriberId: string | null };
  /**
   * A deleted account's last messages (queued before or by the deletion) have been sent: drop what
   * is kept of them (ADR 0006). `keys`: their delivery keys (hashes); `tombstone`: the address
   * their records name instead.
   */
  'mail.forget-delivered': { keys: string[]; tombstone: string };
}

export type JobName = keyof JobPayloads;

/** One job to enqueue, for {@link JobsService.enqueueMany}. */
export interface JobSpec<N extends string = string> {
  name: N;
  data: PayloadOf<N>;
  singletonKey?: string;
  /** Not before this time (pg-boss `startAfter`). */
  startAfter?: Date;
}

/** Payload for a job name; names outside the catalogue (tests, experiments) take any object. */
export type PayloadOf<N extends string> = N extends JobName ? JobPayloads[N] : object;

export interface QueuePolicy {
  /** Attempts after the first one. */
  retryLimit: number;
  /** Seconds before the first retry; doubled for each later one when retryBackoff is set. */
  retryDelay: number;
  retryBackoff: boolean;
  /** A job still running after this many seconds is treated as failed (its worker died). */
  expireInSeconds: number;
  /**
   * pg-boss queue policy. `stately` keeps at most one queued and one running job per singleton
   * key: right for "recompute X" jobs, where ten requests in a row need one run, not ten.
   */
  queuePolicy?: 'standard' | 'short' | 'singleton' | 'stately';
}

export const DEFAULT_POLICY: QueuePolicy = {
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 300,
};

/** Dead-letter queue of a queue: where a job lands once its retries are used up. */
export const deadLetterOf = (name: string): string => `${name}.dead`;
