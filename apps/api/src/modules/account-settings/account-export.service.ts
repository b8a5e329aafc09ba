import type { TAccountExport } from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';

/** Exports per user and hour: each one reads everything the user has. */
export const EXPORTS_PER_USER: Limit = { name: 'me:export', limit: 5, windowSeconds: 3600 };

type Rows = Record<string, unknown>[];

/**
 * Data portability (GDPR Art. 15 and 20): everything Ladder keeps about the caller, as they are
 * allowed to see it — never the other person's private notes, never messages hidden by moderation
 * unless they wrote them, never secrets (password hashes, tokens) or internal payment references.
 * Read in one repeatable-read transaction, so the sections agree with each other.
 */
@Injectable()
export class AccountExportService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly limits: RateLimitService,
  ) {}

  async export(user: AuthUser, ip: string | null): Promise<TAccountExport> {
    await this.limits.hit(EXPORTS_PER_USER, user.id);
    const doc = await this.db.transaction('REPEATABLE READ', async (m) => {
      const q = (sql: string): Promise<Rows> => m.query(sql, [user.id]);
      const accounts = await q(
        `SELECT u.id, u.email, u.name, u.roles, u.timezone, u.email_verified_at IS NOT NULL AS "emailVerified",
                u.created_at AS "createdAt",
                ARRAY_REMOVE(ARRAY[CASE WHEN u.password_hash IS NOT NULL THEN 'password' END]
                  || ARRAY(SELECT i.provider FROM user_identities i WHERE i.user_id = u.id ORDER BY i.provider), NULL)
                  AS "signInMethods"
           FROM users u WHERE u.id = $1`,
      );
      const newsletter = await q(
        `SELECT n.status, n.confirmed_at AS "confirmedAt", n.unsubscribed_at AS "unsubscribedAt"
           FROM newsletter_subscribers n JOIN users u ON u.email = n.email WHERE u.id = $1`,
      );
      const profiles = await q(
        `SELECT p.id, p.slug, p.headline, p.bio, p.expertise, p.languages, p.timezone,
                p.years_experience AS "yearsExperience", p.meeting_url AS "meetingUrl", p.calcom_link AS "calcomLink",
                p.photo_url AS "photoUrl", p.status, p.created_at AS "createdAt",
                json_build_object('average', CASE WHEN p.rating_count > 0 THEN round(p.rating_sum::numeric / p.rating_count, 2) END,
                                  'count', p.rating_count) AS rating,
                COALESCE((SELECT json_agg(json_build_object('id', o.id, 'title', o.title, 'durationMinutes', o.duration_minutes,
                                  'priceAmount', o.price_amount, 'currency', o.currency, 'active', o.active) ORDER BY o.created_at)
                            FROM offerings o WHERE o.mentor_id = p.id), '[]') AS offerings,
                (SELECT json_build_object('timezone', a.timezone, 'weekly', a.weekly, 'overrides', a.overrides)
                   FROM mentor_availability a WHERE a.mentor_id = p.id) AS availability
           FROM mentor_profiles p WHERE p.user_id = $1`,
      );
      const bookings = await q(
        `SELECT b.id, CASE WHEN b.mentee_id = $1 THEN 'mentee' ELSE 'mentor' END AS role, b.status, b.source,
                b.starts_at AS "startsAt", b.ends_at AS "endsAt",
                COALESCE(o.title, b.external_title) AS title,
                CASE WHEN b.mentee_id = $1 THEN mu.name ELSE me.name END AS "otherPerson",
                b.price_amount AS "priceAmount", b.currency, b.refund_amount AS "refundAmount",
                b.cancelled_at AS "cancelledAt", b.cancelled_by AS "cancelledBy", b.cancel_reason AS "cancelReason",
                b.mentee_timezone AS "menteeTimezone", b.created_at AS "createdAt",
                (SELECT json_build_object('provider', pay.provider, 'status', pay.status, 'amount', pay.amount,
                                          'refundedAmount', pay.refunded_amount, 'currency', pay.currency, 'paidAt', pay.paid_at)
                   FROM payments pay WHERE pay.booking_id = b.id) AS payment
           FROM bookings b
           JOIN mentor_profiles p ON p.id = b.mentor_id
           JOIN users mu ON mu.id = p.user_id
           JOIN users me ON me.id = b.mentee_id
           LEFT JOIN offerings o ON o.id = b.offering_id
          WHERE b.mentee_id = $1 OR p.user_id = $1
          ORDER BY b.starts_at, b.id`,
      );
      // The notes the caller can read on their bookings: shared ones, and private ones they wrote.
      const notes = await q(
        `SELECT n.id, n.booking_id AS "bookingId", n.visibility, n.author_role AS "authorRole",
                n.author_id = $1 AS mine, n.body, n.created_at AS "createdAt"
           FROM session_notes n
           JOIN bookings b ON b.id = n.booking_id
           JOIN mentor_profiles p ON p.id = b.mentor_id
          WHERE (b.mentee_id = $1 OR p.user_id = $1) AND (n.visibility = 'shared' OR n.author_id = $1)
          ORDER BY n.created_at, n.id`,
      );
      const reviewsWritten = await q(
        `SELECT r.id, r.booking_id AS "bookingId", mu.name AS mentor, r.rating, r.body, r.created_at AS "createdAt"
           FROM reviews r JOIN mentor_profiles p ON p.id = r.mentor_id JOIN users mu ON mu.id = p.user_id
          WHERE r.mentee_id = $1 ORDER BY r.created_at, r.id`,
      );
      const reviewsReceived = await q(
        `SELECT r.id, r.booking_id AS "bookingId", me.name AS mentee, r.rating, r.body, r.created_at AS "createdAt"
           FROM reviews r JOIN mentor_profiles p ON p.id = r.mentor_id JOIN users me ON me.id = r.mentee_id
          WHERE p.user_id = $1 ORDER BY r.created_at, r.id`,
      );
      const conversations = await q(
        `SELECT c.id, CASE WHEN c.mentee_id = $1 THEN 'mentee' ELSE 'mentor' END AS role,
                CASE WHEN c.mentee_id = $1 THEN mu.name ELSE me.name END AS "otherPerson",
                c.created_at AS "createdAt",
                COALESCE((SELECT json_agg(json_build_object('id', x.id, 'sentByMe', x.sender_id = $1, 'body', x.body,
                                                            'hiddenByModeration', x.hidden_at IS NOT NULL, 'createdAt', x.created_at)
                                          ORDER BY x.created_at, x.id)
                            FROM messages x
                           WHERE x.conversation_id = c.id AND (x.hidden_at IS NULL OR x.sender_id = $1)), '[]') AS messages
           FROM conversations c
           JOIN mentor_profiles p ON p.id = c.mentor_id
           JOIN users mu ON mu.id = p.user_id
           JOIN users me ON me.id = c.mentee_id
          WHERE c.mentee_id = $1 OR p.user_id = $1
          ORDER BY c.created_at, c.id`,
      );
      const learningPlans = await q(
        `SELECT lp.id, CASE WHEN lp.mentee_id = $1 THEN 'mentee' ELSE 'mentor' END AS role,
                CASE WHEN lp.mentee_id = $1 THEN mu.name ELSE me.name END AS "otherPerson",
                lp.goal, lp.starts_on::text AS "startsOn", lp.ends_on::text AS "endsOn", lp.timezone,
                lp.created_at AS "createdAt",
                COALESCE((SELECT json_agg(json_build_object('id', i.id, 'title', i.title, 'dueOn', i.due_on::text,
                                                            'notes', i.notes, 'doneAt', i.done_at) ORDER BY i.due_on, i.id)
                            FROM learning_plan_items i WHERE i.plan_id = lp.id), '[]') AS items
           FROM learning_plans lp
           JOIN mentor_profiles p ON p.id = lp.mentor_id
           JOIN users mu ON mu.id = p.user_id
           JOIN users me ON me.id = lp.mentee_id
          WHERE lp.mentee_id = $1 OR p.user_id = $1
          ORDER BY lp.created_at, lp.id`,
      );
      const articles = await q(
        `SELECT a.id, a.slug, a.title, a.excerpt, a.body, a.tags, a.status, a.published_at AS "publishedAt",
                a.created_at AS "createdAt"
           FROM articles a WHERE a.author_id = $1 ORDER BY a.created_at, a.id`,
      );
      const reports = await q(
        `SELECT r.id, r.target_type AS "targetType", r.target_id AS "targetId", r.reason, r.status,
                r.created_at AS "createdAt"
           FROM reports r WHERE r.reporter_id = $1 ORDER BY r.created_at, r.id`,
      );
      const account = accounts[0] as TAccountExport['account'];
      return {
        format: 'ladder-account-export' as const,
        version: 1 as const,
        exportedAt: new Date().toISOString(),
        account,
        newsletter: (newsletter[0] as TAccountExport['newsletter'] | undefined) ?? null,
        mentorProfile: profiles[0] ?? null,
        bookings,
        notes,
        reviewsWritten,
        reviewsReceived,
        conversations,
        learningPlans,
        articles,
        reports,
      };
    });
    await this.audit.record({
      actorId: user.id,
      action: 'user.exported',
      targetType: 'user',
      targetId: user.id,
      ip,
    });
    // Dates from the driver become ISO strings here, as everywhere else in the API.
    return JSON.parse(JSON.stringify(doc)) as TAccountExport;
  }
}
