import { ACCOUNT_DELETE_PHRASE, FORMER_MEMBER_NAME, type TDeleteAccount } from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { verifyPassword } from '../../common/crypto/password';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { BookingsService } from '../bookings/bookings.service';
import { MailService } from '../mail/mail.service';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';
import { lockCredentials, PASSWORD_CHECKS_PER_USER, wrongPassword } from './account-settings.service';

/** Deletion attempts per user and hour (each one costs a password hash and, when it works, a lot of writes). */
export const DELETIONS_PER_USER: Limit = { name: 'me:delete', limit: 5, windowSeconds: 3600 };

/** What the other person of a cancelled booking reads. */
const CANCEL_REASON = 'Cancelled: the other person closed their Ladder account.';

/** The unique address a deleted account keeps: `.invalid` can never receive mail (RFC 2606). */
export const tombstoneEmail = (userId: string): string => `deleted-${userId}@deleted.invalid`;

export interface DeletionSummary {
  cancelledBookings: string[];
}

/**
 * Closes an account for good, in one transaction. The users row stays as a tombstone (bookings,
 * payments and reviews point at it, and money rows are never deleted), stripped of everything that
 * names the person or lets anyone sign in as them; what only concerned them is deleted. Each
 * effect, and why, is in docs/adr/0006-account-deletion.md.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    private readonly db: DataSource,
    private readonly bookings: BookingsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly limits: RateLimitService,
  ) {}

  async delete(user: AuthUser, input: TDeleteAccount, ip: string | null): Promise<DeletionSummary> {
    await this.limits.hit(DELETIONS_PER_USER, user.id);
    if (user.roles.includes('admin')) {
      throw AppError.unprocessable(
        'cannot_delete_admin',
        'Administrators cannot delete their account',
        'Ask another administrator to remove your admin role first.',
      );
    }
    const current = await lockCredentials(this.db.manager, user.id, false);
    await this.confirm(user, current.password_hash, input, ip);

    return this.db.transaction(async (m) => {
      const locked = await lockCredentials(m, user.id);
      // The password changed between the check and now (another tab): the check no longer holds.
      if (locked.password_hash !== current.password_hash) throw wrongPassword();

      // 1. Money first, while both people still have their names and addresses for the emails.
      const cancelled = await this.bookings.cancelUpcomingOf(m, user.id, (asMentor) => ({
        // As if they cancelled it themselves: the mentee's refund is what the policy gives (full
        // when the one leaving was the mentor).
        cancelledBy: asMentor ? 'mentor' : 'mentee',
        reason: CANCEL_REASON,
      }));

      // 2. The mentor profile: hidden for good. `suspended` is a status only an admin's
      // unsuspension lifts, and a deleted account can be neither suspended nor unsuspended.
      const profiles: { id: string }[] = await m.query(
        'SELECT id FROM mentor_profiles WHERE user_id = $1 FOR NO KEY UPDATE',
        [user.id],
      );
      const profile = profiles[0];
      if (profile) {
        await m.query(
          `UPDATE mentor_profiles
              SET status = 'suspended', hidden_at = COALESCE(hidden_at, now()), headline = '', bio = '',
                  expertise = '{}', languages = '{}', years_experience = NULL, meeting_url = NULL,
                  calcom_link = NULL, photo_url = NULL, rejection_reason = NULL, next_free_slot_at = NULL,
                  updated_at = now()
            WHERE id = $1`,
          [profile.id],
        );
        await m.query('UPDATE offerings SET active = false, updated_at = now() WHERE mentor_id = $1', [
          profile.id,
        ]);
        await m.query('DELETE FROM mentor_availability WHERE mentor_id = $1', [profile.id]);
        await m.query('DELETE FROM mentor_free_slots WHERE mentor_id = $1', [profile.id]);
        // Their own Cal.com webhook: its URL answers 401 from now on.
        await m.query('DELETE FROM calcom_webhooks WHERE mentor_id = $1', [profile.id]);
      }

      // 3. Their own content that nobody else needs.
      const articles = await this.count(m, 'DELETE FROM articles WHERE author_id = $1', user.id);
      const privateNotes = await this.count(
        m,
        `DELETE FROM session_notes WHERE author_id = $1 AND visibility = 'private'`,
        user.id,
      );
      // Threads where they are the mentee end with them (the mentor could only write into the void);
      // threads where they are the mentor stay readable for the mentee, closed with the profile.
      const conversations = await this.count(m, 'DELETE FROM conversations WHERE mentee_id = $1', user.id);
      const plans = await this.count(m, 'DELETE FROM learning_plans WHERE mentee_id = $1', user.id);
      await m.query('UPDATE funnel_events SET user_id = NULL WHERE user_id = $1', [user.id]);
      await m.query('DELETE FROM newsletter_subscribers WHERE email = $1', [locked.email]);

      // 4. Every way in.
      await m.query('DELETE FROM refresh_tokens WHERE user_id = $1', [user.id]);
      await m.query('DELETE FROM user_tokens WHERE user_id = $1', [user.id]);
      await m.query('DELETE FROM user_identities WHERE user_id = $1', [user.id]);

      // 5. The tombstone. Access tokens stop at once: every request reads `deleted_at`.
      await m.query(
        `UPDATE users SET email = $2, name = $3, password_hash = NULL, roles = '{}', timezone = 'UTC',
                email_verified_at = NULL, deleted_at = now(), updated_at = now()
          WHERE id = $1`,
        [user.id, tombstoneEmail(user.id), FORMER_MEMBER_NAME],
      );

      await this.mail.enqueue(
        {
          template: 'account-deleted',
          to: locked.email,
          params: { name: locked.name, cancelledBookings: cancelled.length },
          dedupeKey: `account-deleted:${user.id}`,
        },
        m,
      );
      // 6. Their mail: what was sent to them is no longer needed; what is still queued (this
      // goodbye, the cancellations) goes once it has been sent.
      await this.mail.forgetRecipient(m, locked.email, tombstoneEmail(user.id));
      // No name or address in the audit entry: it outlives the account.
      await this.audit.record(
        {
          actorId: user.id,
          action: 'user.deleted',
          targetType: 'user',
          targetId: user.id,
          ip,
          metadata: {
            cancelledBookings: cancelled,
            mentorProfileId: profile?.id ?? null,
            deleted: { articles, privateNotes, conversations, learningPlans: plans },
          },
        },
        m,
      );
      return { cancelledBookings: cancelled };
    });
  }

  /** Accounts with a password confirm with it; accounts without one type ACCOUNT_DELETE_PHRASE. */
  private async confirm(
    user: AuthUser,
    passwordHash: string | null,
    input: TDeleteAccount,
    ip: string | null,
  ): Promise<void> {
    if (passwordHash) {
      await this.limits.hit(PASSWORD_CHECKS_PER_USER, user.id);
      if (!input.password) {
        throw AppError.unprocessable(
          'password_required',
          'Enter your password',
          'Confirm the deletion with your current password.',
        );
      }
      if (!(await verifyPassword(passwordHash, input.password))) {
        await this.audit.record({ actorId: user.id, action: 'user.delete_failed', ip });
        throw wrongPassword();
      }
      return;
    }
    if (input.confirmation?.toLowerCase() !== ACCOUNT_DELETE_PHRASE) {
      throw AppError.unprocessable(
        'confirmation_required',
        'Type the confirmation',
        `Your account has no password: type "${ACCOUNT_DELETE_PHRASE}" to confirm.`,
      );
    }
  }

  private async count(m: EntityManager, sql: string, userId: string): Promise<number> {
    const rows: unknown[] = await m.query(`WITH gone AS (${sql} RETURNING 1) SELECT 1 FROM gone`, [userId]);
    return rows.length;
  }
}
