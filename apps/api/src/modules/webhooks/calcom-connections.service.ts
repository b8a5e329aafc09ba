import { randomBytes } from 'node:crypto';
import type { TCalcomWebhook, TMyCalcomWebhook } from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';

interface HookRow {
  id: string;
  secret: string;
  created_at: Date;
  secret_rotated_at: Date;
  last_delivery_at: Date | null;
  last_outcome: string | null;
}

const HOOK_COLUMNS = 'id, secret, created_at, secret_rotated_at, last_delivery_at, last_outcome';

/** Creating or rotating a secret: a handful a day is plenty, and each one breaks the old secret. */
const SECRET_CHANGES_PER_MENTOR = { name: 'calcom-webhook-secret', limit: 20, windowSeconds: 3600 };

/**
 * A mentor's own Cal.com webhook (`/mentors/me/calcom-webhook`): set up, rotate the secret, or
 * disconnect. Deliveries to it can only concern that mentor's bookings (CalcomWebhookService).
 */
@Injectable()
export class CalcomConnectionsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limits: RateLimitService,
    private readonly audit: AuditService,
  ) {}

  async get(user: AuthUser): Promise<TMyCalcomWebhook> {
    const mentorId = await this.mentorIdOf(this.db.manager, user);
    const rows: HookRow[] = await this.db.query(
      `SELECT ${HOOK_COLUMNS} FROM calcom_webhooks WHERE mentor_id = $1`,
      [mentorId],
    );
    return { webhook: rows[0] ? this.present(rows[0]) : null };
  }

  /** Sets the webhook up, or gives it a new secret (the URL stays; the old secret stops at once). */
  async rotate(user: AuthUser): Promise<TMyCalcomWebhook> {
    await this.limits.hit(SECRET_CHANGES_PER_MENTOR, user.id);
    return this.db.transaction(async (m) => {
      const mentorId = await this.mentorIdOf(m, user, true);
      const secret = randomBytes(32).toString('base64url');
      const rows: HookRow[] = await m.query(
        `INSERT INTO calcom_webhooks (mentor_id, secret) VALUES ($1, $2)
         ON CONFLICT (mentor_id) DO UPDATE SET secret = EXCLUDED.secret, secret_rotated_at = now()
         RETURNING ${HOOK_COLUMNS}`,
        [mentorId, secret],
      );
      const hook = rows[0]!;
      const created = hook.created_at.getTime() === hook.secret_rotated_at.getTime();
      await this.audit.record(
        {
          actorId: user.id,
          action: created ? 'calcom_webhook.created' : 'calcom_webhook.secret_rotated',
          targetType: 'mentor_profile',
          targetId: mentorId,
        },
        m,
      );
      return { webhook: this.present(hook) };
    });
  }

  /** Disconnects: deliveries to the old URL are refused (401) from now on. */
  async remove(user: AuthUser): Promise<void> {
    await this.db.transaction(async (m) => {
      const mentorId = await this.mentorIdOf(m, user, true);
      const deleted: unknown[] = await m.query(
        // As a SELECT, so the driver answers the deleted rows (a bare DELETE answers [rows, count]).
        'WITH gone AS (DELETE FROM calcom_webhooks WHERE mentor_id = $1 RETURNING id) SELECT id FROM gone',
        [mentorId],
      );
      if (deleted.length === 0) throw AppError.notFound('Cal.com webhook');
      await this.audit.record(
        {
          actorId: user.id,
          action: 'calcom_webhook.removed',
          targetType: 'mentor_profile',
          targetId: mentorId,
        },
        m,
      );
    });
  }

  /** The caller's mentor profile (any status: a pending mentor may prepare); 404 without one. */
  private async mentorIdOf(m: EntityManager, user: AuthUser, lock = false): Promise<string> {
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM mentor_profiles WHERE user_id = $1${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [user.id],
    );
    if (!rows[0]) throw AppError.notFound('Mentor profile');
    return rows[0].id;
  }

  private present(row: HookRow): TCalcomWebhook {
    return {
      url: `${this.config.http.publicApiUrl.replace(/\/+$/, '')}/api/v1/webhooks/calcom/${row.id}`,
      secret: row.secret,
      createdAt: row.created_at.toISOString(),
      secretRotatedAt: row.secret_rotated_at.toISOString(),
      lastDeliveryAt: row.last_delivery_at?.toISOString() ?? null,
      lastOutcome: row.last_outcome,
    };
  }
}
