import { formatMoney } from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { MailService } from '../mail/mail.service';
import type { MailJob } from '../mail/mail.types';
import type { BookingRow } from './booking-view';
import { buildBookingCalendar } from './calendar';

/** "Monday 15 March 2027, 09:00 (America/New_York)": times in emails always name their zone. */
export function formatWhen(at: Date, zone: string): string {
  return `${DateTime.fromJSDate(at, { zone }).toFormat('cccc d LLLL yyyy, HH:mm')} (${zone})`;
}

/** Emails about a booking, to both people, each in their own zone, with the calendar attached. */
@Injectable()
export class BookingNotifier {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  calendar(b: BookingRow): string {
    return buildBookingCalendar({
      bookingId: b.id,
      sequence: b.ics_sequence,
      cancelled: b.status === 'cancelled',
      startsAt: b.starts_at,
      endsAt: b.ends_at,
      title: `${b.offering_title}: ${b.mentee_name} with ${b.mentor_name}`,
      description: `Ladder session. Manage it at ${this.config.http.webUrl}/dashboard/bookings/${b.id}`,
      meetingUrl: b.meeting_url,
      organizer: { name: b.mentor_name, email: b.mentor_email },
      attendee: { name: b.mentee_name, email: b.mentee_email },
    });
  }

  /** The confirmation emails (mentee and mentor). */
  confirmedMails(b: BookingRow): MailJob[] {
    const jobs: MailJob[] = [];
    const ics = this.attachment(b);
    for (const side of this.sides(b)) {
      jobs.push({
        template: 'booking-confirmed',
        to: side.email,
        params: {
          recipientName: side.name,
          otherName: side.otherName,
          title: b.offering_title,
          when: formatWhen(b.starts_at, side.zone),
          durationMinutes: b.duration_minutes,
          meetingUrl: b.meeting_url ?? '',
          manageUrl: this.manageUrl(b),
          asMentor: side.asMentor,
        },
        dedupeKey: `booking-confirmed:${b.id}:${b.ics_sequence}:${side.email}`,
        attachments: [ics],
      });
    }
    return jobs;
  }

  async rescheduled(b: BookingRow, previousStart: Date, m: EntityManager): Promise<void> {
    const jobs: MailJob[] = [];
    const ics = this.attachment(b);
    for (const side of this.sides(b)) {
      jobs.push({
        template: 'booking-rescheduled',
        to: side.email,
        params: {
          recipientName: side.name,
          otherName: side.otherName,
          title: b.offering_title,
          when: formatWhen(b.starts_at, side.zone),
          previousWhen: formatWhen(previousStart, side.zone),
          manageUrl: this.manageUrl(b),
        },
        dedupeKey: `booking-rescheduled:${b.id}:${b.ics_sequence}:${side.email}`,
        attachments: [ics],
      });
    }
    await this.mail.enqueueMany(jobs, m);
  }

  async cancelled(b: BookingRow, m: EntityManager): Promise<void> {
    const jobs: MailJob[] = [];
    const ics = this.attachment(b);
    for (const side of this.sides(b)) {
      const refund =
        !side.asMentor && b.refund_amount ? formatMoney(b.refund_amount, b.currency.trim()) : null;
      jobs.push({
        template: 'booking-cancelled',
        to: side.email,
        params: {
          recipientName: side.name,
          otherName: side.otherName,
          title: b.offering_title,
          when: formatWhen(b.starts_at, side.zone),
          cancelledBy:
            b.cancelled_by === 'mentor'
              ? side.asMentor
                ? 'you'
                : b.mentor_name
              : b.cancelled_by === 'mentee'
                ? side.asMentor
                  ? b.mentee_name
                  : 'you'
                : 'Ladder',
          refund,
          manageUrl: side.asMentor
            ? `${this.config.http.webUrl}/dashboard`
            : `${this.config.http.webUrl}/mentors/${b.mentor_slug}`,
        },
        dedupeKey: `booking-cancelled:${b.id}:${side.email}`,
        attachments: [ics],
      });
    }
    await this.mail.enqueueMany(jobs, m);
  }

  private attachment(b: BookingRow) {
    return {
      filename: 'invite.ics',
      contentType: `text/calendar; charset=utf-8; method=${b.status === 'cancelled' ? 'CANCEL' : 'REQUEST'}`,
      content: this.calendar(b),
    };
  }

  private manageUrl(b: BookingRow): string {
    return `${this.config.http.webUrl}/dashboard/bookings/${b.id}`;
  }

  private sides(b: BookingRow) {
    return [
      {
        email: b.mentee_email,
        name: b.mentee_name,
        otherName: b.mentor_name,
        zone: b.mentee_timezone,
        asMentor: false,
      },
      {
        email: b.mentor_email,
        name: b.mentor_name,
        otherName: b.mentee_name,
        zone: b.mentor_timezone,
        asMentor: true,
      },
    ];
  }
}
