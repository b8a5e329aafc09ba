import { describeLead, plannedReminders, reminderStillDue } from '@ladder/domain';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import type { JobPayloads, JobSpec } from '../jobs/job-types';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import type { MailJob } from '../mail/mail.types';
import { formatWhen } from './booking-notifier';
import { type BookingFacts, type BookingRow, loadBooking } from './booking-view';

type RemindPayload = JobPayloads['bookings.remind'];

export type ReminderOutcome = 'sent' | 'gone' | 'moved' | 'not_due';

/**
 * Reminders a day and an hour before a confirmed session (the leads live in @ladder/domain),
 * emailed to both people, each in their own zone.
 *
 * Scheduling: one `bookings.remind` job per lead, delayed with pg-boss `startAfter`, enqueued
 * whenever a booking becomes confirmed at a time: by the `bookings.notify-confirmed` worker for
 * free bookings (so the booking insert stays one statement), and in the transaction of a paid
 * confirmation or a reschedule. Nothing is ever unscheduled: the job carries the start it was
 * planned for and does nothing unless the booking is still confirmed at exactly that start.
 *
 * At most once: the queue's `short` policy keeps one queued job per (booking, start, lead), and
 * each email's dedupe key (booking, start, lead, recipient) is delivered once however often the
 * job runs, so a retried job, a re-run notify job or a move there and back again sends nothing twice.
 */
@Injectable()
export class BookingReminders implements OnModuleInit {
  private readonly logger = new Logger(BookingReminders.name);

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'bookings.remind',
      async (payload) => {
        await this.remind(payload);
      },
      { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120, queuePolicy: 'short' },
    );
  }

  /** The reminder jobs for a booking confirmed at its current start, as planned at `now`. */
  jobsFor(b: Pick<BookingFacts, 'id' | 'starts_at'>, now = new Date()): JobSpec<'bookings.remind'>[] {
    const startsAt = b.starts_at.toISOString();
    return plannedReminders(b.starts_at, now).map(({ leadMinutes, sendAt }) => ({
      name: 'bookings.remind',
      data: { bookingId: b.id, startsAt, leadMinutes },
      singletonKey: `${b.id}:${startsAt}:${leadMinutes}`,
      startAfter: sendAt,
    }));
  }

  /** Schedules the booking's reminders; with `manager`, they commit or roll back with its transaction. */
  async schedule(b: Pick<BookingFacts, 'id' | 'starts_at'>, manager?: EntityManager): Promise<void> {
    await this.jobs.enqueueMany(this.jobsFor(b), manager ? { manager } : {});
  }

  /** The job: emails both people unless the booking was cancelled, moved, or the moment has passed. */
  async remind(payload: RemindPayload, now = new Date()): Promise<ReminderOutcome> {
    const b = await loadBooking(this.db.manager, payload.bookingId);
    const outcome = outcomeFor(b, payload, now);
    if (outcome !== 'sent' || !b) {
      this.logger.log(
        { bookingId: payload.bookingId, leadMinutes: payload.leadMinutes, outcome },
        'Reminder skipped',
      );
      return outcome;
    }
    await this.mail.enqueueMany(this.mails(b, payload.leadMinutes, now));
    return outcome;
  }

  /** One reminder per participant, in their own zone, with the meeting and booking links. */
  mails(b: BookingFacts, leadMinutes: number, now = new Date()): MailJob[] {
    const manageUrl = `${this.config.http.webUrl}/dashboard/bookings/${b.id}`;
    const startsIn = describeLead(b.starts_at, now);
    const sides = [
      { email: b.mentee_email, name: b.mentee_name, otherName: b.mentor_name, zone: b.mentee_timezone },
      { email: b.mentor_email, name: b.mentor_name, otherName: b.mentee_name, zone: b.mentor_timezone },
    ];
    return sides.map((side) => ({
      template: 'booking-reminder',
      to: side.email,
      dedupeKey: `booking-reminder:${b.id}:${b.starts_at.toISOString()}:${leadMinutes}:${side.email}`,
      params: {
        recipientName: side.name,
        otherName: side.otherName,
        title: b.offering_title,
        when: formatWhen(b.starts_at, side.zone),
        startsIn,
        meetingUrl: b.meeting_url ?? manageUrl,
        manageUrl,
      },
    }));
  }
}

/** Whether the reminder goes out: only for a booking still confirmed at the start it was planned for. */
function outcomeFor(b: BookingRow | null, p: RemindPayload, now: Date): ReminderOutcome {
  if (b?.status !== 'confirmed') return 'gone';
  if (b.starts_at.toISOString() !== p.startsAt) return 'moved';
  if (!reminderStillDue(b.starts_at, now, p.leadMinutes)) return 'not_due';
  return 'sent';
}
