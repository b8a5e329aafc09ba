import { formatMoney } from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { MailService } from '../mail/mail.service';
import type { MailJob } from '../mail/mail.types';
import type { BookingFacts } from './booking-view';
import { buildBookingCalendar } from './calendar';

/**
 * "Monday, March 15, 2027, 9:00 AM (America/New_York)": the date and 12-hour time as the site
 * shows them (apps/web/lib/time/format.ts), and times in emails always name their zone.
 */
export function formatWhen(at: Date, zone: string): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale('en-US');
  return `${local.toFormat('cccc, LLLL d, yyyy, h:mm a')} (${zone})`;
}

interface Side {
  email: string;
  name: string;
  otherName: string;
  zone: string;
  asMentor: boolean;
}

/** Who cancelled, as the recipient reads it ("you", the other person's name, or Ladder). */
function cancellerSeenBy(b: BookingFacts, asMentor: boolean): string {
  if (b.cancelled_by === 'mentor') return asMentor ? 'you' : b.mentor_name;
  if (b.cancelled_by === 'mentee') return asMentor ? b.mentee_name : 'you';
  return 'Ladder';
}

/** Emails about a booking, to both people, each in their own zone, with the calendar attached. */
@Injectable()
export class BookingNotifier {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  calendar(b: BookingFacts): string {
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
  confirmedMails(b: BookingFacts): MailJob[] {
    return this.toBoth(b, 'booking-confirmed', `${b.ics_sequence}`, (side) => ({
      template: 'booking-confirmed',
      params: {
        ...this.common(b, side),
        durationMinutes: b.duration_minutes,
        meetingUrl: b.meeting_url ?? '',
        manageUrl: this.manageUrl(b),
        asMentor: side.asMentor,
      },
    }));
  }

  async rescheduled(b: BookingFacts, previousStart: Date, m: EntityManager): Promise<void> {
    const jobs = this.toBoth(b, 'booking-rescheduled', `${b.ics_sequence}`, (side) => ({
      template: 'booking-rescheduled',
      params: {
        ...this.common(b, side),
        previousWhen: formatWhen(previousStart, side.zone),
        manageUrl: this.manageUrl(b),
      },
    }));
    await this.mail.enqueueMany(jobs, m);
  }

  async cancelled(b: BookingFacts, m: EntityManager): Promise<void> {
    const web = this.config.http.webUrl;
    const jobs = this.toBoth(b, 'booking-cancelled', 'final', (side) => ({
      template: 'booking-cancelled',
      params: {
        ...this.common(b, side),
        cancelledBy: cancellerSeenBy(b, side.asMentor),
        reason: b.cancel_reason,
        refund: !side.asMentor && b.refund_amount ? formatMoney(b.refund_amount, b.currency.trim()) : null,
        manageUrl: side.asMentor ? `${web}/dashboard` : `${web}/mentors/${b.mentor_slug}`,
      },
    }));
    await this.mail.enqueueMany(jobs, m);
  }

  /**
   * A payment that could not confirm its booking was refunded in full: tell the mentee why (once per
   * booking). `reason` completes "your payment went through, but …".
   */
  async paymentRefunded(b: BookingFacts, reason: string, m: EntityManager): Promise<void> {
    const mentee = this.sides(b).find((side) => !side.asMentor)!;
    await this.mail.enqueueMany(
      [
        {
          template: 'payment-refunded',
          to: mentee.email,
          dedupeKey: `payment-refunded:${b.id}`,
          params: {
            ...this.common(b, mentee),
            amount: formatMoney(b.price_amount, b.currency.trim()),
            reason,
            bookAgainUrl: `${this.config.http.webUrl}/mentors/${b.mentor_slug}`,
          },
        },
      ],
      m,
    );
  }

  /**
   * One message per participant, each in their own zone, with the calendar attached. The dedupe
   * key (kind, booking, version, recipient) makes each of them deliverable once.
   */
  private toBoth(
    b: BookingFacts,
    kind: string,
    version: string,
    build: (side: Side) => Pick<MailJob, 'template' | 'params'>,
  ): MailJob[] {
    const ics = this.attachment(b);
    return this.sides(b).map(
      (side) =>
        ({
          ...build(side),
          to: side.email,
          dedupeKey: `${kind}:${b.id}:${version}:${side.email}`,
          attachments: [ics],
        }) as MailJob,
    );
  }

  private common(b: BookingFacts, side: Side) {
    return {
      recipientName: side.name,
      otherName: side.otherName,
      title: b.offering_title,
      when: formatWhen(b.starts_at, side.zone),
    };
  }

  private attachment(b: BookingFacts) {
    return {
      filename: 'invite.ics',
      contentType: `text/calendar; charset=utf-8; method=${b.status === 'cancelled' ? 'CANCEL' : 'REQUEST'}`,
      content: this.calendar(b),
    };
  }

  private manageUrl(b: BookingFacts): string {
    return `${this.config.http.webUrl}/dashboard/bookings/${b.id}`;
  }

  private sides(b: BookingFacts): Side[] {
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
