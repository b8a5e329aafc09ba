import { computeSlots } from '@ladder/domain';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import type { JobSpec } from '../jobs/job-types';
import { JobsService } from '../jobs/jobs.service';
import { loadSlotInput, type OfferingRow } from './slot-context';

/** How far ahead discovery by time looks. */
export const FREE_SLOT_DAYS = 28;

/**
 * Keeps `mentor_free_slots` (the free slots of each mentor's shortest active offering over the
 * next four weeks) and `mentor_profiles.next_free_slot_at` current, so discovery can filter and
 * sort by time with one indexed query instead of computing slots per mentor per request.
 * Changes enqueue a refresh in their own transaction; a cron sweep moves the window forward.
 */
@Injectable()
export class FreeSlotsService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(FreeSlotsService.name);

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'discovery.refresh-mentor',
      async (data: { mentorId: string }) => {
        await this.refresh(data.mentorId);
      },
      { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 60, queuePolicy: 'stately' },
    );
    this.jobs.register(
      'discovery.refresh-all',
      async () => {
        await this.refreshAll();
      },
      {
        queuePolicy: 'stately',
        retryLimit: 1,
        retryDelay: 60,
        expireInSeconds: 600,
      },
    );
    this.jobs.schedule('discovery.refresh-all', '*/15 * * * *');
  }

  /** A worker starting up (a deploy, `pnpm dev`) brings discovery up to date once. */
  onApplicationBootstrap(): void {
    // Tests start many short-lived apps on one database; they refresh what they need themselves.
    if (!this.jobs.isWorker || this.config.env === 'test') return;
    // Not awaited: the jobs service may start after this hook.
    void this.jobs
      .whenStarted()
      .then(() => this.jobs.enqueueMany([{ name: 'discovery.refresh-all', data: {} }]))
      .catch((err: unknown) => this.logger.warn({ err }, 'Could not queue the start-up discovery refresh'));
  }

  /** Queue a refresh for a mentor; pass the manager of the transaction that changed things. */
  async requestRefresh(mentorId: string, manager?: EntityManager): Promise<void> {
    await this.jobs.enqueueMany([this.refreshJob(mentorId)], manager ? { manager } : {});
  }

  /** The refresh job for a mentor: at most one queued per mentor (stately queue, keyed by mentor). */
  refreshJob(mentorId: string): JobSpec<'discovery.refresh-mentor'> {
    return { name: 'discovery.refresh-mentor', data: { mentorId }, singletonKey: mentorId };
  }

  async refresh(mentorId: string): Promise<number> {
    return this.db.transaction(async (m) => {
      // Serialise refreshes of one mentor so two jobs never interleave their delete and insert.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`free-slots:${mentorId}`]);
      const offerings: OfferingRow[] = await m.query(
        `SELECT id, mentor_id, title, duration_minutes, price_amount, currency, buffer_before_minutes,
                buffer_after_minutes, minimum_notice_minutes
           FROM offerings WHERE mentor_id = $1 AND active AND archived_at IS NULL ORDER BY duration_minutes ASC, id LIMIT 1`,
        [mentorId],
      );
      const offering = offerings[0];
      const now = new Date();
      const to = new Date(now.getTime() + FREE_SLOT_DAYS * 86_400_000);
      const input = offering ? await loadSlotInput(m, offering, { from: now, to }) : null;
      const slots = input ? computeSlots({ ...input, from: now, to }) : [];
      await m.query('DELETE FROM mentor_free_slots WHERE mentor_id = $1', [mentorId]);
      if (slots.length) {
        await m.query(
          `INSERT INTO mentor_free_slots (mentor_id, starts_at, ends_at)
           SELECT $1, s, e FROM unnest($2::timestamptz[], $3::timestamptz[]) AS t(s, e)`,
          [mentorId, slots.map((s) => s.start), slots.map((s) => s.end)],
        );
      }
      await m.query('UPDATE mentor_profiles SET next_free_slot_at = $2 WHERE id = $1', [
        mentorId,
        slots[0]?.start ?? null,
      ]);
      return slots.length;
    });
  }

  /**
   * Fans out one refresh job per mentor with availability (in batches), so every worker shares
   * the sweep and a mentor already queued is not queued twice (stately queue keyed by mentor).
   */
  async refreshAll(): Promise<number> {
    const mentors: { id: string }[] = await this.db.query(
      `SELECT m.id FROM mentor_profiles m JOIN mentor_availability a ON a.mentor_id = m.id WHERE m.status = 'approved'`,
    );
    for (let i = 0; i < mentors.length; i += 1000) {
      await this.jobs.enqueueMany(mentors.slice(i, i + 1000).map(({ id }) => this.refreshJob(id)));
    }
    this.logger.log({ mentors: mentors.length }, 'Queued free-slot refreshes');
    return mentors.length;
  }
}
