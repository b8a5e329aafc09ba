import { randomUUID } from 'node:crypto';
import type {
  TCreateMentorProfile,
  TListMentorApplicationsQuery,
  TMentorApplication,
  TMentorProfile,
  TPage,
  TUpdateMentorProfile,
} from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { assertCanAccess } from '../../common/auth/access';
import { type AuthUser, isAdmin } from '../../common/auth/auth-user';
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
import { MailService } from '../mail/mail.service';
import { UsersService } from '../users/users.service';
import { MentorProfile } from './entities/mentor-profile.entity';
import { Offering } from './entities/offering.entity';
import { fieldsOfRow, type ProfileRow, presentApplication, presentMentorProfile } from './mentors.presenter';
import { slugCandidates, slugify } from './slug';

const SLUG_ATTEMPTS = 5;

/** What raw queries read of a profile (never the search document). */
const PROFILE_COLUMNS = `id, slug, user_id, display_name, headline, bio, expertise, languages, timezone, years_experience,
  photo_url, meeting_url, calcom_link, status, rejection_reason, rating_sum, rating_count, approved_at, created_at, updated_at`;
const prefixed = (alias: string): string =>
  PROFILE_COLUMNS.split(',')
    .map((c) => `${alias}.${c.trim()}`)
    .join(', ');

