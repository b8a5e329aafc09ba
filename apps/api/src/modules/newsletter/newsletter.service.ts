import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { MailService } from '../mail/mail.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import type { NewsletterStatus } from './entities/newsletter-subscriber.entity';
import { NewsletterTokens } from './newsletter.tokens';

/** How long a confirmation link works. */
export const CONFIRM_TTL_DAYS = 7;

/** Subscription requests per address and hour (the emails they send are also limited per reader). */
const SUBSCRIBE_PER_IP = { name: 'newsletter:ip', limit: 20, windowSeconds: 60 * 60 };

const invalidToken = () =>
  new AppError(
    400,
    'invalid_token',
    'Invalid or expired link',
    'This link is invalid or has expired. Subscribe again to get a new one.',
  );

@Injectable()
export class NewsletterService {
  private readonly tokens: NewsletterTokens;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly limits: RateLimitService,
  ) {
    this.tokens = new NewsletterTokens(config.auth.jwtSecret);
  }

  /**
   * Double opt-in. A new (or unsubscribed) reader becomes `pending` and is sent a confirmation
   * link; a confirmed reader is sent nothing. The caller learns nothing either way (same answer).
   * At most one confirmation email per reader and hour, however often the form is sent.
   */
  async subscribe(email: string, source: string | null, ip: string | null): Promise<void> {
    await this.limits.hit(SUBSCRIBE_PER_IP, ip ?? 'unknown');
    await this.db.transaction(async (m) => {
      const rows: { id: string; status: NewsletterStatus; left: string | null }[] = await m.query(
        `INSERT INTO newsletter_subscribers (email, source) VALUES ($1, $2)
         ON CONFLICT (email) DO UPDATE SET
           status = CASE WHEN newsletter_subscribers.status = 'unsubscribed' THEN 'pending' ELSE newsletter_subscribers.status END,
           source = COALESCE(newsletter_subscribers.source, EXCLUDED.source),
           updated_at = now()
         RETURNING id, status, extract(epoch FROM unsubscribed_at)::bigint::text AS left`,
        [email, source],
      );
      const subscriber = rows[0]!;
      if (subscriber.status !== 'pending') return;
      const expiresAt = new Date(Date.now() + CONFIRM_TTL_DAYS * 86_400_000);
      const token = this.tokens.issue('confirm', subscriber.id, expiresAt);
      const hour = Math.floor(Date.now() / 3_600_000);
      await this.mail.enqueue(
        {
          template: 'newsletter-confirm',
          to: email,
          params: { url: `${this.config.http.webUrl}/newsletter/confirm?token=${token}` },
          // One per reader and hour; leaving and coming back starts afresh.
          dedupeKey: `newsletter-confirm:${subscriber.id}:${subscriber.left ?? 0}:${hour}`,
        },
        m,
      );
    });
  }

  /** Follows the emailed link: the reader is subscribed (again, if they had left). Idempotent. */
  async confirm(token: string): Promise<{ status: 'confirmed'; email: string }> {
    const id = this.tokens.verify('confirm', token);
    if (!id) throw invalidToken();
    const rows: { email: string }[] = await this.db.query(
      `WITH confirmed AS (
         UPDATE newsletter_subscribers
            SET status = 'confirmed', confirmed_at = CASE WHEN status = 'confirmed' THEN confirmed_at ELSE now() END,
                unsubscribed_at = NULL, updated_at = now()
          WHERE id = $1 RETURNING email
       ) SELECT email FROM confirmed`,
      [id],
    );
    if (!rows[0]) throw invalidToken();
    return { status: 'confirmed', email: rows[0].email };
  }

  /** One click from any newsletter email; the link never expires. Idempotent. */
  async unsubscribe(token: string): Promise<{ status: 'unsubscribed' }> {
    const id = this.tokens.verify('unsubscribe', token);
    if (!id) throw invalidToken();
    const rows: { id: string }[] = await this.db.query(
      `WITH left_ AS (
         UPDATE newsletter_subscribers
            SET status = 'unsubscribed', unsubscribed_at = COALESCE(unsubscribed_at, now()), updated_at = now()
          WHERE id = $1 RETURNING id
       ) SELECT id FROM left_`,
      [id],
    );
    if (!rows[0]) throw invalidToken();
    return { status: 'unsubscribed' };
  }

  /** The unsubscribe link for a reader, for every newsletter email sent to them. */
  unsubscribeUrl(subscriberId: string): string {
    return `${this.config.http.webUrl}/newsletter/unsubscribe?token=${this.tokens.issue('unsubscribe', subscriberId, null)}`;
  }
}
