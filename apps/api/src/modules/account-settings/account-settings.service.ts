import { randomUUID } from 'node:crypto';
import type { TChangePassword, TUpdateMe } from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { hashPassword, verifyPassword } from '../../common/crypto/password';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { RefreshTokensService } from '../auth/refresh-tokens.service';
import { formatWhen } from '../bookings/booking-notifier';
import { MailService } from '../mail/mail.service';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';
import { type TMe } from '../users/users.service';

/** Profile edits per user and hour. */
export const PROFILE_UPDATES_PER_USER: Limit = { name: 'me:update', limit: 30, windowSeconds: 3600 };
/** Password checks (change or delete) per user in 15 minutes: the same budget as sign-in per account. */
export const PASSWORD_CHECKS_PER_USER: Limit = { name: 'me:password', limit: 10, windowSeconds: 15 * 60 };

/** The row behind a signed-in user, with what the password checks need. */
export interface Credentials {
  email: string;
  name: string;
  timezone: string;
  password_hash: string | null;
}

export function wrongPassword(): AppError {
  // 422, not 401: the caller is signed in; 401 means "your session is gone" to every client here.
  return AppError.unprocessable(
    'wrong_password',
    'Wrong password',
    'The password you entered is not your current password.',
  );
}

export function noPassword(): AppError {
  return AppError.unprocessable(
    'no_password',
    'This account has no password',
    'You sign in with GitHub, so there is no password to change. Use "Forgot password" on the sign-in page to set one.',
  );
}

/** The caller's row; locked for the rest of the transaction unless `lock` is false (a plain read). */
export async function lockCredentials(m: EntityManager, userId: string, lock = true): Promise<Credentials> {
  const rows: Credentials[] = await m.query(
    `SELECT email, name, timezone, password_hash FROM users WHERE id = $1 AND deleted_at IS NULL${lock ? ' FOR UPDATE' : ''}`,
    [userId],
  );
  const row = rows[0];
  // The access token was valid a moment ago; the account went since (deleted in another tab).
  if (!row) throw AppError.unauthorized('unauthorized', 'Authentication required', 'Sign in to continue.');
  return row;
}

/**
 * The signed-in user's own settings: name and time zone, and the password. Account deletion and
 * the data export live beside it (AccountDeletionService, AccountExportService).
 */
@Injectable()
export class AccountSettingsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly limits: RateLimitService,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  /**
   * Name and zone. A new zone also becomes the zone of the user's bookings (as mentee) that have
   * not ended: their confirmations, reschedule notices and reminders are composed from
   * `bookings.mentee_timezone` when they are sent, and should read the zone the person is in now.
   * Past bookings keep the zone they happened in.
   */
  async update(user: AuthUser, input: TUpdateMe, ip: string | null): Promise<TMe> {
    await this.limits.hit(PROFILE_UPDATES_PER_USER, user.id);
    return this.db.transaction(async (m) => {
      const before = await lockCredentials(m, user.id);
      const name = input.name ?? before.name;
      const timezone = input.timezone ?? before.timezone;
      const rows: (Omit<TMe, 'emailVerified' | 'hasPassword'> & {
        email_verified_at: Date | null;
        has_password: boolean;
      })[] = await m.query(
        `WITH u AS (
           UPDATE users SET name = $2, timezone = $3, updated_at = now() WHERE id = $1
           RETURNING id, email, name, roles, timezone, email_verified_at, password_hash IS NOT NULL AS has_password)
         SELECT * FROM u`,
        [user.id, name, timezone],
      );
      let bookingsMoved = 0;
      if (timezone !== before.timezone) {
        const moved: { id: string }[] = await m.query(
          `WITH moved AS (
             UPDATE bookings SET mentee_timezone = $2, updated_at = now()
              WHERE mentee_id = $1 AND ends_at > now() AND mentee_timezone <> $2 RETURNING id)
           SELECT id FROM moved`,
          [user.id, timezone],
        );
        bookingsMoved = moved.length;
      }
      const changed = [
        ...(name !== before.name ? ['name'] : []),
        ...(timezone !== before.timezone ? ['timezone'] : []),
      ];
      if (changed.length > 0) {
        await this.audit.record(
          {
            actorId: user.id,
            action: 'user.profile_updated',
            targetType: 'user',
            targetId: user.id,
            ip,
            metadata: {
              changed,
              ...(timezone !== before.timezone
                ? { timezoneFrom: before.timezone, timezoneTo: timezone, bookingsMoved }
                : {}),
            },
          },
          m,
        );
      }
      const r = rows[0]!;
      return {
        id: r.id,
        email: r.email,
        name: r.name,
        roles: r.roles,
        timezone: r.timezone,
        emailVerified: !!r.email_verified_at,
        hasPassword: r.has_password,
      };
    });
  }

  /**
   * Checks the current password, stores the new one (argon2id), ends every other session (their
   * refresh-token families are revoked; the family of the refresh cookie sent with this request,
   * if any, stays), voids unused reset links, emails the owner and records it.
   */
  async changePassword(
    user: AuthUser,
    input: TChangePassword,
    presentedRefresh: string | undefined,
    ip: string | null,
  ): Promise<void> {
    await this.limits.hit(PASSWORD_CHECKS_PER_USER, user.id);
    const current = await lockCredentials(this.db.manager, user.id, false);
    if (!current.password_hash) throw noPassword();
    if (!(await verifyPassword(current.password_hash, input.currentPassword))) {
      await this.audit.record({ actorId: user.id, action: 'auth.password_change_failed', ip });
      throw wrongPassword();
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (m) => {
      const locked = await lockCredentials(m, user.id);
      // Changed by another request between the check and now: the check no longer holds.
      if (locked.password_hash !== current.password_hash) throw wrongPassword();
      await m.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
        user.id,
        passwordHash,
      ]);
      const keptCurrentSession = await this.refreshTokens.revokeOthers(user.id, presentedRefresh, m);
      await m.query(
        `UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND kind = 'password_reset' AND used_at IS NULL`,
        [user.id],
      );
      await this.mail.enqueue(
        {
          template: 'password-changed',
          to: locked.email,
          params: {
            name: locked.name,
            when: formatWhen(new Date(), locked.timezone),
            resetUrl: `${this.config.http.webUrl}/forgot-password`,
          },
          dedupeKey: `password-changed:${user.id}:${randomUUID()}`,
        },
        m,
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'auth.password_changed',
          targetType: 'user',
          targetId: user.id,
          ip,
          metadata: { keptCurrentSession },
        },
        m,
      );
    });
  }
}
