import { describeLead, plannedReminders, REMINDER_LEADS_MINUTES, reminderStillDue } from './reminders';

const at = (iso: string) => new Date(iso);
const start = at('2027-03-15T14:00:00.000Z');

describe('plannedReminders', () => {
  it('plans a reminder 24 h and 1 h before a session booked days ahead', () => {
    expect(plannedReminders(start, at('2027-03-10T09:00:00.000Z'))).toEqual([
      { leadMinutes: 1440, sendAt: at('2027-03-14T14:00:00.000Z') },
      { leadMinutes: 60, sendAt: at('2027-03-15T13:00:00.000Z') },
    ]);
  });

  it('drops reminders whose time has passed or that would follow the confirmation within 30 minutes', () => {
    // 3 hours ahead: only the 1-hour reminder.
    expect(plannedReminders(start, at('2027-03-15T11:00:00.000Z')).map((r) => r.leadMinutes)).toEqual([60]);
    // 24 h 10 min ahead: the day-before reminder would arrive 10 minutes after the confirmation.
    expect(plannedReminders(start, at('2027-03-14T13:50:00.000Z')).map((r) => r.leadMinutes)).toEqual([60]);
    // 1 h 20 min ahead and 30 minutes ahead: none.
    expect(plannedReminders(start, at('2027-03-15T12:40:00.000Z'))).toEqual([]);
    expect(plannedReminders(start, at('2027-03-15T13:30:00.000Z'))).toEqual([]);
    // Exactly 30 minutes of notice still counts.
    expect(plannedReminders(start, at('2027-03-15T12:30:00.000Z')).map((r) => r.leadMinutes)).toEqual([60]);
  });

  it('takes other lead times', () => {
    expect(plannedReminders(start, at('2027-03-01T00:00:00.000Z'), [120])).toEqual([
      { leadMinutes: 120, sendAt: at('2027-03-15T12:00:00.000Z') },
    ]);
  });
});

describe('reminderStillDue', () => {
  it('is due on time, not after the start, and not once a shorter reminder is due', () => {
    expect(reminderStillDue(start, at('2027-03-14T14:00:00.000Z'), 1440)).toBe(true);
    expect(reminderStillDue(start, at('2027-03-15T13:00:00.000Z'), 60)).toBe(true);
    // A day-before reminder that runs 45 minutes before the start is superseded by the 1-hour one.
    expect(reminderStillDue(start, at('2027-03-15T13:15:00.000Z'), 1440)).toBe(false);
    expect(reminderStillDue(start, at('2027-03-15T13:15:00.000Z'), 60)).toBe(true);
    expect(reminderStillDue(start, at('2027-03-15T14:00:00.000Z'), 60)).toBe(false);
    expect(REMINDER_LEADS_MINUTES).toEqual([1440, 60]);
  });
});

describe('describeLead', () => {
  it('reads as hours or minutes', () => {
    expect(describeLead(start, at('2027-03-14T14:00:10.000Z'))).toBe('24 hours');
    expect(describeLead(start, at('2027-03-15T13:00:00.000Z'))).toBe('1 hour');
    expect(describeLead(start, at('2027-03-15T13:15:00.000Z'))).toBe('45 minutes');
  });
});
