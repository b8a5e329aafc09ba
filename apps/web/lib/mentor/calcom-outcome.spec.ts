import { describeCalcomOutcome } from './calcom-outcome';

describe('describeCalcomOutcome', () => {
  it('confirms the set-up when Cal.com pings', () => {
    expect(describeCalcomOutcome('ignored:ping')).toEqual({
      tone: 'success',
      text: 'Ping received: the URL and secret are right.',
    });
  });

  it('warns when a delivery could not become a booking for a reason the mentor can fix', () => {
    expect(describeCalcomOutcome('ignored:other_organizer').tone).toBe('warning');
    expect(describeCalcomOutcome('ignored:mentor_not_bookable').text).toContain('not approved');
    expect(describeCalcomOutcome('conflict').text).toContain('the Ladder session stays');
  });

  it('reads any other outcome calmly instead of showing its code', () => {
    expect(describeCalcomOutcome('ignored:previous_cancelled')).toEqual({
      tone: 'info',
      text: 'An event arrived that did not change your bookings.',
    });
    expect(describeCalcomOutcome('something_new').text).not.toContain('something_new');
  });
});
