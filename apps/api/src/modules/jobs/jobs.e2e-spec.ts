import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { uniq } from '../../../test/factories';
import { waitFor } from '../../../test/wait';
import { DevMail } from '../mail/entities/dev-mail.entity';
import { MailService, messageIdFor } from '../mail/mail.service';
import { deadLetterOf } from './job-types';
import { JobsService } from './jobs.service';

describe('jobs: transactional outbox on pg-boss', () => {
  let t: TestApp;
  let jobs: JobsService;
  let mail: MailService;
  beforeAll(async () => {
    t = await createTestApp();
    jobs = t.app.get(JobsService);
    mail = t.app.get(MailService);
  });
  afterAll(() => t.close());

  /** A queue of our own whose handler records each payload it runs. */
  function recordingQueue(policy = {}) {
    const name = `test.record-${uniq()}`;
    const seen: string[] = [];
    jobs.register(
      name,
      async (data: { label?: string }) => {
        seen.push(String(data.label));
      },
      policy,
    );
    return { name, seen };
  }

  it('never runs a job enqueued in a transaction that rolled back; runs a committed one exactly once', async () => {
    const q = recordingQueue();
    await expect(
      t.db.transaction(async (manager) => {
        await jobs.enqueue(q.name, { label: 'rolled-back' }, { manager });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await t.db.transaction(async (manager) => {
      await jobs.enqueue(q.name, { label: 'committed' }, { manager });
    });
    // A sentinel sent after both: once it has run, anything that could run has run.
    await jobs.enqueue(q.name, { label: 'sentinel' });
    await waitFor('the sentinel job', () => q.seen.includes('sentinel'));
    await waitFor('the queue to drain', async () => (await jobs.stats())[q.name]?.queued === 0);
    expect(q.seen.filter((l) => l === 'committed')).toHaveLength(1);
    expect(q.seen).not.toContain('rolled-back');
  });

  it('inserts jobs inside one statement with the write they belong to: both or neither', async () => {
    const q = recordingQueue();
    const key = `${uniq()}@outbox.test`;
    const write = async (label: string) => {
      const jobsSql = await jobs.insertStatement([{ name: q.name, data: { label } }], 2);
      // The second write with the same key violates the unique email: its job must be gone too.
      await t.db.query(
        `WITH row AS (INSERT INTO users (email, name) VALUES ($1, 'Outbox test') RETURNING id),
              jobs AS (${jobsSql.sql})
         SELECT id FROM row`,
        [key, ...jobsSql.params],
      );
    };
    await write('first');
    await expect(write('second')).rejects.toThrow(/duplicate key/);
    await jobs.enqueue(q.name, { label: 'sentinel' });
    await waitFor('the sentinel job', () => q.seen.includes('sentinel'));
    expect(q.seen).toContain('first');
    expect(q.seen).not.toContain('second');
    const rows = await t.db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [key]);
    expect(rows[0].n).toBe(1);
  });

  it('is not visible to workers before the transaction commits', async () => {
    const q = recordingQueue();
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const tx = t.db.transaction(async (manager) => {
      await jobs.enqueue(q.name, { label: 'pending' }, { manager });
      await held;
    });
    await new Promise((r) => setTimeout(r, 1_500)); // three polling intervals
    expect(q.seen).toEqual([]);
    release();
    await tx;
    await waitFor('the job after commit', () => q.seen.includes('pending'));
  });

  it('retries a failing job and dead-letters it after the retry limit', async () => {
    const name = `test.fails-${uniq()}`;
    let attempts = 0;
    jobs.register(
      name,
      async () => {
        attempts++;
        throw new Error('downstream is down');
      },
      { retryLimit: 2, retryDelay: 1, retryBackoff: false, expireInSeconds: 30 },
    );
    await jobs.enqueue(name, { any: 'payload' });
    const stats = await waitFor(
      'the dead-letter queue',
      async () => {
        const s = await jobs.stats();
        return (s[deadLetterOf(name)]?.queued ?? 0) > 0 ? s : null;
      },
      20_000,
    );
    expect(attempts).toBe(3); // the first try and two retries
    expect(stats[name]).toMatchObject({ failed: 1, queued: 0 });
    expect(stats[deadLetterOf(name)]).toMatchObject({ queued: 1 });
  });

  it('does not deliver a message twice when the worker dies after sending (dedupe key)', async () => {
    const name = `test.mail-then-crash-${uniq()}`;
    let runs = 0;
    jobs.register(
      name,
      async (data: { to: string; dedupeKey: string }) => {
        runs++;
        await mail.deliver({ template: 'test', to: data.to, params: {}, dedupeKey: data.dedupeKey });
        if (runs === 1) throw new Error('worker killed after the send');
      },
      { retryLimit: 3, retryDelay: 1, retryBackoff: false, expireInSeconds: 30 },
    );
    const dedupeKey = `crash:${uniq()}`;
    const to = `crash-${uniq()}@test.ladder.dev`;
    await jobs.enqueue(name, { to, dedupeKey });
    await waitFor(
      'the retried job to complete',
      async () => (await jobs.stats())[name]?.completed === 1,
      20_000,
    );
    expect(runs).toBe(2);
    const delivered = await t.db.getRepository(DevMail).countBy({ messageId: messageIdFor(dedupeKey) });
    expect(delivered).toBe(1);
  });

  it('sends mail through the queue only when the causing transaction commits', async () => {
    const to = `outbox-${uniq()}@test.ladder.dev`;
    await t.db
      .transaction(async (manager) => {
        await mail.enqueue(
          { template: 'test', to, params: { note: 'never' }, dedupeKey: `rb:${uniq()}` },
          manager,
        );
        throw new Error('rollback');
      })
      .catch(() => undefined);
    await t.db.transaction(async (manager) => {
      await mail.enqueue(
        { template: 'test', to, params: { note: 'committed' }, dedupeKey: `ok:${uniq()}` },
        manager,
      );
    });
    const rows = await waitFor('the committed message', async () => {
      const found = await t.db.getRepository(DevMail).findBy({ toAddress: to });
      return found.length ? found : null;
    });
    await new Promise((r) => setTimeout(r, 1_000));
    const all = await t.db.getRepository(DevMail).findBy({ toAddress: to });
    expect(all).toHaveLength(1);
    expect(rows[0]?.text).toContain('committed');
  });

  it('shows a test message in the dev mailbox, with text and HTML parts', async () => {
    const to = `mailbox-${uniq()}@test.ladder.dev`;
    await request(t.app.getHttpServer())
      .post('/api/v1/dev/mailbox/test')
      .send({ to, note: 'Hello <b>there</b>' })
      .expect(202);
    const res = await waitFor('the message in the mailbox', async () => {
      const r = await request(t.app.getHttpServer()).get('/api/v1/dev/mailbox').query({ to }).expect(200);
      return r.body.items.length ? r : null;
    });
    const [message] = res.body.items;
    expect(message).toMatchObject({ to, subject: 'Ladder test message', from: t.config.mail.from });
    expect(message.text).toContain('Hello <b>there</b>');
    expect(message.html).toContain('Hello &lt;b&gt;there&lt;/b&gt;'); // escaped, never injected
    const one = await request(t.app.getHttpServer()).get(`/api/v1/dev/mailbox/${message.id}`).expect(200);
    expect(one.body.id).toBe(message.id);
  });

  it('rejects a malformed test request', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/v1/dev/mailbox/test')
      .send({ to: 'nope', extra: 1 })
      .expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['to', 'extra']),
    );
  });

  it('reports queue counts in the health detail', async () => {
    const res = await request(t.app.getHttpServer()).get('/health/details').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.jobs['mail.send']).toEqual(
      expect.objectContaining({ queued: expect.any(Number), failed: expect.any(Number) }),
    );
    expect(res.body.jobs['mail.send.dead']).toBeDefined();
  });
});

describe('dev mailbox in production', () => {
  it('does not exist', async () => {
    const t = await createTestApp({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), APP_ROLE: 'api' });
    try {
      await request(t.app.getHttpServer()).get('/api/v1/dev/mailbox').expect(404);
    } finally {
      await t.close();
    }
  });
});
