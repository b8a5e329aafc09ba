import { randomUUID } from 'node:crypto';
import type {
  TAdminUser,
  TAdminUsersQuery,
  TMentorStatus,
  TPage,
  TRole,
  TSuspensionResult,
} from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  isUuid,
  scopeOf,
  TIMESTAMP_KEY,
} from '../../common/keyset-cursor';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { RefreshTokensService } from '../auth/refresh-tokens.service';
import { BookingsService } from '../bookings/bookings.service';
import { MailService } from '../mail/mail.service';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';

/** Suspensions and reinstatements one admin may make in an hour (a stolen admin session is slowed). */
export const SUSPENSIONS_PER_ADMIN: Limit = { name: 'suspensions:admin', limit: 60, windowSeconds: 3600 };

interface AdminUserRow {
  id: string;
  email: string;
  name: string;
  roles: TRole[];
  created_at: Date;
  suspended_at: Date | null;
  suspension_reason: string | null;
  profile_id: string | null;
  profile_slug: string | null;
  profile_status: TMentorStatus | null;
}

const ADMIN_USER_SELECT = `
  SELECT u.id, u.email, u.name, u.roles, u.created_at, u.suspended_at,
         s.reason AS suspension_reason, p.id AS profile_id, p.slug AS profile_slug, p.status AS profile_status
    FROM users u
    LEFT JOIN account_suspensions s ON s.user_id = u.id AND s.lifted_at IS NULL
    LEFT JOIN mentor_profiles p ON p.user_id = u.id`;

/** What the other side of a cancelled booking reads (the suspension's reason stays private). */
const CANCEL_REASON = 'Cancelled by Ladder: an account taking part was suspended.';

function presentAdminUser(r: AdminUserRow): TAdminUser {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    roles: r.roles,
    status: r.suspended_at ? 'suspended' : 'active',
    createdAt: r.created_at.toISOString(),
    ...(r.suspended_at
      ? { suspension: { reason: r.suspension_reason ?? '', suspendedAt: r.suspended_at.toISOString() } }
      : {}),
    ...(r.profile_id && r.profile_slug && r.profile_status
      ? { mentorProfile: { id: r.profile_id, slug: r.profile_slug, status: r.profile_status } }
      : {}),
  };
}

