import {
  type TAdminReport,
  type TCreateReport,
  type TReport,
  type TReportAction,
  type TReportStatus,
  type TReportTargetType,
  ZUuid,
} from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { publicArticle } from '../articles/article-visibility';
import { AuditService } from '../audit/audit.service';
import { MessagesService } from '../messages/messages.service';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';
import { SessionsService } from '../sessions/sessions.service';

export const REPORTS_PER_USER: Limit = { name: 'reports:user', limit: 20, windowSeconds: 3600 };

/** The moderation queue shows at most this many reports (open ones first). */
export const QUEUE_CAP = 200;

interface ReportRow {
  id: string;
  target_type: TReportTargetType;
  target_id: string;
  reason: string;
  status: TReportStatus;
  action: TReportAction | null;
  resolved_at: Date | null;
  restored_at: Date | null;
  created_at: Date;
}

interface QueueRow extends ReportRow {
  reporter_name: string | null;
  target_label: string | null;
  target_url: string | null;
}

const COLUMNS = 'id, target_type, target_id, reason, status, action, resolved_at, restored_at, created_at';

/**
 * Targets the reporter can see, by type; `$1` is the target id, `$2` the reporter. Public content
 * for everyone; a message only for the person it was sent to (its sender cannot report it).
 */
const VISIBLE_TARGET: Record<TReportTargetType, string> = {
  mentor: `SELECT 1 FROM mentor_profiles m
            WHERE m.id = $1 AND m.status = 'approved' AND m.hidden_at IS NULL AND m.owner_suspended_at IS NULL`,
  review: `SELECT 1 FROM reviews r JOIN mentor_profiles m ON m.id = r.mentor_id
            WHERE r.id = $1 AND r.hidden_at IS NULL
              AND m.status = 'approved' AND m.hidden_at IS NULL AND m.owner_suspended_at IS NULL`,
  article: `SELECT 1 FROM articles a WHERE a.id = $1 AND ${publicArticle('a')}`,
  message: `SELECT 1 FROM messages x
              JOIN conversations c ON c.id = x.conversation_id
              JOIN mentor_profiles m ON m.id = c.mentor_id
             WHERE x.id = $1 AND x.hidden_at IS NULL AND $2 IN (c.mentee_id, m.user_id)
               AND x.sender_id IS DISTINCT FROM $2`,
};

/** The targets whose visibility depends on who asks: their query takes the reporter as `$2`. */
const PER_REPORTER: ReadonlySet<TReportTargetType> = new Set(['message']);

export const presentReport = (r: ReportRow): TReport => ({
  id: r.id,
  targetType: r.target_type,
  targetId: r.target_id,
  reason: r.reason,
  status: r.status,
  ...(r.action ? { action: r.action } : {}),
  createdAt: r.created_at.toISOString(),
});

const presentQueueItem = (r: QueueRow): TAdminReport => ({
  ...presentReport(r),
  ...(r.resolved_at ? { resolvedAt: r.resolved_at.toISOString() } : {}),
  ...(r.restored_at ? { restoredAt: r.restored_at.toISOString() } : {}),
  reporter: { name: r.reporter_name ?? 'Deleted user' },
  target: {
    label: r.target_label ?? `${r.target_type} ${r.target_id} (gone)`,
    ...(r.target_url ? { url: r.target_url } : {}),
  },
});

