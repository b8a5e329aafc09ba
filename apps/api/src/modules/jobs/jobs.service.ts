import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { DEFAULT_POLICY, deadLetterOf, type JobSpec, type PayloadOf, type QueuePolicy } from './job-types';

export type JobHandler<D> = (data: D, job: { id: string; name: string }) => Promise<void>;

export interface EnqueueOptions {
  /**
   * Enlist the job in this transaction: it becomes visible to workers when the transaction
   * commits and disappears if it rolls back (transactional outbox).
   */
  manager?: EntityManager;
  /** At most one queued job per key at a time (pg-boss singleton). */
  singletonKey?: string;
  startAfter?: Date;
}

export interface QueueStats {
  queued: number;
  active: number;
  failed: number;
  completed: number;
}

export const PGBOSS_SCHEMA = 'pgboss';

const toBossJob = (j: JobSpec): PgBoss.JobInsert => ({
  name: j.name,
  data: j.data as object,
  ...(j.singletonKey ? { singletonKey: j.singletonKey } : {}),
  ...(j.startAfter ? { startAfter: j.startAfter.toISOString() } : {}),
});

@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler<never>>();
  private readonly queues = new Map<string, QueuePolicy>();
  private readonly schedules: { name: string; cron: string }[] = [];
  /** Resolves once a queue (and its dead-letter queue) exists in the database. */
  private readonly ready = new Map<string, Promise<void>>();
  private started = false;
  private markStarted!: () => void;
  /** Resolves once pg-boss runs and every registered queue exists. */
  private readonly startedPromise = new Promise<void>((resolve) => {
    this.markStarted = resolve;
  });
  private working = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
  ) {
    const worker = config.role !== 'api';
    this.boss = new PgBoss({
      connectionString: config.db.url,
      schema: PGBOSS_SCHEMA,
      max: 4,
      application_name: 'ladder-jobs',
      supervise: worker,
      schedule: worker,
    });
    this.boss.on('error', (err) => this.logger.error({ err }, 'pg-boss error'));
  }

  whenStarted(): Promise<void> {
    return this.startedPromise;
  }

  get isWorker(): boolean {
    return this.config.role !== 'api';
  }

  /** Declares a queue, its retry policy and dead-letter queue, and the handler that works it. */
  register<N extends string, D extends PayloadOf<N> = PayloadOf<N>>(
    name: N,
    handler: JobHandler<D>,
    policy: Partial<QueuePolicy> = {},
  ): void {
    if (this.handlers.has(name)) throw new Error(`A handler for job "${name}" is already registered`);
    this.handlers.set(name, handler as JobHandler<never>);
    this.queues.set(name, { ...DEFAULT_POLICY, ...policy });
    if (this.started) this.ready.set(name, this.startQueue(name));
  }

  /** Runs `name` on a cron schedule (UTC) in worker processes; pg-boss keeps one per schedule. */
  schedule(name: string, cron: string): void {
    this.schedules.push({ name, cron });
  }

  async enqueue<N extends string>(
    name: N,
    data: PayloadOf<N>,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    if (!this.queues.has(name)) throw new Error(`No queue "${name}" is registered`);
    await this.ready.get(name);
    const sendOptions: PgBoss.SendOptions = {
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
    };
    if (options.manager) sendOptions.db = this.inTransaction(options.manager);
    return this.boss.send(name, data as object, sendOptions);
  }

  /** Several jobs in one statement (same transactional rules as {@link enqueue}). */
  async enqueueMany(jobs: JobSpec[], options: Pick<EnqueueOptions, 'manager'> = {}): Promise<void> {
    if (jobs.length === 0) return;
    await this.queuesReady(jobs);
    await this.boss.insert(
      jobs.map(toBossJob),
      options.manager ? { db: this.inTransaction(options.manager) } : {},
    );
  }

  /**
   * The SQL (a data-modifying statement, usable as a CTE) that inserts these jobs exactly as
   * {@link enqueueMany} would, with its placeholders numbered from `$firstParam`. A caller embeds it
   * in its own statement — `WITH row AS (INSERT …), jobs AS (<sql>) SELECT …` — so a write and its
   * jobs commit together in ONE round trip, without BEGIN/COMMIT. pg-boss builds the statement and
   * its parameters (queue policies, singleton keys, conflict rules); only the numbering is ours.
   */
  async insertStatement(jobs: JobSpec[], firstParam: number): Promise<{ sql: string; params: unknown[] }> {
    await this.queuesReady(jobs);
    let captured: { sql: string; params: unknown[] } | undefined;
    const capture: PgBoss.Db = {
      executeSql: async (text, values) => {
        captured = {
          sql: text.replace(/\$(\d+)\b/g, (_, n: string) => `$${Number(n) + firstParam - 1}`),
          params: values ?? [],
        };
        return { rows: [] };
      },
    };
    await this.boss.insert(jobs.map(toBossJob), { db: capture });
    if (!captured) throw new Error('pg-boss did not build an insert statement');
    return captured;
  }

  private async queuesReady(jobs: JobSpec[]): Promise<void> {
    for (const job of jobs) {
      if (!this.queues.has(job.name)) throw new Error(`No queue "${job.name}" is registered`);
      await this.ready.get(job.name);
    }
  }

  /** pg-boss's database adapter bound to a TypeORM transaction, so jobs commit or roll back with it. */
  private inTransaction(manager: EntityManager): PgBoss.Db {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive)
      throw new Error('Enqueueing with a manager needs a manager inside a transaction');
    return {
      executeSql: (text, values) =>
        runner.query(text, values, true).then((r: { records: unknown[] }) => ({ rows: r.records })),
    };
  }

  /**
   * Deletes, inside `m`, the jobs of queue `name` that have run (completed, failed, cancelled; live
   * or archived) and all of its dead letters whose `data` matches `where` (SQL over `data`, with
   * `params` from $1): payloads nobody needs any more (account deletion, ADR 0006). Jobs still to
   * run are left alone.
   */
  async forgetFinished(name: string, where: string, params: unknown[], m: EntityManager): Promise<void> {
    const n = params.length;
    for (const table of ['job', 'archive']) {
      await m.query(
        `DELETE FROM ${PGBOSS_SCHEMA}.${table}
          WHERE ((name = $${n + 1} AND state IN ('completed', 'failed', 'cancelled')) OR name = $${n + 2})
            AND ${where}`,
        [...params, name, deadLetterOf(name)],
      );
    }
  }

  /** Counts by state for every queue we declared, dead-letter queues included. */
  async stats(): Promise<Record<string, QueueStats>> {
    const rows: { name: string; state: string; n: string }[] = await this.db.query(
      `SELECT name, state::text AS state, count(*) AS n FROM ${PGBOSS_SCHEMA}.job GROUP BY name, state`,
    );
    const out: Record<string, QueueStats> = {};
    for (const name of [...this.queues.keys()].flatMap((q) => [q, deadLetterOf(q)])) {
      out[name] = { queued: 0, active: 0, failed: 0, completed: 0 };
    }
    for (const r of rows) {
      const s = out[r.name] ?? { queued: 0, active: 0, failed: 0, completed: 0 };
      out[r.name] = s;
      const n = Number(r.n);
      if (r.state === 'created' || r.state === 'retry') s.queued += n;
      else if (r.state === 'active') s.active += n;
      else if (r.state === 'failed') s.failed += n;
      else if (r.state === 'completed') s.completed += n;
    }
    return out;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    this.started = true;
    this.working = this.isWorker;
    for (const name of this.queues.keys()) {
      const ready = this.startQueue(name);
      this.ready.set(name, ready);
      await ready;
    }
    if (this.isWorker) {
      for (const { name, cron } of this.schedules) await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
    }
    this.markStarted();
    this.logger.log({ role: this.config.role, queues: [...this.queues.keys()] }, 'Jobs started');
  }

  /**
   * Runs before the database connections close (those go in onApplicationShutdown), so running
   * handlers can finish their transactions; jobs not yet started stay queued for another worker.
   */
  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private async startQueue(name: string): Promise<void> {
    const policy = this.queues.get(name) ?? DEFAULT_POLICY;
    const dead = deadLetterOf(name);
    await this.boss.createQueue(dead, { name: dead, retryLimit: 0 });
    const { queuePolicy, ...options } = policy;
    await this.boss.createQueue(name, {
      name,
      deadLetter: dead,
      ...options,
      ...(queuePolicy ? { policy: queuePolicy } : {}),
    });
    if (!this.working) return;
    const handler = this.handlers.get(name);
    if (!handler) return;
    // pg-boss waits a polling interval after every fetch, even a full one; so fetch batches, settle
    // each job on its own (one failure must not fail its neighbours) and, after a full batch, ask
    // for the next one at once.
    const batchSize = 10;
    const workerId: string = await this.boss.work<PayloadOf<string>>(
      name,
      { batchSize, pollingIntervalSeconds: 0.5 },
      async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(job.data as never, { id: job.id, name: job.name });
          } catch (err) {
            this.logger.warn(
              { err, job: { id: job.id, name: job.name } },
              'Job failed; pg-boss will retry or dead-letter it',
            );
            await this.boss.fail(name, job.id, { message: err instanceof Error ? err.message : String(err) });
          }
        }
        // Jobs settled above as failed are no longer active, so pg-boss's batch completion skips them.
        if (jobs.length === batchSize) this.boss.notifyWorker(workerId);
      },
    );
  }
}
