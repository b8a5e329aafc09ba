import type {
  TCreateNote,
  TCreateReview,
  TListReviewsQuery,
  TNote,
  TPage,
  TReview,
  TUpdateNote,
} from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { assertCanAccess } from '../../common/auth/access';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { decodeKeysetCursor, encodeKeysetCursor, scopeOf, TIMESTAMP_KEY } from '../../common/keyset-cursor';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';

/** Notes written, edited and deleted per user and hour (as article writes per author). */
export const NOTE_WRITES_PER_USER: Limit = { name: 'notes:write', limit: 120, windowSeconds: 3600 };

/** The few facts about a booking that notes and reviews depend on. */
interface BookingParties {
  id: string;
  mentor_id: string;
  mentee_id: string;
  mentor_user_id: string;
  mentee_name: string;
  status: string;
  /** `starts_at <= now()` by the database's clock. */
  started: boolean;
  /** An expired hold: `expired`, or `held` past its `hold_expires_at` and not yet swept. */
  lapsed: boolean;
}

interface NoteRow {
  id: string;
  booking_id: string;
  author_id: string;
  author_role: TNote['authorRole'];
  visibility: TNote['visibility'];
  body: string;
  created_at: Date;
  updated_at: Date;
}

interface ReviewRow {
  id: string;
  booking_id: string;
  mentor_id: string;
  rating: number;
  body: string;
  author_name: string;
  created_at: Date;
}

const NOTE_COLUMNS = 'id, booking_id, author_id, author_role, visibility, body, created_at, updated_at';

/** Statuses of a session that took place as booked; with a start in the past it may be reviewed. */
const REVIEWABLE_STATUSES = new Set(['confirmed', 'completed']);

const privateNoteNotAllowed = () =>
  AppError.unprocessable(
    'private_note_not_allowed',
    'Mentee notes are shared',
    'Only the mentor can keep private notes; your notes are shared with your mentor.',
  );

const bookingExpired = () =>
  AppError.unprocessable(
    'booking_expired',
    'This booking expired',
    'The hold on this time ran out before it was paid for, so notes cannot be added to it.',
  );

const notReviewable = () =>
  AppError.unprocessable(
    'not_reviewable',
    'This session cannot be reviewed',
    'A session can be reviewed once it has started, and only if it was confirmed.',
  );

const alreadyReviewed = () =>
  AppError.conflict('already_reviewed', 'Already reviewed', 'You have already reviewed this session.');