/**
 * Reports by users and the admin's decisions on them. A decision is per target: resolving one
 * report resolves every open report of the same target with the same action.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly limits: RateLimitService,
    private readonly sessions: SessionsService,
    private readonly messages: MessagesService,
  ) {}

  /**
   * Files a report of a publicly visible target (404 otherwise). A repeat by the same user while
   * their report is still open answers that report; UQ_reports_open_per_reporter decides races.
   */
  async create(user: AuthUser, body: TCreateReport): Promise<TReport> {
    await this.limits.hit(REPORTS_PER_USER, user.id);
    if (!ZUuid.safeParse(body.targetId).success) throw AppError.notFound('Report target');
    const visible: unknown[] = await this.db.query(
      VISIBLE_TARGET[body.targetType],
      PER_REPORTER.has(body.targetType) ? [body.targetId, user.id] : [body.targetId],
    );
    if (visible.length === 0) throw AppError.notFound('Report target');
    // Two tries: the open report found by ON CONFLICT may be resolved before it is read again.
    for (let attempt = 0; attempt < 2; attempt++) {
      const inserted: ReportRow[] = await this.db.query(
        `INSERT INTO reports (reporter_id, target_type, target_id, reason) VALUES ($1, $2, $3, $4)
         ON CONFLICT (reporter_id, target_type, target_id) WHERE status = 'open' DO NOTHING
         RETURNING ${COLUMNS}`,
        [user.id, body.targetType, body.targetId, body.reason],
      );
      const existing: ReportRow[] = inserted.length
        ? inserted
        : await this.db.query(
            `SELECT ${COLUMNS} FROM reports
              WHERE reporter_id = $1 AND target_type = $2 AND target_id = $3 AND status = 'open'`,
            [user.id, body.targetType, body.targetId],
          );
      if (existing[0]) return presentReport(existing[0]);
    }
    throw AppError.conflict('report_conflict', 'Please try again');
  }

  /** Open reports first, then resolved ones; newest first within each; at most QUEUE_CAP. */
  async queue(): Promise<{ items: TAdminReport[] }> {
    const rows: QueueRow[] = await this.db.query(
      `SELECT r.${COLUMNS.split(', ').join(', r.')}, u.name AS reporter_name,
              CASE r.target_type
                WHEN 'mentor' THEN mu.name || ' (' || m.slug || ')'
                WHEN 'review' THEN 'Review of ' || rmu.name || ': ' || left(rv.body, 80)
                WHEN 'article' THEN a.title
                WHEN 'message' THEN 'Message from ' || COALESCE(xu.name, 'a deleted user') || ': ' || left(x.body, 80)
              END AS target_label,
              CASE r.target_type
                WHEN 'mentor' THEN '/mentors/' || m.slug
                WHEN 'review' THEN '/mentors/' || rm.slug
                WHEN 'article' THEN '/articles/' || a.slug
              END AS target_url
         FROM reports r
         LEFT JOIN users u ON u.id = r.reporter_id
         LEFT JOIN mentor_profiles m ON r.target_type = 'mentor' AND m.id = r.target_id
         LEFT JOIN users mu ON mu.id = m.user_id
         LEFT JOIN reviews rv ON r.target_type = 'review' AND rv.id = r.target_id
         LEFT JOIN mentor_profiles rm ON rm.id = rv.mentor_id
         LEFT JOIN users rmu ON rmu.id = rm.user_id
         LEFT JOIN articles a ON r.target_type = 'article' AND a.id = r.target_id
         LEFT JOIN messages x ON r.target_type = 'message' AND x.id = r.target_id
         LEFT JOIN users xu ON xu.id = x.sender_id
        ORDER BY r.status = 'open' DESC, r.created_at DESC, r.id DESC
        LIMIT $1`,
      [QUEUE_CAP],
    );
    return { items: rows.map(presentQueueItem) };
  }

  /**
   * One decision for the report's target: `hide` takes it out of every public answer, `dismiss`
   * changes nothing public. Every open report of the target is resolved alike. 409
   * `already_resolved` when this report was decided before.
   */
  async resolve(admin: AuthUser, id: string, action: TReportAction): Promise<TReport> {
    return this.db.transaction(async (m) => {
      const report = await this.lockTarget(m, id);
      if (report.status === 'resolved') {
        throw AppError.conflict('already_resolved', 'Already resolved', 'This report was already decided.');
      }
      if (action === 'hide') await this.setHidden(m, report, true);
      // useStructuredResult: an UPDATE … RETURNING otherwise answers [rows, count].
      const { records: resolved }: { records: ReportRow[] } = await m.queryRunner!.query(
        `UPDATE reports SET status = 'resolved', action = $3, resolved_at = now(), resolved_by = $4
          WHERE target_type = $1 AND target_id = $2 AND status = 'open'
          RETURNING ${COLUMNS}`,
        [report.target_type, report.target_id, action, admin.id],
        true,
      );
      await this.audit.record(
        {
          actorId: admin.id,
          action: `report.${action}`,
          targetType: report.target_type,
          targetId: report.target_id,
          metadata: { reportId: id, reportsResolved: resolved.length },
        },
        m,
      );
      const mine = resolved.find((r) => r.id === id);
      if (!mine) throw new Error(`report ${id} was locked open but not resolved`);
      return presentReport(mine);
    });
  }

  /**
   * Undoes a `hide`: the target is public again (a review counts in the rating again). 409
   * `not_hidden` unless the report was resolved with `hide` and not restored since.
   */
  async restore(admin: AuthUser, id: string): Promise<TReport> {
    return this.db.transaction(async (m) => {
      const report = await this.lockTarget(m, id);
      if (report.status !== 'resolved' || report.action !== 'hide' || report.restored_at) {
        throw AppError.conflict('not_hidden', 'Nothing to restore', 'This report did not hide its target.');
      }
      await this.setHidden(m, report, false);
      await m.query(
        `UPDATE reports SET restored_at = now()
          WHERE target_type = $1 AND target_id = $2 AND action = 'hide' AND restored_at IS NULL`,
        [report.target_type, report.target_id],
      );
      await this.audit.record(
        {
          actorId: admin.id,
          action: 'report.restore',
          targetType: report.target_type,
          targetId: report.target_id,
          metadata: { reportId: id },
        },
        m,
      );
      return presentReport(report);
    });
  }

  /**
   * The report, after locking every report of its target in id order: decisions on one target
   * are serialised, and two admins deciding on it at once cannot deadlock. 404 for an unknown id.
   */
  private async lockTarget(m: EntityManager, id: string): Promise<ReportRow> {
    const found: Pick<ReportRow, 'target_type' | 'target_id'>[] = await m.query(
      'SELECT target_type, target_id FROM reports WHERE id = $1',
      [id],
    );
    const target = found[0];
    if (!target) throw AppError.notFound('Report');
    const locked: ReportRow[] = await m.query(
      `SELECT ${COLUMNS} FROM reports WHERE target_type = $1 AND target_id = $2 ORDER BY id FOR UPDATE`,
      [target.target_type, target.target_id],
    );
    const report = locked.find((r) => r.id === id);
    if (!report) throw AppError.notFound('Report');
    return report;
  }

  private async setHidden(m: EntityManager, report: ReportRow, hidden: boolean): Promise<void> {
    const value = hidden ? 'now()' : 'NULL';
    switch (report.target_type) {
      case 'mentor':
        await m.query(`UPDATE mentor_profiles SET hidden_at = ${value} WHERE id = $1`, [report.target_id]);
        return;
      case 'article':
        await m.query(`UPDATE articles SET hidden_at = ${value} WHERE id = $1`, [report.target_id]);
        return;
      case 'review':
        await this.sessions.setReviewHidden(m, report.target_id, hidden);
        return;
      case 'message':
        await this.messages.setHidden(m, report.target_id, hidden);
        return;
    }
  }
}
