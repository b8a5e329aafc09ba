import { calcomUsername } from '@ladder/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { FreeSlotsService } from '../availability/free-slots.service';
import { formatWhen } from '../bookings/booking-notifier';
import { FunnelService } from '../funnel/funnel.service';
import { MailService } from '../mail/mail.service';
import { type CalcomEvent, parseCalcomEvent } from './calcom-event';
import { verifyCalcomSignature } from './calcom-signature';

/**
 * What a delivery did, stored in webhook_events.outcome (and answered to Cal.com):
 * `created`, `rescheduled`, `cancelled`, `conflict`, `conflict:mentee_busy`, `duplicate`
 * (seen before: nothing done), or `ignored:<why>`.
 */
export type CalcomOutcome = string;

interface MentorRow {
  id: string;
  slug: string;
  user_id: string;
  timezone: string;
  calcom_link: string | null;
  email: string;
  name: string;
}

interface CalcomBookingRow {
  id: string;
  mentor_id: string;
  mentee_id: string;
  status: string;
  starts_at: Date;
  mentor_email: string;
  mentor_name: string;
  mentor_timezone: string;
  mentee_email: string;
}

/**
 * Which webhook a delivery came through: the platform's (a Cal.com team or organisation webhook
 * run by the Ladder team, `CALCOM_WEBHOOK_SECRET`: it may concern any mentor) or one mentor's own
 * (`/webhooks/calcom/{id}`, signed with that mentor's secret: it only ever touches their bookings).
 */
type Channel = { kind: 'platform' } | { kind: 'mentor'; hookId: string; mentorId: string };

/**
 * The webhook_events key of an event (`<uid>:<TRIGGER>`) or marker (`<uid>:REPLACED`) as recorded
 * through this channel. A mentor's own webhook records under its own prefix, so what one mentor
 * sends can never mark another mentor's booking as seen, cancelled or replaced; what the platform
 * recorded is seen by every channel.
 */
const keyOf = (channel: Channel, id: string): string =>
  channel.kind === 'mentor' ? `m:${channel.mentorId}:${id}` : id;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const MENTOR_SELECT = `
  SELECT p.id, p.slug, p.user_id, p.timezone, p.calcom_link, u.email, u.name
    FROM mentor_profiles p JOIN users u ON u.id = p.user_id
   WHERE p.status = 'approved' AND u.suspended_at IS NULL`;

/**
 * Cal.com's webhook: BOOKING_CREATED, BOOKING_RESCHEDULED and BOOKING_CANCELLED become Ladder
 * bookings with `source = 'calcom'`. Every delivery runs in ONE transaction that first inserts its
 * webhook_events row (`<uid>:<TRIGGER>`): a redelivery, even a concurrent one, waits on that key
 * and then has no effect; a failed handler leaves no row, so Cal.com's retry is processed afresh.
 * Deliveries about one Cal.com uid are serialised by an advisory lock, so they are safe in any order.
 */
