import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { publicArticle } from '../articles/article-visibility';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import { NewsletterService } from './newsletter.service';

/** Subscribers emailed per `newsletter.article-published` job. */
export const ARTICLE_MAIL_BATCH = 200;

/**
 * "New article" emails to confirmed newsletter subscribers. The publish that makes an article
 * public for the first time enqueues one job (in its transaction); each job emails one batch of
 * subscribers in id order and, in the same transaction, enqueues the job for the next batch.
 * Every email's dedupe key is per article and subscriber, so retries and repeated jobs never
 * send anyone a second copy. An article that is no longer public when a batch runs sends nothing.
 */
@Injectable()
export class ArticleNewsletterService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly newsletter: NewsletterService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('newsletter.article-published', async (data) => {
      await this.sendBatch(data.articleId, data.afterSubscriberId);
    });
  }

  /** Emails one batch; answers how many emails were queued. */
  async sendBatch(articleId: string, after: string | null, batchSize = ARTICLE_MAIL_BATCH): Promise<number> {
    return this.db.transaction(async (m) => {
      const articles: { slug: string; title: string; excerpt: string; author_name: string }[] = await m.query(
        `SELECT a.slug, a.title, a.excerpt, u.name AS author_name
           FROM articles a JOIN users u ON u.id = a.author_id
          WHERE a.id = $1 AND ${publicArticle('a')}`,
        [articleId],
      );
      const article = articles[0];
      if (!article) return 0;
      const subscribers: { id: string; email: string }[] = await m.query(
        `SELECT id, email FROM newsletter_subscribers
          WHERE status = 'confirmed' AND ($1::uuid IS NULL OR id > $1::uuid)
          ORDER BY id LIMIT $2`,
        [after, batchSize],
      );
      const url = `${this.config.http.webUrl}/articles/${encodeURIComponent(article.slug)}`;
      await this.mail.enqueueMany(
        subscribers.map((s) => ({
          template: 'newsletter-article' as const,
          to: s.email,
          params: {
            title: article.title,
            excerpt: article.excerpt,
            authorName: article.author_name,
            url,
            unsubscribeUrl: this.newsletter.unsubscribeUrl(s.id),
          },
          dedupeKey: `newsletter-article:${articleId}:${s.id}`,
        })),
        m,
      );
      const last = subscribers.at(-1);
      if (last && subscribers.length === batchSize) {
        await this.jobs.enqueue(
          'newsletter.article-published',
          { articleId, afterSubscriberId: last.id },
          { manager: m, singletonKey: `${articleId}:${last.id}` },
        );
      }
      return subscribers.length;
    });
  }
}
