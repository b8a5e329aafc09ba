import { EMAIL_CHANGE_TTL_HOURS, type TChangeEmail } from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { verifyPassword } from '../../common/crypto/password';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { UserToken } from '../auth/entities/user-token.entity';
import { RefreshTokensService } from '../auth/refresh-tokens.service';
import { hashToken, newOpaqueToken } from '../auth/tokens';
import { formatWhen } from '../bookings/booking-notifier';
import { MailService } from '../mail/mail.service';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';
import { User } from '../users/entities/user.entity';
import { presentUser, type TMe } from '../users/users.service';
import {
  lockCredentials,
  noPassword,
  PASSWORD_CHECKS_PER_USER,
  wrongPassword,
} from './account-settings.service';

/** Email-change requests per user and hour (each sends up to two emails). */
export const EMAIL_CHANGE_REQUESTS_PER_USER: Limit = { name: 'me:email', limit: 5, windowSeconds: 3600 };
/** Confirmation attempts per user and hour. */
export const EMAIL_CHANGE_CONFIRMS_PER_USER: Limit = {
  name: 'me:email-confirm',
  limit: 20,
  windowSeconds: 3600,
};

function invalidLink(): AppError {
  return new AppError(
    400,
    'invalid_token',
    'Invalid link',
    'This link is not valid for your account, or it was already used. Ask for a new one in Settings.',
  );
}

function emailTaken(): AppError {
  return AppError.conflict(
    'email_taken',
    'Email already registered',
    'Another account uses this address now, so it cannot become yours. Your email is unchanged.',
  );
}

function isEmailUniqueViolation(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driver = (err as QueryFailedError & { driverError?: { code?: string; table?: string } }).driverError;
  return driver?.code === '23505' && driver.table === 'users';
}

/**
 * Changing the sign-in address (docs/adr/0006-account-deletion.md, "Email change"): the password
 * confirms the request, a single-use link sent to the new address proves it is the caller's, and
 * the old address is told. Whether the new address has an account is never revealed to the caller.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly limits: RateLimitService,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  /**
   * Checks the password, then (same answer either way) emails a confirmation link to the new
   * address, or a short notice to its owner when it already has an account; the current address
   * is told in both cases. A new request voids the links of earlier ones.
   */
  async request(user: AuthUser, input: TChangeEmail, ip: string | null): Promise<void> {
    await this.limits.hit(EMAIL_CHANGE_REQUESTS_PER_USER, user.id);
    await this.limits.hit(PASSWORD_CHECKS_PER_USER, user.id);
    const current = await lockCredentials(this.db.manager, user.id, false);
    if (!current.password_hash) throw noPassword();
    if (!(await verifyPassword(current.password_hash, input.password))) {
      await this.audit.record({ actorId: user.id, action: 'user.email_change_failed', ip });
      throw wrongPassword();
    }
    if (current.email.toLowerCase() === input.newEmail.toLowerCase())
      throw AppError.unprocessable(
        'same_email',
        'That is your current address',
        'Enter a different email address.',
      );
    await this.db.transaction(async (m) => {
      const me = await lockCredentials(m, user.id);
      const owners: { id: string }[] = await m.query('SELECT id FROM users WHERE email = $1', [
        input.newEmail,
      ]);
      const taken = owners.length > 0;
      await m.query(
        `UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND kind = 'email_change' AND used_at IS NULL`,
        [user.id],
      );
      if (taken) {
        await this.mail.enqueue(
          {
            template: 'email-change-taken',
            to: input.newEmail,
            params: { signInUrl: `${this.config.http.webUrl}/sign-in` },
            dedupeKey: `email-change-taken:${user.id}:${newOpaqueToken().hash}`,
          },
          m,
        );
      } else {
        const { token, hash } = newOpaqueToken();
        const saved = await m.save(UserToken, {
          userId: user.id,
          kind: 'email_change' as const,
          tokenHash: hash,
          newEmail: input.newEmail,
          expiresAt: new Date(Date.now() + EMAIL_CHANGE_TTL_HOURS * 3_600_000),
        });
        await this.mail.enqueue(
          {
            template: 'email-change-confirm',
            to: input.newEmail,
            params: {
              name: me.name,
              url: `${this.config.http.webUrl}/settings/email/confirm?token=${token}`,
              expiresInHours: EMAIL_CHANGE_TTL_HOURS,
            },
            dedupeKey: `email-change-confirm:${saved.id}`,
          },
          m,
        );
      }
      await this.mail.enqueue(
        {
          template: 'email-change-requested',
          to: me.email,
          params: {
            name: me.name,
            when: formatWhen(new Date(), me.timezone),
            resetUrl: `${this.config.http.webUrl}/forgot-password`,
          },
          dedupeKey: `email-change-requested:${user.id}:${newOpaqueToken().hash}`,
        },
        m,
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'user.email_change_requested',
          targetType: 'user',
          targetId: user.id,
          ip,
          metadata: { addressTaken: taken },
        },
        m,
      );
    });
  }

  /**
   * Sets the address the token was issued for, marked verified, and signs out every other session
   * (as a password change does: the family of the refresh cookie sent with this request, if any,
   * stays). The token must be the caller's, unused and unexpired; the unique index on
   * `users.email` stays the final guard (409).
   */
  async confirm(
    user: AuthUser,
    token: string,
    presentedRefresh: string | undefined,
    ip: string | null,
  ): Promise<TMe> {
    await this.limits.hit(EMAIL_CHANGE_CONFIRMS_PER_USER, user.id);
    try {
      return await this.db.transaction(async (m) => {
        const row = await m.getRepository(UserToken).findOne({
          where: { tokenHash: hashToken(token), kind: 'email_change' },
          lock: { mode: 'pessimistic_write' },
        });
        if (!row || row.userId !== user.id || row.usedAt || !row.newEmail) throw invalidLink();
        if (row.expiresAt.getTime() <= Date.now())
          throw new AppError(
            400,
            'token_expired',
            'Link expired',
            `Confirmation links work for ${EMAIL_CHANGE_TTL_HOURS} hours. Ask for a new one in Settings.`,
          );
        await lockCredentials(m, user.id);
        const others: { id: string }[] = await m.query('SELECT id FROM users WHERE email = $1 AND id <> $2', [
          row.newEmail,
          user.id,
        ]);
        if (others.length > 0) throw emailTaken();
        await m.query(
          `UPDATE users SET email = $2, email_verified_at = now(), updated_at = now() WHERE id = $1`,
          [user.id, row.newEmail],
        );
        // This link, other pending changes, and links mailed to the old address are all spent.
        await m.query(
          `UPDATE user_tokens SET used_at = now()
            WHERE user_id = $1 AND used_at IS NULL AND kind IN ('email_change', 'verify_email', 'password_reset')`,
          [user.id],
        );
        const keptCurrentSession = await this.refreshTokens.revokeOthers(user.id, presentedRefresh, m);
        await this.audit.record(
          {
            actorId: user.id,
            action: 'user.email_changed',
            targetType: 'user',
            targetId: user.id,
            ip,
            metadata: { keptCurrentSession },
          },
          m,
        );
        const updated = await m.getRepository(User).findOneByOrFail({ id: user.id });
        return { ...presentUser(updated), hasPassword: updated.passwordHash !== null };
      });
    } catch (err) {
      // Registered (or claimed by another change) between our check and the update.
      if (isEmailUniqueViolation(err)) throw emailTaken();
      throw err;
    }
  }
}