/** `%`, `_` and `\` match themselves in the search. */
const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The statement behind GET /admin/users: newest first, `q` matching part of the email or the name
 * case-insensitively. `email::text`, not the citext column, so both ILIKEs can use the trigram
 * indexes (IDX_users_email_trgm / IDX_users_name_trgm; citext's own ILIKE cannot).
 */
export function adminUsersStatement(
  q: string | null,
  cursor: { k: string; id: string } | null,
  limit: number,
): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  // Deleted accounts are tombstones (docs/adr/0006): nothing to find, suspend or reinstate.
  const where: string[] = ['u.deleted_at IS NULL'];
  if (q) {
    values.push(likePattern(q));
    where.push(`(u.email::text ILIKE $${values.length} OR u.name ILIKE $${values.length})`);
  }
  if (cursor) {
    values.push(cursor.k, cursor.id);
    where.push(`(u.created_at, u.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
  }
  values.push(limit);
  return {
    sql: `${ADMIN_USER_SELECT.replace('SELECT ', 'SELECT u.created_at::text AS cursor_key, ')}
        WHERE ${where.join(' AND ')}
        ORDER BY u.created_at DESC, u.id DESC
        LIMIT $${values.length}`,
    values,
  };
}

/**
 * Admins find accounts and suspend or reinstate them. A suspension is one transaction: the flag,
 * the record with its reason, the mentor profile hidden (status `suspended`), every refresh token
 * revoked, future bookings cancelled through the bookings' own cancellation (refunds, payments,
 * emails), the notice to the user and the audit entry — all or nothing. Access tokens stop working
 * at once because every request reads `users.suspended_at` (UsersService.findAuthUser).
 * docs/adr/0005-account-suspension-and-revenue.md says why each effect is what it is.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bookings: BookingsService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly limits: RateLimitService,
  ) {}

  /** Newest accounts first; `q` matches part of the email or the name, case-insensitively. */
  async list(query: TAdminUsersQuery): Promise<TPage<TAdminUser>> {
    const limit = query.limit ?? 25;
    const q = query.q?.trim() || null;
    const scope = scopeOf(['admin-users', q]);
    const cursor = decodeKeysetCursor(query.cursor, scope, TIMESTAMP_KEY);
    const { sql, values } = adminUsersStatement(q, cursor ?? null, limit + 1);
    const rows: (AdminUserRow & { cursor_key: string })[] = await this.db.query(sql, values);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(presentAdminUser),
      nextCursor:
        rows.length > limit && last ? encodeKeysetCursor(scope, { k: last.cursor_key, id: last.id }) : null,
    };
  }

  async suspend(admin: AuthUser, id: string, reason: string): Promise<TSuspensionResult> {
    if (!isUuid(id)) throw AppError.notFound('User');
    if (id === admin.id) {
      throw AppError.unprocessable(
        'cannot_suspend_self',
        'You cannot suspend yourself',
        'Ask another administrator.',
      );
    }
    await this.limits.hit(SUSPENSIONS_PER_ADMIN, admin.id);
    return this.db.transaction(async (m) => {
      const user = await this.lockUser(m, id);
      if (user.roles.includes('admin')) {
        throw AppError.unprocessable(
          'cannot_suspend_admin',
          'Administrators cannot be suspended',
          'Remove the admin role first.',
        );
      }
      // Already suspended: nothing changes and nothing is sent (a retried click is harmless).
      if (user.suspended_at) return { user: await this.view(m, id), cancelledBookings: 0 };

      await m.query('UPDATE users SET suspended_at = now(), updated_at = now() WHERE id = $1', [id]);
      const profiles: { id: string; status: TMentorStatus }[] = await m.query(
        'SELECT id, status FROM mentor_profiles WHERE user_id = $1 FOR NO KEY UPDATE',
        [id],
      );
      const profile = profiles[0];
      if (profile) {
        await m.query(`UPDATE mentor_profiles SET status = 'suspended', updated_at = now() WHERE id = $1`, [
          profile.id,
        ]);
      }
      await m.query(
        `INSERT INTO account_suspensions (user_id, reason, suspended_by, mentor_status_before) VALUES ($1, $2, $3, $4)`,
        [id, reason, admin.id, profile && profile.status !== 'suspended' ? profile.status : null],
      );
      await this.refreshTokens.revokeAllForUser(id, m);
      const cancelled = await this.bookings.cancelUpcomingOf(m, id, (asMentor) => ({
        // By Ladder. As the mentor's, the mentee gets a full refund (a mentor-side cancellation);
        // as the mentee's, what the mentee would get cancelling now.
        cancelledBy: 'admin',
        policyAs: asMentor ? 'admin' : 'mentee',
        reason: CANCEL_REASON,
      }));
      await this.mail.enqueue(
        {
          template: 'account-suspended',
          to: user.email,
          params: { name: user.name, reason, cancelledBookings: cancelled.length },
          dedupeKey: `account-suspended:${id}:${randomUUID()}`,
        },
        m,
      );
      await this.audit.record(
        {
          actorId: admin.id,
          action: 'user.suspended',
          targetType: 'user',
          targetId: id,
          metadata: {
            reason,
            mentorStatusBefore: profile?.status ?? null,
            cancelledBookings: cancelled,
          },
        },
        m,
      );
      return { user: await this.view(m, id), cancelledBookings: cancelled.length };
    });
  }

  /** Sign-in and the mentor profile come back as they were; cancelled bookings stay cancelled. */
  async unsuspend(admin: AuthUser, id: string): Promise<TAdminUser> {
    if (!isUuid(id)) throw AppError.notFound('User');
    await this.limits.hit(SUSPENSIONS_PER_ADMIN, admin.id);
    return this.db.transaction(async (m) => {
      const user = await this.lockUser(m, id);
      if (!user.suspended_at) return this.view(m, id);
      const open: { id: string; mentor_status_before: TMentorStatus | null }[] = await m.query(
        `SELECT id, mentor_status_before FROM account_suspensions WHERE user_id = $1 AND lifted_at IS NULL FOR UPDATE`,
        [id],
      );
      const suspension = open[0];
      await m.query('UPDATE users SET suspended_at = NULL, updated_at = now() WHERE id = $1', [id]);
      // A profile suspended without a record (or created since) goes back to review.
      const restored = suspension?.mentor_status_before ?? 'pending';
      await m.query(
        `UPDATE mentor_profiles SET status = $2, updated_at = now() WHERE user_id = $1 AND status = 'suspended'`,
        [id, restored],
      );
      if (suspension) {
        await m.query('UPDATE account_suspensions SET lifted_at = now(), lifted_by = $2 WHERE id = $1', [
          suspension.id,
          admin.id,
        ]);
      }
      await this.mail.enqueue(
        {
          template: 'account-reinstated',
          to: user.email,
          params: { name: user.name, url: `${this.config.http.webUrl}/sign-in` },
          dedupeKey: `account-reinstated:${id}:${randomUUID()}`,
        },
        m,
      );
      await this.audit.record(
        {
          actorId: admin.id,
          action: 'user.unsuspended',
          targetType: 'user',
          targetId: id,
          metadata: { mentorStatusRestored: suspension?.mentor_status_before ?? null },
        },
        m,
      );
      return this.view(m, id);
    });
  }

  private async lockUser(
    m: EntityManager,
    id: string,
  ): Promise<{ email: string; name: string; roles: TRole[]; suspended_at: Date | null }> {
    const rows: { email: string; name: string; roles: TRole[]; suspended_at: Date | null }[] = await m.query(
      'SELECT email, name, roles, suspended_at FROM users WHERE id = $1 AND deleted_at IS NULL FOR NO KEY UPDATE',
      [id],
    );
    const row = rows[0];
    if (!row) throw AppError.notFound('User');
    return row;
  }

  private async view(m: EntityManager, id: string): Promise<TAdminUser> {
    const rows: AdminUserRow[] = await m.query(`${ADMIN_USER_SELECT} WHERE u.id = $1`, [id]);
    return presentAdminUser(rows[0]!);
  }
}
