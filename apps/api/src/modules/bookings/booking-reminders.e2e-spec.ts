import { DateTime } from 'luxon';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { waitFor } from '../../../test/wait';
import { BookingReminders } from './booking-reminders';

interface ReminderJob {
  start_after: Date;
  state: string;
  data: { bookingId: string; startsAt: string; leadMinutes: number };
}

interface Mail {
  to: string;
  subject: string;
  text: string;
}

const HOUR = 3_600_000;

describe('session reminders', () => {
  let t: TestApp;
  let reminders: BookingReminders;
  beforeAll(async () => {
    t = await createTestApp();
    reminders = t.app.get(BookingReminders);
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  /** The reminder jobs queued for a booking, soonest first. */
  async function reminderJobs(bookingId: string): Promise<ReminderJob[]> {
    return t.db.query(
      `SELECT start_after, state::text AS state, data FROM pgboss.job
        WHERE name = 'bookings.remind' AND data->>'bookingId' = $1 ORDER BY start_after, data->>'startsAt'`,
      [bookingId],
    );
  }

  async function mailbox(to: string): Promise<Mail[]> {
    const r = await http().get('/api/v1/dev/mailbox').query({ to }).expect(200);
    return r.body.items;
  }

  const remindersTo = async (to: string) =>
    (await mailbox(to)).filter((m) => m.subject.startsWith('Reminder:'));

  /** Waits until no reminder email for this booking is still waiting to be delivered. */
  async function mailSettled(bookingId: string): Promise<void> {
    await waitFor('reminder emails to be delivered', async () => {
      const rows: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send'
            AND data->>'dedupeKey' LIKE $1 AND state::text IN ('created', 'retry', 'active')`,
        [`booking-reminder:${bookingId}:%`],
      );
      return rows[0]!.n === 0;
    });
  }

  /** A free booking (confirmed at once) by a mentee in New York with a mentor in Tokyo. */
  async function confirmedBooking(start: string): Promise<{ id: string; mentee: Account; mentor: Account }> {
    const mentor = await makeBookableMentor(t, ALL_WEEK('Asia/Tokyo'));
    const mentee = await signUp(t.app.getHttpServer(), { timezone: 'America/New_York' });
    const res = await book(t, mentee, mentor.offeringIds[0]!, start).expect(201);
    expect(res.body.status).toBe('confirmed');
    return { id: res.body.id, mentee, mentor: mentor.account };
  }

  it('schedules reminders 24 h and 1 h before a confirmed session, off the booking request, and emails both people in their own zone', async () => {
    const start = utcSlot(3, 14);
    const { id, mentee, mentor } = await confirmedBooking(start);
    // The notify-confirmed worker schedules them after the booking committed.
    const jobs = await waitFor('both reminder jobs', async () => {
      const rows = await reminderJobs(id);
      return rows.length === 2 ? rows : null;
    });
    expect(jobs.map((j) => [j.start_after.toISOString(), j.data.leadMinutes, j.state])).toEqual([
      [new Date(Date.parse(start) - 24 * HOUR).toISOString(), 1440, 'created'],
      [new Date(Date.parse(start) - HOUR).toISOString(), 60, 'created'],
    ]);
    expect(jobs.every((j) => j.data.startsAt === start)).toBe(true);

    // Run the day-before reminder as the worker would at its time.
    const dayBefore = jobs[0]!;
    expect(await reminders.remind(dayBefore.data, dayBefore.start_after)).toBe('sent');
    const menteeMail = await waitFor('the mentee reminder', async () => (await remindersTo(mentee.email))[0]);
    const mentorMail = await waitFor('the mentor reminder', async () => (await remindersTo(mentor.email))[0]);
    const local = (zone: string) =>
      `${DateTime.fromISO(start, { zone }).setLocale('en-US').toFormat('cccc, LLLL d, yyyy, h:mm a')} (${zone})`;
    expect(menteeMail.subject).toBe(`Reminder: Growth session in 24 hours — ${local('America/New_York')}`);
    expect(mentorMail.subject).toBe(`Reminder: Growth session in 24 hours — ${local('Asia/Tokyo')}`);
    const booking = await http().get(`/api/v1/bookings/${id}`).set(mentee.bearer).expect(200);
    for (const mail of [menteeMail, mentorMail]) {
      expect(mail.text).toContain(`Join: ${booking.body.meetingUrl}`);
      expect(mail.text).toContain(`${t.config.http.webUrl}/dashboard/bookings/${id}`);
      expect(mail.text).toContain('Reschedule or Cancel');
    }
    expect(menteeMail.text).toContain(`with ${mentor.name}`);
    expect(mentorMail.text).toContain(`with ${mentee.name}`);

    // And the hour-before one, a separate email.
    expect(await reminders.remind(jobs[1]!.data, jobs[1]!.start_after)).toBe('sent');
    await waitFor('the hour-before reminder', async () => (await remindersTo(mentee.email)).length === 2);
    await mailSettled(id);
    expect((await remindersTo(mentee.email)).map((m) => m.subject.split(' — ')[0]).sort()).toEqual([
      'Reminder: Growth session in 1 hour',
      'Reminder: Growth session in 24 hours',
    ]);
    expect(await remindersTo(mentor.email)).toHaveLength(2);
  });

  it('sends a reminder once however often its job runs or is scheduled', async () => {
    const { id, mentee, mentor } = await confirmedBooking(utcSlot(4, 9));
    const jobs = await waitFor('both reminder jobs', async () => {
      const rows = await reminderJobs(id);
      return rows.length === 2 ? rows : null;
    });
    // Scheduling again (a retried notify job, a second confirmation) queues nothing new.
    await reminders.schedule({ id, starts_at: new Date(jobs[0]!.data.startsAt) });
    await reminders.schedule({ id, starts_at: new Date(jobs[0]!.data.startsAt) });
    expect(await reminderJobs(id)).toHaveLength(2);
    // A job that runs three times (retries after a failure, or two workers) emails once.
    const hourBefore = jobs[1]!;
    for (let i = 0; i < 3; i++)
      expect(await reminders.remind(hourBefore.data, hourBefore.start_after)).toBe('sent');
    await waitFor('the reminder', async () => (await remindersTo(mentee.email)).length > 0);
    await mailSettled(id);
    expect(await remindersTo(mentee.email)).toHaveLength(1);
    expect(await remindersTo(mentor.email)).toHaveLength(1);
  });

  it('reminds nobody of a cancelled booking', async () => {
    const { id, mentee, mentor } = await confirmedBooking(utcSlot(5, 10));
    const jobs = await waitFor('both reminder jobs', async () => {
      const rows = await reminderJobs(id);
      return rows.length === 2 ? rows : null;
    });
    await http().post(`/api/v1/bookings/${id}/cancel`).set(mentee.bearer).send({}).expect(200);
    for (const job of jobs) expect(await reminders.remind(job.data, job.start_after)).toBe('gone');
    await waitFor('the cancellation email', async () =>
      (await mailbox(mentor.email)).some((m) => m.subject.startsWith('Cancelled:')),
    );
    expect(await remindersTo(mentee.email)).toEqual([]);
    expect(await remindersTo(mentor.email)).toEqual([]);
  });

  it('moves the reminders with a reschedule: the old time is not reminded, the new one is', async () => {
    const oldStart = utcSlot(6, 10);
    const newStart = utcSlot(7, 15);
    const { id, mentee } = await confirmedBooking(oldStart);
    const oldJobs = await waitFor('the first reminder jobs', async () => {
      const rows = await reminderJobs(id);
      return rows.length === 2 ? rows : null;
    });
    await http()
      .post(`/api/v1/bookings/${id}/reschedule`)
      .set(mentee.bearer)
      .send({ start: newStart })
      .expect(200);
    const all = await reminderJobs(id);
    const forNew = all.filter((j) => j.data.startsAt === newStart);
    expect(forNew.map((j) => [j.start_after.toISOString(), j.data.leadMinutes])).toEqual([
      [new Date(Date.parse(newStart) - 24 * HOUR).toISOString(), 1440],
      [new Date(Date.parse(newStart) - HOUR).toISOString(), 60],
    ]);
    for (const job of oldJobs) expect(await reminders.remind(job.data, job.start_after)).toBe('moved');
    expect(await reminders.remind(forNew[0]!.data, forNew[0]!.start_after)).toBe('sent');
    const mail = await waitFor(
      'the reminder for the new time',
      async () => (await remindersTo(mentee.email))[0],
    );
    expect(mail.subject).toContain(
      DateTime.fromISO(newStart, { zone: 'America/New_York' })
        .setLocale('en-US')
        .toFormat('cccc, LLLL d, yyyy, h:mm a'),
    );
    await mailSettled(id);
    expect(await remindersTo(mentee.email)).toHaveLength(1);
  });

  it('schedules reminders when a held booking is paid, in the confirming transaction', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 5000 }]);
    const mentee = await signUp(t.app.getHttpServer());
    const start = utcSlot(8, 11);
    const held = await book(t, mentee, mentor.offeringIds[0]!, start).expect(201);
    expect(held.body.status).toBe('held');
    expect(await reminderJobs(held.body.id)).toEqual([]);
    await http().post(`/api/v1/payments/offline/${held.body.id}/pay`).set(mentee.bearer).expect(200);
    const jobs = await reminderJobs(held.body.id);
    expect(jobs.map((j) => [j.start_after.toISOString(), j.data.leadMinutes])).toEqual([
      [new Date(Date.parse(start) - 24 * HOUR).toISOString(), 1440],
      [new Date(Date.parse(start) - HOUR).toISOString(), 60],
    ]);
  });

  it('skips reminders whose time has passed: a session a few hours ahead gets only the 1-hour one', async () => {
    const start = DateTime.utc().plus({ hours: 3 }).startOf('hour').toJSDate().toISOString();
    const { id } = await confirmedBooking(start);
    const jobs = await waitFor('the reminder job', async () => {
      const rows = await reminderJobs(id);
      return rows.length > 0 ? rows : null;
    });
    expect(jobs.map((j) => j.data.leadMinutes)).toEqual([60]);
    // A day-before reminder that runs late, inside the last hour, is superseded by the 1-hour one.
    const late = new Date(Date.parse(start) - 30 * 60_000);
    expect(await reminders.remind({ bookingId: id, startsAt: start, leadMinutes: 1440 }, late)).toBe(
      'not_due',
    );
    expect(
      await reminders.remind(
        { bookingId: id, startsAt: start, leadMinutes: 60 },
        new Date(Date.parse(start) + 1000),
      ),
    ).toBe('not_due');
  });
});