/** Mentor profiles: applying, editing, the admin decision, and reading one profile. */
@Injectable()
export class MentorsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /**
   * A user applies: the profile starts `pending` and the user gains the `mentor` role, in one
   * transaction. The slug comes from the user's name; a taken one gets the next free suffix, and
   * the unique constraint settles races (ON CONFLICT DO NOTHING, then try again).
   */
  async apply(user: AuthUser, input: TCreateMentorProfile): Promise<TMentorProfile> {
    return this.db.transaction(async (m) => {
      // Serialises two applications of one user, so the check below is reliable.
      const people: { name: string }[] = await m.query(
        'SELECT name FROM users WHERE id = $1 FOR NO KEY UPDATE',
        [user.id],
      );
      const person = people[0];
      if (!person) throw AppError.notFound('User');
      const existing: unknown[] = await m.query('SELECT 1 FROM mentor_profiles WHERE user_id = $1', [
        user.id,
      ]);
      if (existing.length) {
        throw AppError.conflict(
          'mentor_profile_exists',
          'You already have a mentor profile',
          'Edit it with PATCH /mentors/me.',
        );
      }
      const base = slugify(person.name);
      let id: string | undefined;
      for (let attempt = 0; attempt < SLUG_ATTEMPTS && !id; attempt++) {
        const slug = await this.freeSlug(m, base, attempt === SLUG_ATTEMPTS - 1);
        const rows: { id: string }[] = await m.query(
          `INSERT INTO mentor_profiles (user_id, slug, display_name, headline, bio, expertise, languages, timezone,
                                        years_experience, meeting_url, calcom_link, photo_url, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'pending')
           ON CONFLICT (slug) DO NOTHING
           RETURNING id`,
          [
            user.id,
            slug,
            person.name,
            input.headline,
            input.bio,
            input.expertise,
            input.languages,
            input.timezone,
            input.yearsExperience ?? null,
            input.meetingUrl ?? null,
            input.calcomLink ?? null,
            input.photoUrl ?? null,
          ],
        );
        id = rows[0]?.id;
      }
      if (!id) throw new Error(`No free slug for "${base}" after ${SLUG_ATTEMPTS} attempts`);
      await this.users.addRole(user.id, 'mentor', m);
      await this.audit.record(
        { actorId: user.id, action: 'mentor.applied', targetType: 'mentor_profile', targetId: id },
        m,
      );
      const profile = await m.getRepository(MentorProfile).findOneByOrFail({ id });
      return presentMentorProfile(profile, { owner: true });
    });
  }

  async getMine(user: AuthUser): Promise<TMentorProfile> {
    const profile = await this.db.getRepository(MentorProfile).findOneBy({ userId: user.id });
    if (!profile) throw AppError.notFound('Mentor profile');
    return presentMentorProfile(profile, { owner: true });
  }

  /** Any subset of the fields; editing a rejected profile sends it back for review. */
  async updateMine(user: AuthUser, input: TUpdateMentorProfile): Promise<TMentorProfile> {
    return this.db.transaction(async (m) => {
      const profile = await this.lockProfileOf(m, user.id);
      const changed = Object.keys(input).length > 0;
      Object.assign(profile, {
        ...(input.headline !== undefined ? { headline: input.headline } : {}),
        ...(input.bio !== undefined ? { bio: input.bio } : {}),
        ...(input.expertise !== undefined ? { expertise: input.expertise } : {}),
        ...(input.languages !== undefined ? { languages: input.languages } : {}),
        ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
        ...(input.yearsExperience !== undefined ? { yearsExperience: input.yearsExperience } : {}),
        ...(input.meetingUrl !== undefined ? { meetingUrl: input.meetingUrl } : {}),
        ...(input.calcomLink !== undefined ? { calcomLink: input.calcomLink } : {}),
        ...(input.photoUrl !== undefined ? { photoUrl: input.photoUrl } : {}),
      });
      if (changed && profile.status === 'rejected') {
        profile.status = 'pending';
        profile.rejectionReason = null;
        await this.audit.record(
          {
            actorId: user.id,
            action: 'mentor.resubmitted',
            targetType: 'mentor_profile',
            targetId: profile.id,
          },
          m,
        );
      }
      if (changed) await m.getRepository(MentorProfile).save(profile);
      return presentMentorProfile(profile, { owner: true });
    });
  }

  /**
   * One profile by slug, with its active offerings. Only approved, visible profiles of
   * unsuspended users are public; the owner and admins also see it in any other state, and
   * everyone else gets 404.
   */
  async getBySlug(slug: string, viewer: AuthUser | null): Promise<TMentorProfile> {
    // Two statements: the profile and its offerings.
    const rows: (ProfileRow & { hidden_at: Date | null; owner_suspended_at: Date | null })[] =
      await this.db.query(
        `SELECT ${PROFILE_COLUMNS}, hidden_at, owner_suspended_at FROM mentor_profiles WHERE slug = $1`,
        [slug],
      );
    const row = rows[0];
    if (!row) throw AppError.notFound('Mentor');
    const profile = fieldsOfRow(row);
    const isPublic = row.status === 'approved' && !row.hidden_at && !row.owner_suspended_at;
    if (!isPublic) assertCanAccess(viewer, profile, (p) => [p.userId], 'Mentor');
    const offerings = await this.db.getRepository(Offering).find({
      where: { mentorId: profile.id, active: true, archivedAt: IsNull() },
      order: { priceAmount: 'ASC', durationMinutes: 'ASC', id: 'ASC' },
    });
    const owner = !!viewer && (viewer.id === profile.userId || isAdmin(viewer));
    return presentMentorProfile(profile, { offerings, owner });
  }

  /** The admin queue: applications oldest first, optionally of one status, keyset-paginated. */
  async listApplications(query: TListMentorApplicationsQuery): Promise<TPage<TMentorApplication>> {
    const limit = query.limit ?? 50;
    const scope = scopeOf(['admin-mentors', query.status ?? null]);
    const cursor = decodeKeysetCursor(query.cursor, scope, TIMESTAMP_KEY);
    const values: unknown[] = [];
    const where: string[] = [];
    if (query.status) {
      values.push(query.status);
      where.push(`m.status = $${values.length}`);
    }
    if (cursor) {
      values.push(cursor.k, cursor.id);
      where.push(`(m.created_at, m.id) > ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(limit + 1);
    const rows: (ProfileRow & { email: string; cursor_key: string })[] = await this.db.query(
      `SELECT ${prefixed('m')}, u.email, m.created_at::text AS cursor_key
         FROM mentor_profiles m
         JOIN users u ON u.id = m.user_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY m.created_at, m.id
        LIMIT $${values.length}`,
      values,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(presentApplication),
      nextCursor:
        rows.length > limit && last ? encodeKeysetCursor(scope, { k: last.cursor_key, id: last.id }) : null,
    };
  }

  async approve(admin: AuthUser, id: string): Promise<TMentorProfile> {
    return this.decide(admin, id, { approved: true });
  }

  async reject(admin: AuthUser, id: string, reason: string): Promise<TMentorProfile> {
    return this.decide(admin, id, { approved: false, reason });
  }

  /**
   * Approve or reject, with the audit entry and the email to the applicant in the same
   * transaction (the mail job is enqueued through it, so a rolled-back decision sends nothing).
   * Approving an approved profile changes nothing and sends nothing.
   */
  private async decide(
    admin: AuthUser,
    id: string,
    decision: { approved: true } | { approved: false; reason: string },
  ): Promise<TMentorProfile> {
    if (!isUuid(id)) throw AppError.notFound('Mentor profile');
    return this.db.transaction(async (m) => {
      const rows: (ProfileRow & { email: string })[] = await m.query(
        `SELECT ${prefixed('m')}, u.email FROM mentor_profiles m JOIN users u ON u.id = m.user_id
          WHERE m.id = $1 FOR NO KEY UPDATE OF m`,
        [id],
      );
      const row = rows[0];
      if (!row) throw AppError.notFound('Mentor profile');
      if (row.status === 'suspended') {
        throw AppError.conflict('mentor_suspended', 'This mentor is suspended', 'Lift the suspension first.');
      }
      if (decision.approved && row.status === 'approved')
        return presentMentorProfile(fieldsOfRow(row), { owner: true });

      // useStructuredResult: an UPDATE … RETURNING otherwise answers [rows, count].
      const updated: { records: ProfileRow[] } = await m.queryRunner!.query(
        decision.approved
          ? `UPDATE mentor_profiles SET status = 'approved', approved_at = now(), rejection_reason = NULL, updated_at = now()
              WHERE id = $1 RETURNING ${PROFILE_COLUMNS}`
          : `UPDATE mentor_profiles SET status = 'rejected', approved_at = NULL, rejection_reason = $2, updated_at = now()
              WHERE id = $1 RETURNING ${PROFILE_COLUMNS}`,
        decision.approved ? [id] : [id, decision.reason],
        true,
      );
      const profile = updated.records[0];
      if (!profile) throw AppError.notFound('Mentor profile');
      await this.audit.record(
        {
          actorId: admin.id,
          action: decision.approved ? 'mentor.approved' : 'mentor.rejected',
          targetType: 'mentor_profile',
          targetId: id,
          metadata: { previousStatus: row.status, ...(decision.approved ? {} : { reason: decision.reason }) },
        },
        m,
      );
      const web = this.config.http.webUrl;
      await this.mail.enqueue(
        {
          template: 'mentor-decision',
          to: row.email,
          params: {
            name: profile.display_name,
            approved: decision.approved,
            ...(decision.approved ? {} : { reason: decision.reason }),
            url: decision.approved ? `${web}/dashboard/mentor` : `${web}/dashboard/mentor/profile`,
          },
          dedupeKey: `mentor-decision:${id}:${randomUUID()}`,
        },
        m,
      );
      return presentMentorProfile(fieldsOfRow(profile), { owner: true });
    });
  }

  /** The caller's profile, locked for the rest of the transaction; 404 when they have none. */
  async lockProfileOf(m: EntityManager, userId: string): Promise<MentorProfile> {
    const rows: { id: string }[] = await m.query(
      'SELECT id FROM mentor_profiles WHERE user_id = $1 FOR NO KEY UPDATE',
      [userId],
    );
    const id = rows[0]?.id;
    if (!id) throw AppError.notFound('Mentor profile');
    return m.getRepository(MentorProfile).findOneByOrFail({ id });
  }

  /** The first free candidate for `base` (one indexed look-up for fifty candidates). */
  private async freeSlug(m: EntityManager, base: string, random: boolean): Promise<string> {
    if (!random) {
      const rows: { slug: string }[] = await m.query(
        `SELECT c.slug FROM unnest($1::text[]) WITH ORDINALITY AS c(slug, n)
          WHERE NOT EXISTS (SELECT 1 FROM mentor_profiles p WHERE p.slug = c.slug)
          ORDER BY c.n LIMIT 1`,
        [slugCandidates(base)],
      );
      if (rows[0]) return rows[0].slug;
    }
    return `${base}-${randomUUID().slice(0, 6)}`;
  }
}