export const presentNote = (r: NoteRow): TNote => ({
  id: r.id,
  bookingId: r.booking_id,
  authorId: r.author_id,
  authorRole: r.author_role,
  visibility: r.visibility,
  body: r.body,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const presentReview = (r: ReviewRow): TReview => ({
  id: r.id,
  bookingId: r.booking_id,
  mentorId: r.mentor_id,
  rating: r.rating,
  body: r.body,
  author: { name: r.author_name },
  createdAt: r.created_at.toISOString(),
});

/**
 * "After the session": notes on a booking by its two parties, and the mentee's one review, which
 * feeds the mentor's denormalised rating in the same transaction.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    private readonly limits: RateLimitService,
  ) {}

  async addNote(user: AuthUser, bookingId: string, body: TCreateNote): Promise<TNote> {
    await this.limits.hit(NOTE_WRITES_PER_USER, user.id);
    const booking = await this.parties(this.db.manager, bookingId);
    const role = this.roleIn(user, booking);
    if (role === 'mentee' && body.visibility === 'private') {
      throw privateNoteNotAllowed();
    }
    if (booking.lapsed) throw bookingExpired();
    const rows: NoteRow[] = await this.db.query(
      `INSERT INTO session_notes (booking_id, author_id, author_role, visibility, body)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${NOTE_COLUMNS}`,
      [booking.id, user.id, role, body.visibility, body.body],
    );
    return presentNote(rows[0]!);
  }

  /** Oldest first. The mentee sees shared notes only; the mentor also sees their private ones. */
  async listNotes(user: AuthUser, bookingId: string): Promise<{ items: TNote[] }> {
    const booking = await this.parties(this.db.manager, bookingId);
    const role = this.roleIn(user, booking);
    const rows: NoteRow[] = await this.db.query(
      `SELECT ${NOTE_COLUMNS} FROM session_notes
        WHERE booking_id = $1 AND (visibility = 'shared' OR (author_role = 'mentor' AND $2::text = 'mentor'))
        ORDER BY created_at, id`,
      [booking.id, role],
    );
    return { items: rows.map(presentNote) };
  }

  /**
   * Its author fixes a note's text or (the mentor) its visibility. The other party gets 403
   * `not_the_author` for a note they can read and 404 for one they cannot (the mentor's private
   * notes); anyone else 404.
   */
  async updateNote(user: AuthUser, bookingId: string, noteId: string, body: TUpdateNote): Promise<TNote> {
    await this.limits.hit(NOTE_WRITES_PER_USER, user.id);
    const { booking, role } = await this.ownNote(user, bookingId, noteId);
    if (role === 'mentee' && body.visibility === 'private') throw privateNoteNotAllowed();
    // The author check is repeated in the statement: the note may have gone meanwhile.
    const rows: NoteRow[] = await this.db.query(
      `WITH u AS (
         UPDATE session_notes
            SET body = COALESCE($4, body), visibility = COALESCE($5, visibility), updated_at = now()
          WHERE id = $1 AND booking_id = $2 AND author_id = $3
          RETURNING ${NOTE_COLUMNS})
       SELECT * FROM u`,
      [noteId, booking.id, user.id, body.body ?? null, body.visibility ?? null],
    );
    if (!rows[0]) throw AppError.notFound('Note');
    return presentNote(rows[0]);
  }

  /** Its author removes a note; the same answers as {@link updateNote} for everyone else. */
  async deleteNote(user: AuthUser, bookingId: string, noteId: string): Promise<void> {
    await this.limits.hit(NOTE_WRITES_PER_USER, user.id);
    const { booking } = await this.ownNote(user, bookingId, noteId);
    const rows: { id: string }[] = await this.db.query(
      `WITH d AS (DELETE FROM session_notes WHERE id = $1 AND booking_id = $2 AND author_id = $3 RETURNING id)
       SELECT id FROM d`,
      [noteId, booking.id, user.id],
    );
    if (!rows[0]) throw AppError.notFound('Note');
  }

  /**
   * The mentee's review of a session that was confirmed and has started. UQ_reviews_booking
   * decides between concurrent attempts: the loser's insert waits for the winner's commit and
   * then fails, which is answered 409 `already_reviewed`.
   */
  async review(user: AuthUser, bookingId: string, body: TCreateReview): Promise<TReview> {
    try {
      return await this.db.transaction(async (m) => {
        // FOR SHARE: a cancellation or reschedule waits for this review, and vice versa.
        const booking = await this.parties(m, bookingId, true);
        if (this.roleIn(user, booking) !== 'mentee') {
          throw AppError.forbidden('not_the_mentee', 'Only the mentee can review a session');
        }
        if (!REVIEWABLE_STATUSES.has(booking.status) || !booking.started) throw notReviewable();
        const rows: Omit<ReviewRow, 'author_name'>[] = await m.query(
          `INSERT INTO reviews (booking_id, mentor_id, mentee_id, rating, body)
           VALUES ($1, $2, $3, $4, $5) RETURNING id, booking_id, mentor_id, rating, body, created_at`,
          [booking.id, booking.mentor_id, user.id, body.rating, body.body],
        );
        await m.query(
          `UPDATE mentor_profiles SET rating_sum = rating_sum + $2, rating_count = rating_count + 1 WHERE id = $1`,
          [booking.mentor_id, body.rating],
        );
        return presentReview({ ...rows[0]!, author_name: booking.mentee_name });
      });
    } catch (err) {
      if (uniqueViolation(err) === 'UQ_reviews_booking') throw alreadyReviewed();
      throw err;
    }
  }

  /**
   * Public: an approved, visible mentor's reviews, newest first, keyset-paginated. A signed-in
   * viewer's own reviews carry `mine: true` (so the page offers no "Report" on them).
   */
  async listMentorReviews(
    slug: string,
    query: TListReviewsQuery,
    viewer: AuthUser | null = null,
  ): Promise<TPage<TReview>> {
    const mentors: { id: string }[] = await this.db.query(
      `SELECT id FROM mentor_profiles
        WHERE slug = $1 AND status = 'approved' AND hidden_at IS NULL AND owner_suspended_at IS NULL`,
      [slug],
    );
    const mentor = mentors[0];
    if (!mentor) throw AppError.notFound('Mentor');
    const limit = query.limit ?? 10;
    const scope = scopeOf(['mentor-reviews', mentor.id]);
    const cursor = decodeKeysetCursor(query.cursor, scope, TIMESTAMP_KEY);
    const values: unknown[] = [mentor.id, limit + 1];
    let after = '';
    if (cursor) {
      values.push(cursor.k, cursor.id);
      after = 'AND (r.created_at, r.id) < ($3::timestamptz, $4::uuid)';
    }
    const rows: (ReviewRow & { cursor_key: string; mentee_id: string })[] = await this.db.query(
      `SELECT r.id, r.booking_id, r.mentor_id, r.rating, r.body, r.created_at, u.name AS author_name, r.mentee_id,
              r.created_at::text AS cursor_key
         FROM reviews r
         JOIN users u ON u.id = r.mentee_id
        WHERE r.mentor_id = $1 AND r.hidden_at IS NULL ${after}
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT $2`,
      values,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        ...presentReview(r),
        ...(viewer && r.mentee_id === viewer.id ? { mine: true } : {}),
      })),
      nextCursor:
        rows.length > limit && last ? encodeKeysetCursor(scope, { k: last.cursor_key, id: last.id }) : null,
    };
  }

  /**
   * Moderation: hides (or shows again) a review inside the caller's transaction, keeping the
   * mentor's rating made of visible reviews only. A no-op when the review is missing or already
   * in that state, so a repeated decision never counts a rating twice.
   */
  async setReviewHidden(m: EntityManager, reviewId: string, hidden: boolean): Promise<void> {
    // useStructuredResult: an UPDATE … RETURNING otherwise answers [rows, count].
    const updated: { records: { mentor_id: string; rating: number }[] } = await m.queryRunner!.query(
      `UPDATE reviews SET hidden_at = ${hidden ? 'now()' : 'NULL'}
        WHERE id = $1 AND hidden_at IS ${hidden ? 'NULL' : 'NOT NULL'}
        RETURNING mentor_id, rating`,
      [reviewId],
      true,
    );
    const row = updated.records[0];
    if (!row) return;
    const sign = hidden ? -1 : 1;
    await m.query(
      `UPDATE mentor_profiles SET rating_sum = rating_sum + $2, rating_count = rating_count + $3 WHERE id = $1`,
      [row.mentor_id, sign * row.rating, sign],
    );
  }

  /** The booking and the caller's role in it, once the note is known to be the caller's own. */
  private async ownNote(
    user: AuthUser,
    bookingId: string,
    noteId: string,
  ): Promise<{ booking: BookingParties; role: 'mentor' | 'mentee' }> {
    const booking = await this.parties(this.db.manager, bookingId);
    const role = this.roleIn(user, booking);
    const notes: Pick<NoteRow, 'author_id' | 'visibility'>[] = await this.db.query(
      'SELECT author_id, visibility FROM session_notes WHERE id = $1 AND booking_id = $2',
      [noteId, booking.id],
    );
    const note = notes[0];
    // A note the caller cannot read (the mentor's private note, for the mentee) does not exist for them.
    if (!note || (note.author_id !== user.id && note.visibility === 'private'))
      throw AppError.notFound('Note');
    if (note.author_id !== user.id) {
      throw AppError.forbidden(
        'not_the_author',
        'Only its author can change a note',
        'You can read this note, but only the person who wrote it can edit or delete it.',
      );
    }
    return { booking, role };
  }

  /** The booking and its parties; 404 for a missing booking. */
  private async parties(m: EntityManager, id: string, lock = false): Promise<BookingParties> {
    const rows: BookingParties[] = await m.query(
      `SELECT b.id, b.mentor_id, b.mentee_id, b.status, b.starts_at <= now() AS started,
              (b.status = 'expired' OR (b.status = 'held' AND b.hold_expires_at <= now())) AS lapsed,
              p.user_id AS mentor_user_id, me.name AS mentee_name
         FROM bookings b
         JOIN mentor_profiles p ON p.id = b.mentor_id
         JOIN users me ON me.id = b.mentee_id
        WHERE b.id = $1 ${lock ? 'FOR SHARE OF b' : ''}`,
      [id],
    );
    const booking = rows[0];
    if (!booking) throw AppError.notFound('Booking');
    return booking;
  }

  /** The caller's part in the booking; 404 for anyone but its mentee and mentor (admins too). */
  private roleIn(user: AuthUser, booking: BookingParties): 'mentor' | 'mentee' {
    assertCanAccess(user, booking, (b) => [b.mentee_id, b.mentor_user_id], 'Booking', { admin: false });
    return user.id === booking.mentor_user_id ? 'mentor' : 'mentee';
  }
}

/** The unique constraint a PostgreSQL error names (23505), if any. */
function uniqueViolation(err: unknown): string | undefined {
  if (!(err instanceof QueryFailedError)) return undefined;
  const driver = (err as QueryFailedError & { driverError?: { code?: string; constraint?: string } })
    .driverError;
  return driver?.code === '23505' ? driver.constraint : undefined;
}
