import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin } from '../../../test/auth-helpers';
import { uniq } from '../../../test/factories';
import { makeApprovedMentor } from '../../../test/mentor-helpers';
import { waitFor } from '../../../test/wait';
import { ArticleNewsletterService } from './article-newsletter.service';

describe('newsletter: a first publish emails confirmed subscribers', () => {
  // The worker shares its queues with the suites running beside this one: allow it time.
  jest.setTimeout(90_000);
  let t: TestApp;
  let admin: Account;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());

  const subscriber = async (status: 'pending' | 'confirmed' | 'unsubscribed') => {
    const email = `reader-${uniq()}@test.ladder.dev`;
    const rows: { id: string }[] = await t.db.query(
      `INSERT INTO newsletter_subscribers (email, status, confirmed_at, unsubscribed_at)
       VALUES ($1, $2, CASE WHEN $2 = 'pending' THEN NULL ELSE now() END, CASE WHEN $2 = 'unsubscribed' THEN now() END)
       RETURNING id`,
      [email, status],
    );
    return { id: rows[0]!.id, email };
  };
  const articleMails = async (
    to: string,
    title: string,
  ): Promise<{ subject: string; text: string; html: string }[]> =>
    (await http().get('/api/v1/dev/mailbox').query({ to }).expect(200)).body.items.filter(
      (m: { subject: string }) => m.subject === `New on Ladder: ${title}`,
    );
  /**
   * This article's newsletter jobs and the emails they queued are all done. Only this article's:
   * the queues are shared with the suites running beside this one, which may keep them busy.
   */
  const drained = (articleId: string) =>
    waitFor(
      `the newsletter jobs and emails of article ${articleId} to finish`,
      async () => {
        const rows: { n: number }[] = await t.db.query(
          `SELECT count(*)::int AS n FROM pgboss.job
            WHERE state IN ('created', 'retry', 'active')
              AND ((name = 'newsletter.article-published' AND data->>'articleId' = $1)
                OR (name = 'mail.send' AND data->>'dedupeKey' LIKE 'newsletter-article:' || $1 || ':%'))`,
          [articleId],
        );
        return rows[0]!.n === 0;
      },
      60_000,
    );
  const firstJobs = async (articleId: string): Promise<number> => {
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'newsletter.article-published' AND data->>'articleId' = $1`,
      [articleId],
    );
    return rows[0]!.n;
  };

  it('sends each confirmed subscriber one email with their own unsubscribe link, once per article', async () => {
    const readers = [await subscriber('confirmed'), await subscriber('confirmed')];
    const pending = await subscriber('pending');
    const left = await subscriber('unsubscribed');
    const { account } = await makeApprovedMentor(t, admin, { offerings: [] });
    const title = `Reviews that teach ${uniq()}`;
    const draft = await http()
      .post('/api/v1/mentors/me/articles')
      .set(account.bearer)
      .send({ title, body: 'A **good** review teaches.' })
      .expect(201);
    // A draft tells nobody.
    expect(await firstJobs(draft.body.id)).toBe(0);
    await http().post(`/api/v1/mentors/me/articles/${draft.body.id}/publish`).set(account.bearer).expect(200);

    const mails = await Promise.all(
      readers.map((r) =>
        waitFor(`the article email to ${r.email}`, async () => {
          const found = await articleMails(r.email, title);
          return found.length > 0 ? found : undefined;
        }),
      ),
    );
    const tokens = mails.map((found) => {
      expect(found).toHaveLength(1);
      const mail = found[0]!;
      expect(mail.text).toContain(`/articles/${draft.body.slug}`);
      expect(mail.html).toContain('>Unsubscribe</a>');
      const token = /newsletter\/unsubscribe\?token=([^\s"&]+)/.exec(mail.text)?.[1];
      expect(token).toBeDefined();
      return token!;
    });
    expect(new Set(tokens).size).toBe(2);

    // Unpublishing and publishing again, and the job running again, send nothing more.
    await http()
      .post(`/api/v1/mentors/me/articles/${draft.body.id}/unpublish`)
      .set(account.bearer)
      .expect(200);
    await http().post(`/api/v1/mentors/me/articles/${draft.body.id}/publish`).set(account.bearer).expect(200);
    expect(await firstJobs(draft.body.id)).toBe(1);
    await t.app.get(ArticleNewsletterService).sendBatch(draft.body.id, null);
    await drained(draft.body.id);
    for (const r of readers) expect(await articleMails(r.email, title)).toHaveLength(1);
    expect(await articleMails(pending.email, title)).toEqual([]);
    expect(await articleMails(left.email, title)).toEqual([]);

    // The link in the email unsubscribes that reader (one click: the page posts the token).
    await http().post('/api/v1/newsletter/unsubscribe').send({ token: tokens[0] }).expect(200);
    const status: { status: string }[] = await t.db.query(
      'SELECT status FROM newsletter_subscribers WHERE id = $1',
      [readers[0]!.id],
    );
    expect(status[0]!.status).toBe('unsubscribed');
  });

  it('fans out in batches: a full batch enqueues the next one, and a hidden article sends nothing', async () => {
    await subscriber('confirmed');
    await subscriber('confirmed');
    await subscriber('confirmed');
    const { account } = await makeApprovedMentor(t, admin, { offerings: [] });
    const draft = await http()
      .post('/api/v1/mentors/me/articles')
      .set(account.bearer)
      .send({ title: `Batches ${uniq()}`, body: 'Words.' })
      .expect(201);
    await http().post(`/api/v1/mentors/me/articles/${draft.body.id}/publish`).set(account.bearer).expect(200);
    await drained(draft.body.id);
    const newsletter = t.app.get(ArticleNewsletterService);
    expect(await newsletter.sendBatch(draft.body.id, null, 2)).toBe(2);
    const next: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM pgboss.job
        WHERE name = 'newsletter.article-published' AND data->>'articleId' = $1 AND data->>'afterSubscriberId' IS NOT NULL`,
      [draft.body.id],
    );
    expect(next[0]!.n).toBeGreaterThanOrEqual(1);

    await t.db.query('UPDATE articles SET hidden_at = now() WHERE id = $1', [draft.body.id]);
    expect(await newsletter.sendBatch(draft.body.id, null)).toBe(0);
  });
});