@Injectable()
export class CalcomWebhookService {
  private readonly logger = new Logger(CalcomWebhookService.name);

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly freeSlots: FreeSlotsService,
    private readonly mail: MailService,
    private readonly funnel: FunnelService,
    private readonly audit: AuditService,
  ) {}

  /**
   * 401 (and nothing else happens) unless the body carries Cal.com's signature under the secret of
   * the webhook it came to: the platform's, or — with `hookId` — that mentor's own. An unknown
   * `hookId` gets the same 401 as a bad signature.
   */
  async receive(
    rawBody: Buffer | undefined,
    signature: string | string[] | undefined,
    hookId?: string,
  ): Promise<CalcomOutcome> {
    const channel = await this.channelOf(rawBody, signature, hookId);
    if (!channel) {
      throw AppError.unauthorized(
        'invalid_signature',
        'Invalid signature',
        'X-Cal-Signature-256 is missing or does not match this body.',
      );
    }
    const event = parseCalcomEvent(rawBody as Buffer);
    const eventId = keyOf(channel, event.eventId);
    const outcome = await this.db.transaction(async (m) => {
      const fresh: unknown[] = await m.query(
        `INSERT INTO webhook_events (provider, event_id, type) VALUES ('calcom', $1, $2)
         ON CONFLICT (provider, event_id) DO NOTHING RETURNING event_id`,
        [eventId, event.trigger],
      );
      const result = fresh.length === 0 ? 'duplicate' : await this.act(m, event, channel);
      if (fresh.length > 0) {
        await m.query(`UPDATE webhook_events SET outcome = $2 WHERE provider = 'calcom' AND event_id = $1`, [
          eventId,
          result,
        ]);
      }
      if (channel.kind === 'mentor') {
        await m.query(
          'UPDATE calcom_webhooks SET last_delivery_at = now(), last_outcome = $2 WHERE id = $1',
          [channel.hookId, result],
        );
      }
      return result;
    });
    this.logger.log({ eventId, trigger: event.trigger, outcome, channel: channel.kind }, 'Cal.com webhook');
    return outcome;
  }

  /** The webhook whose secret signed this body, or null. */
  private async channelOf(
    rawBody: Buffer | undefined,
    signature: string | string[] | undefined,
    hookId: string | undefined,
  ): Promise<Channel | null> {
    if (hookId === undefined) {
      return verifyCalcomSignature(rawBody, signature, this.config.calcom.webhookSecret)
        ? { kind: 'platform' }
        : null;
    }
    if (!UUID.test(hookId)) return null;
    const rows: { mentor_id: string; secret: string }[] = await this.db.query(
      'SELECT mentor_id, secret FROM calcom_webhooks WHERE id = $1',
      [hookId],
    );
    const hook = rows[0];
    return hook && verifyCalcomSignature(rawBody, signature, hook.secret)
      ? { kind: 'mentor', hookId, mentorId: hook.mentor_id }
      : null;
  }

  private async act(m: EntityManager, e: CalcomEvent, channel: Channel): Promise<CalcomOutcome> {
    if (e.trigger === 'PING') return 'ignored:ping';
    if (
      e.trigger !== 'BOOKING_CREATED' &&
      e.trigger !== 'BOOKING_RESCHEDULED' &&
      e.trigger !== 'BOOKING_CANCELLED'
    ) {
      return 'ignored:unsupported_trigger';
    }
    if (!e.uid) return 'ignored:no_uid';
    const uids = [
      e.uid,
      ...(e.trigger === 'BOOKING_RESCHEDULED' && e.previousUid ? [e.previousUid] : []),
    ].sort();
    // One uid's deliveries one at a time (in a fixed order when a reschedule names two), so a
    // CANCELLED racing its CREATED either sees the booking or leaves a row the CREATED sees.
    for (const uid of uids) await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`calcom:${uid}`]);
    if (e.trigger === 'BOOKING_CANCELLED') return this.cancel(m, e, e.uid, channel);
    if (e.trigger === 'BOOKING_RESCHEDULED' && e.previousUid) {
      const previous = await this.findBooking(m, e.previousUid, channel);
      if (previous) return this.move(m, e, e.uid, previous, channel);
    }
    return this.create(m, e, e.uid, channel);
  }

  private async create(
    m: EntityManager,
    e: CalcomEvent,
    uid: string,
    channel: Channel,
  ): Promise<CalcomOutcome> {
    // A uid that Cal.com already cancelled, or replaced by a reschedule, must not come back.
    const gone: { event_id: string }[] = await m.query(
      `SELECT event_id FROM webhook_events WHERE provider = 'calcom' AND event_id = ANY($1::text[])`,
      [[...new Set([`${uid}:BOOKING_CANCELLED`, `${uid}:REPLACED`].flatMap((k) => [k, keyOf(channel, k)]))]],
    );
    if (gone.length > 0) return 'ignored:cancelled_or_replaced';
    if (await this.findBooking(m, uid, { kind: 'platform' })) return 'ignored:already_booked';
    if (!e.start || !e.end || e.end <= e.start) return 'ignored:bad_times';
    const mentor =
      channel.kind === 'mentor' ? await this.ownMentor(m, e, channel.mentorId) : await this.findMentor(m, e);
    if (typeof mentor === 'string') return mentor;
    if (!mentor) return 'ignored:unknown_mentor';
    if (!e.attendee) return 'ignored:no_attendee';
    if (e.attendee.email === mentor.email.toLowerCase()) return 'ignored:self_booking';
    const mentee = await this.menteeFor(m, e.attendee);

    const placed = await this.place(m, mentor.id, mentee.id, e.start, e.end, async () => {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO bookings (mentor_id, mentee_id, offering_id, status, starts_at, ends_at, blocked_range, price_amount,
                               currency, meeting_url, mentee_timezone, source, external_uid, external_title, confirmed_at)
         VALUES ($1, $2, NULL, 'confirmed', $3, $4, tstzrange($3, $4), $5, $6, $7, $8, 'calcom', $9, $10, now())
         RETURNING id`,
        [
          mentor.id,
          mentee.id,
          e.start,
          e.end,
          e.priceAmount,
          e.currency,
          e.meetingUrl,
          e.attendee?.timeZone ?? mentee.timezone,
          uid,
          e.title,
        ],
      );
      return rows[0]!.id;
    });
    if (placed.outcome !== 'placed') {
      return this.conflict(m, e, placed.outcome, mentor, e.attendee.name, e.start, e.end);
    }
    if (e.trigger === 'BOOKING_RESCHEDULED' && e.previousUid)
      await this.markReplaced(m, e.previousUid, uid, channel);
    await this.freeSlots.requestRefresh(mentor.id, m);
    const a = e.attribution;
    if (a.anonymousId) {
      await this.funnel.record(
        {
          type: 'booking_confirmed',
          anonymousId: a.anonymousId,
          mentorSlug: mentor.slug,
          ...(a.articleSlug ? { articleSlug: a.articleSlug } : {}),
          ...(Object.keys(a.utm).length > 0 ? { utm: a.utm } : {}),
        },
        mentee.id,
        m,
      );
    }
    return 'created';
  }

  /** BOOKING_RESCHEDULED of a booking we have: it moves (and takes the new uid), or nothing changes. */
  private async move(
    m: EntityManager,
    e: CalcomEvent,
    uid: string,
    b: CalcomBookingRow,
    channel: Channel,
  ): Promise<CalcomOutcome> {
    if (b.status !== 'confirmed') return `ignored:previous_${b.status}`;
    if (!e.start || !e.end || e.end <= e.start) return 'ignored:bad_times';
    if (await this.findBooking(m, uid, { kind: 'platform' })) return 'ignored:already_booked';
    if (channel.kind === 'mentor') {
      const own = await this.ownMentor(m, e, channel.mentorId);
      if (typeof own === 'string') return own;
    }
    const placed = await this.place(m, b.mentor_id, b.mentee_id, e.start, e.end, async () => {
      await m.query(
        `UPDATE bookings SET starts_at = $2, ends_at = $3, blocked_range = tstzrange($2, $3), external_uid = $4,
                meeting_url = COALESCE($5, meeting_url), external_title = COALESCE($6, external_title),
                ics_sequence = ics_sequence + 1, updated_at = now()
          WHERE id = $1`,
        [b.id, e.start, e.end, uid, e.meetingUrl, e.title],
      );
      return b.id;
    });
    if (placed.outcome !== 'placed') {
      const mentor = await this.mentorOf(m, b.mentor_id);
      return this.conflict(m, e, placed.outcome, mentor, e.attendee?.name ?? 'your mentee', e.start, e.end);
    }
    // The booking it replaced was this mentor's: every channel may know.
    await this.markReplaced(m, e.previousUid as string, uid, { kind: 'platform' });
    await this.freeSlots.requestRefresh(b.mentor_id, m);
    return 'rescheduled';
  }

  /** BOOKING_CANCELLED: the booking is cancelled (no refund: Cal.com handled any money). */
  private async cancel(
    m: EntityManager,
    e: CalcomEvent,
    uid: string,
    channel: Channel,
  ): Promise<CalcomOutcome> {
    const b = await this.findBooking(m, uid, channel);
    // The event row stays: a CREATED for this uid arriving later is then ignored.
    if (!b) return 'ignored:unknown_booking';
    if (b.status === 'cancelled') return 'ignored:already_cancelled';
    if (b.status !== 'confirmed') return `ignored:${b.status}`;
    const by = e.cancelledBy?.toLowerCase();
    const cancelledBy =
      by && (by === b.mentor_email.toLowerCase() || by === e.organizer.email)
        ? 'mentor'
        : by && by === b.mentee_email.toLowerCase()
          ? 'mentee'
          : null;
    await m.query(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = now(), cancelled_by = $2, cancel_reason = $3,
              refund_amount = 0, ics_sequence = ics_sequence + 1, updated_at = now() WHERE id = $1`,
      [b.id, cancelledBy, e.cancellationReason],
    );
    await this.freeSlots.requestRefresh(b.mentor_id, m);
    return 'cancelled';
  }

  /**
   * Runs `write` (an insert or a move) inside a savepoint. A Ladder booking already in the way
   * (the exclusion constraints) rolls back only the savepoint, so the delivery is still recorded.
   * Expired holds in the way are retired first, as POST /bookings does.
   */
  private async place(
    m: EntityManager,
    mentorId: string,
    menteeId: string,
    start: Date,
    end: Date,
    write: () => Promise<string>,
  ): Promise<{ outcome: 'placed' | 'conflict' | 'conflict:mentee_busy' }> {
    await m.query(
      `UPDATE bookings SET status = 'expired', updated_at = now()
        WHERE status = 'held' AND hold_expires_at <= now()
          AND ((mentor_id = $1 AND blocked_range && tstzrange($3, $4)) OR (mentee_id = $2 AND tstzrange(starts_at, ends_at) && tstzrange($3, $4)))`,
      [mentorId, menteeId, start, end],
    );
    await m.query('SAVEPOINT calcom_place');
    try {
      await write();
      await m.query('RELEASE SAVEPOINT calcom_place');
      return { outcome: 'placed' };
    } catch (err) {
      const constraint = exclusionOf(err);
      if (!constraint) throw err;
      await m.query('ROLLBACK TO SAVEPOINT calcom_place');
      return { outcome: constraint === 'EXCL_bookings_mentor_overlap' ? 'conflict' : 'conflict:mentee_busy' };
    }
  }

  /**
   * A Cal.com booking that overlaps an active Ladder booking: the Ladder one stays, the delivery is
   * recorded as a conflict, and the mentor is told by email (once per delivery).
   */
  private async conflict(
    m: EntityManager,
    e: CalcomEvent,
    outcome: 'conflict' | 'conflict:mentee_busy',
    mentor: Pick<MentorRow, 'id' | 'email' | 'name' | 'timezone'>,
    attendeeName: string,
    start: Date,
    end: Date,
  ): Promise<CalcomOutcome> {
    const rows: { title: string; mentee_name: string }[] = await m.query(
      `SELECT COALESCE(o.title, b.external_title, 'a session') AS title, me.name AS mentee_name
         FROM bookings b LEFT JOIN offerings o ON o.id = b.offering_id JOIN users me ON me.id = b.mentee_id
        WHERE b.mentor_id = $1 AND b.status IN ('held', 'confirmed') AND b.blocked_range && tstzrange($2, $3)
        ORDER BY b.starts_at LIMIT 1`,
      [mentor.id, start, end],
    );
    const clash = rows[0];
    await this.mail.enqueue(
      {
        template: 'calcom-double-booking',
        to: mentor.email,
        dedupeKey: `calcom-double-booking:${e.eventId}`,
        params: {
          recipientName: mentor.name,
          attendeeName,
          when: formatWhen(start, mentor.timezone),
          conflictWith: clash
            ? `${clash.title} with ${clash.mentee_name}`
            : `another session (${attendeeName} is already booked then)`,
          dashboardUrl: `${this.config.http.webUrl}/dashboard/bookings`,
        },
      },
      m,
    );
    return outcome;
  }

  /**
   * The mentor a booking is for, in this order:
   * 1. `metadata.mentorSlug` (set by our embed), if the organizer is that mentor (same email as
   *    their Ladder account, or the Cal.com username of their link) — metadata comes from the
   *    booker's browser, so it is never trusted alone;
   * 2. the approved mentor whose Ladder account has the organizer's email;
   * 3. the one approved mentor whose Cal.com link is the organizer's username.
   */
  private async findMentor(m: EntityManager, e: CalcomEvent): Promise<MentorRow | null> {
    const email = e.organizer.email;
    const username = e.organizer.username?.toLowerCase() ?? null;
    const isOrganizer = (r: MentorRow) =>
      (!!email && r.email.toLowerCase() === email) ||
      (!!username && calcomUsername(r.calcom_link) === username);
    if (e.attribution.mentorSlug) {
      const rows: MentorRow[] = await m.query(`${MENTOR_SELECT} AND p.slug = $1`, [e.attribution.mentorSlug]);
      if (rows[0] && isOrganizer(rows[0])) return rows[0];
    }
    if (email) {
      const rows: MentorRow[] = await m.query(`${MENTOR_SELECT} AND u.email = $1`, [email]);
      if (rows[0]) return rows[0];
    }
    if (username) {
      const rows: MentorRow[] = await m.query(
        `${MENTOR_SELECT} AND lower(split_part(regexp_replace(p.calcom_link, '^https?://[^/]+/', ''), '/', 1)) = $1 LIMIT 2`,
        [username],
      );
      if (rows.length === 1) return rows[0]!;
    }
    return null;
  }

  /**
   * A delivery to a mentor's own webhook books that mentor only, and only while they are approved.
   * Their Cal.com account may also organise others' bookings (a team event hosted by a colleague):
   * when the organizer is named and is not them, the delivery is not theirs to book.
   */
  private async ownMentor(
    m: EntityManager,
    e: CalcomEvent,
    mentorId: string,
  ): Promise<MentorRow | CalcomOutcome> {
    const rows: MentorRow[] = await m.query(`${MENTOR_SELECT} AND p.id = $1`, [mentorId]);
    const mentor = rows[0];
    if (!mentor) return 'ignored:mentor_not_bookable';
    const email = e.organizer.email;
    const username = e.organizer.username?.toLowerCase() ?? null;
    if (!email && !username) return mentor;
    const isThem =
      (!!email && mentor.email.toLowerCase() === email) ||
      (!!username && calcomUsername(mentor.calcom_link) === username) ||
      e.attribution.mentorSlug === mentor.slug;
    return isThem ? mentor : 'ignored:other_organizer';
  }

  private async mentorOf(m: EntityManager, mentorId: string): Promise<MentorRow> {
    const rows: MentorRow[] = await m.query(
      `SELECT p.id, p.slug, p.user_id, p.timezone, p.calcom_link, u.email, u.name
         FROM mentor_profiles p JOIN users u ON u.id = p.user_id WHERE p.id = $1`,
      [mentorId],
    );
    return rows[0]!;
  }

  /**
   * The mentee: the account with the attendee's email, or a new one without a password (it cannot
   * sign in until its owner sets one through "Forgot password", which proves the address).
   */
  private async menteeFor(
    m: EntityManager,
    attendee: NonNullable<CalcomEvent['attendee']>,
  ): Promise<{ id: string; timezone: string }> {
    const created: { id: string; timezone: string }[] = await m.query(
      `INSERT INTO users (email, name, timezone) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO NOTHING RETURNING id, timezone`,
      [attendee.email, attendee.name, attendee.timeZone ?? 'UTC'],
    );
    if (created[0]) {
      await this.audit.record(
        { action: 'user.created_from_calcom', targetType: 'user', targetId: created[0].id },
        m,
      );
      return created[0];
    }
    const rows: { id: string; timezone: string }[] = await m.query(
      'SELECT id, timezone FROM users WHERE email = $1',
      [attendee.email],
    );
    return rows[0]!;
  }

  /** The Cal.com booking with this uid; through a mentor's own webhook, only one of theirs. */
  private async findBooking(
    m: EntityManager,
    uid: string,
    channel: Channel,
  ): Promise<CalcomBookingRow | null> {
    const rows: CalcomBookingRow[] = await m.query(
      `SELECT b.id, b.mentor_id, b.mentee_id, b.status, b.starts_at,
              mu.email AS mentor_email, mu.name AS mentor_name, p.timezone AS mentor_timezone, me.email AS mentee_email
         FROM bookings b
         JOIN mentor_profiles p ON p.id = b.mentor_id
         JOIN users mu ON mu.id = p.user_id
         JOIN users me ON me.id = b.mentee_id
        WHERE b.source = 'calcom' AND b.external_uid = $1 AND ($2::uuid IS NULL OR b.mentor_id = $2::uuid)
        FOR UPDATE OF b`,
      [uid, channel.kind === 'mentor' ? channel.mentorId : null],
    );
    return rows[0] ?? null;
  }

  /**
   * Remembers that `oldUid` was replaced by a reschedule, so a late CREATED for it is ignored (by
   * every channel, or — for a uid this mentor's channel never showed to be theirs — by theirs).
   */
  private async markReplaced(
    m: EntityManager,
    oldUid: string,
    newUid: string,
    channel: Channel,
  ): Promise<void> {
    await m.query(
      `INSERT INTO webhook_events (provider, event_id, type, outcome) VALUES ('calcom', $1, 'BOOKING_RESCHEDULED', $2)
       ON CONFLICT (provider, event_id) DO NOTHING`,
      [keyOf(channel, `${oldUid}:REPLACED`), `replaced_by:${newUid}`],
    );
  }
}

/** The exclusion constraint (23P01) a PostgreSQL error names, if any. */
function exclusionOf(err: unknown): string | undefined {
  if (!(err instanceof QueryFailedError)) return undefined;
  const driver = (err as QueryFailedError & { driverError?: { code?: string; constraint?: string } })
    .driverError;
  return driver?.code === '23P01' ? driver.constraint : undefined;
}
