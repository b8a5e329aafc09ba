import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributionOf, meetingUrlOf, parseCalcomEvent } from './calcom-event';

const fixture = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, '../../../test/fixtures/calcom-booking-created.json'), 'utf8'));

const parse = (body: unknown) => parseCalcomEvent(Buffer.from(JSON.stringify(body)));

describe('parseCalcomEvent', () => {
  it("reads Cal.com's documented BOOKING_CREATED example", () => {
    const e = parse(fixture());
    expect(e).toMatchObject({
      trigger: 'BOOKING_CREATED',
      eventId: 'bFJeNb2uX8ANpT3JL5EfXw:BOOKING_CREATED',
      uid: 'bFJeNb2uX8ANpT3JL5EfXw',
      previousUid: null,
      title: '60min between Pro Example and John Doe',
      organizer: { email: 'pro@example.com', username: 'pro', name: 'Pro Example' },
      attendee: { email: 'john.doe@example.com', name: 'John Doe', timeZone: 'Asia/Kolkata' },
      priceAmount: 0,
      currency: 'USD',
      // "Calcom HQ" is a place, not a link.
      meetingUrl: null,
    });
    expect(e.start?.toISOString()).toBe('2023-05-25T09:30:00.000Z');
    expect(e.end?.toISOString()).toBe('2023-05-25T10:30:00.000Z');
  });

  it('reads a reschedule (rescheduleUid, or fromReschedule) and a cancellation', () => {
    const base = fixture();
    const payload = base.payload as Record<string, unknown>;
    const moved = parse({
      ...base,
      triggerEvent: 'BOOKING_RESCHEDULED',
      payload: { ...payload, uid: 'new-uid', rescheduleUid: 'old-uid' },
    });
    expect(moved).toMatchObject({
      eventId: 'new-uid:BOOKING_RESCHEDULED',
      uid: 'new-uid',
      previousUid: 'old-uid',
    });
    expect(
      parse({ ...base, triggerEvent: 'BOOKING_RESCHEDULED', payload: { ...payload, fromReschedule: 'old' } })
        .previousUid,
    ).toBe('old');
    const cancelled = parse({
      ...base,
      triggerEvent: 'BOOKING_CANCELLED',
      payload: {
        ...payload,
        status: 'CANCELLED',
        cancellationReason: 'Sick',
        cancelledBy: 'john.doe@example.com',
      },
    });
    expect(cancelled).toMatchObject({
      eventId: 'bFJeNb2uX8ANpT3JL5EfXw:BOOKING_CANCELLED',
      cancellationReason: 'Sick',
      cancelledBy: 'john.doe@example.com',
    });
  });

  it('never throws: a body without uid (PING) is keyed by its bytes, junk by its hash', () => {
    const ping = parse({
      triggerEvent: 'PING',
      createdAt: '2026-01-01T00:00:00Z',
      payload: { type: 'Test' },
    });
    expect(ping.trigger).toBe('PING');
    expect(ping.eventId).toMatch(/^body-[0-9a-f]{32}:PING$/);
    const junk = parseCalcomEvent(Buffer.from('not json'));
    expect(junk).toMatchObject({ trigger: 'UNKNOWN', uid: null, attendee: null, start: null });
  });

  it('keeps a price in minor units and an ISO currency, else 0 and USD', () => {
    const payload = fixture().payload as Record<string, unknown>;
    expect(
      parse({ triggerEvent: 'BOOKING_CREATED', payload: { ...payload, price: 4500, currency: 'eur' } }),
    ).toMatchObject({
      priceAmount: 4500,
      currency: 'EUR',
    });
    expect(
      parse({ triggerEvent: 'BOOKING_CREATED', payload: { ...payload, price: -3, currency: 'euro' } }),
    ).toMatchObject({
      priceAmount: 0,
      currency: 'USD',
    });
  });

  it('drops an attendee without a valid email and a time zone that is not IANA', () => {
    const payload = fixture().payload as Record<string, unknown>;
    expect(
      parse({ triggerEvent: 'X', payload: { ...payload, attendees: [{ email: 'nope', name: 'A' }] } })
        .attendee,
    ).toBeNull();
    expect(
      parse({
        triggerEvent: 'X',
        payload: { ...payload, attendees: [{ email: 'A@B.io', timeZone: 'Mars/Base' }] },
      }).attendee,
    ).toEqual({ email: 'a@b.io', name: 'a', timeZone: null });
  });
});

describe('meetingUrlOf', () => {
  it('prefers the video call URL, then videoCallData, then a location that is a URL', () => {
    expect(
      meetingUrlOf({
        metadata: { videoCallUrl: 'https://app.cal.com/video/abc' },
        videoCallData: { url: 'https://zoom.us/j/1' },
        location: 'https://meet.google.com/x',
      }),
    ).toBe('https://app.cal.com/video/abc');
    expect(
      meetingUrlOf({ videoCallData: { url: 'https://zoom.us/j/1' }, location: 'integrations:zoom' }),
    ).toBe('https://zoom.us/j/1');
    expect(meetingUrlOf({ location: 'https://meet.google.com/abc-defg-hij' })).toBe(
      'https://meet.google.com/abc-defg-hij',
    );
    expect(meetingUrlOf({ location: 'inPerson' })).toBeNull();
    expect(meetingUrlOf({ location: 'javascript:alert(1)' })).toBeNull();
  });
});

describe('attributionOf', () => {
  it('reads what the embed sends, and the older ladderMentorSlug', () => {
    expect(
      attributionOf({
        anonymousId: 'anon-12345678',
        articleSlug: 'staff-engineer-path',
        mentorSlug: 'priya-k',
        utm_source: 'newsletter',
        utm_campaign: 'spring',
        utm_other: 'ignored',
      }),
    ).toEqual({
      mentorSlug: 'priya-k',
      anonymousId: 'anon-12345678',
      articleSlug: 'staff-engineer-path',
      utm: { source: 'newsletter', campaign: 'spring' },
    });
    expect(attributionOf({ ladderMentorSlug: 'sam' }).mentorSlug).toBe('sam');
    expect(attributionOf({ anonymousId: 'short', mentorSlug: '../etc' })).toEqual({
      mentorSlug: null,
      anonymousId: null,
      articleSlug: null,
      utm: {},
    });
    expect(attributionOf(undefined).utm).toEqual({});
  });
});
