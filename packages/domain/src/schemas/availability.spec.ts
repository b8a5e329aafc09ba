import { ZPutAvailabilitySchema, ZSlotsQuerySchema } from './availability';
import {
  ZBookingSchema,
  ZCancelBookingSchema,
  ZCreateBookingSchema,
  ZRescheduleBookingSchema,
} from './bookings';

const valid = {
  timezone: 'Europe/Berlin',
  weekly: [
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 1, start: '12:00', end: '17:00' },
    { weekday: 5, start: '20:00', end: '24:00' },
  ],
  overrides: [
    { date: '2026-12-24', intervals: [] },
    { date: '2026-12-28', intervals: [{ start: '10:00', end: '11:30' }] },
  ],
};

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('ZPutAvailabilitySchema', () => {
  it('accepts touching intervals, 24:00 as an end, and a day off', () => {
    expect(ZPutAvailabilitySchema.safeParse(valid).success).toBe(true);
  });

  it('rejects overlapping intervals on one weekday, naming both', () => {
    const r = ZPutAvailabilitySchema.safeParse({
      ...valid,
      weekly: [...valid.weekly, { weekday: 1, start: '11:00', end: '13:00' }],
    });
    expect(messages(r)).toEqual([
      'weekly.3: Monday 11:00–13:00 overlaps 09:00–12:00',
      'weekly.1: Monday 12:00–17:00 overlaps 11:00–13:00',
    ]);
  });

  it('allows the same hours on different weekdays', () => {
    const r = ZPutAvailabilitySchema.safeParse({
      ...valid,
      weekly: [
        { weekday: 2, start: '09:00', end: '12:00' },
        { weekday: 3, start: '09:00', end: '12:00' },
      ],
    });
    expect(r.success).toBe(true);
  });

  it('rejects overlapping intervals within an override and duplicate override dates', () => {
    const r = ZPutAvailabilitySchema.safeParse({
      ...valid,
      overrides: [
        {
          date: '2026-12-28',
          intervals: [
            { start: '10:00', end: '12:00' },
            { start: '08:00', end: '10:30' },
          ],
        },
        { date: '2026-12-28', intervals: [] },
      ],
    });
    expect(messages(r)).toEqual([
      'overrides.0.intervals.0: Overlaps 08:00–10:30 on 2026-12-28: 10:00–12:00',
      'overrides.1.date: 2026-12-28 already has an override (entry 1); put all its intervals in one',
    ]);
  });

  it.each([
    [
      'start after end',
      { weekday: 1, start: '12:00', end: '09:00' },
      'weekly.0.end: The end must be later than the start',
    ],
    [
      'empty interval',
      { weekday: 1, start: '09:00', end: '09:00' },
      'weekly.0.end: The end must be later than the start',
    ],
    [
      '24:00 as a start',
      { weekday: 1, start: '24:00', end: '24:00' },
      'weekly.0.start: Must be a time "HH:mm" from 00:00 to 23:59',
    ],
    [
      'sloppy time',
      { weekday: 1, start: '9:00', end: '10:00' },
      'weekly.0.start: Must be a time "HH:mm" from 00:00 to 23:59',
    ],
    [
      'weekday 0',
      { weekday: 0, start: '09:00', end: '10:00' },
      'weekly.0.weekday: Must be a weekday number 1 (Monday) to 7 (Sunday)',
    ],
    [
      'weekday 8',
      { weekday: 8, start: '09:00', end: '10:00' },
      'weekly.0.weekday: Must be a weekday number 1 (Monday) to 7 (Sunday)',
    ],
  ])('rejects a weekly row with %s', (_, row, message) => {
    const r = ZPutAvailabilitySchema.safeParse({ ...valid, weekly: [row] });
    expect(messages(r)).toEqual([message]);
  });

  it('rejects dates that are not on the calendar', () => {
    for (const date of ['2026-02-29', '2026-13-01', '2026-1-01', '2026-04-31']) {
      const r = ZPutAvailabilitySchema.safeParse({ ...valid, overrides: [{ date, intervals: [] }] });
      expect(messages(r)).toEqual(['overrides.0.date: Must be a calendar date "YYYY-MM-DD"']);
    }
    expect(
      ZPutAvailabilitySchema.safeParse({ ...valid, overrides: [{ date: '2028-02-29', intervals: [] }] })
        .success,
    ).toBe(true);
  });

  it('caps the number of rows', () => {
    const weekly = Array.from({ length: 101 }, (_, i) => ({
      weekday: (i % 7) + 1,
      start: `${String(Math.floor(i / 7)).padStart(2, '0')}:00`,
      end: `${String(Math.floor(i / 7)).padStart(2, '0')}:30`,
    }));
    expect(messages(ZPutAvailabilitySchema.safeParse({ ...valid, weekly }))).toEqual([
      'weekly: At most 100 weekly intervals',
    ]);
    const overrides = Array.from({ length: 367 }, (_, i) => ({
      date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
      intervals: [],
    }));
    expect(messages(ZPutAvailabilitySchema.safeParse({ ...valid, overrides }))).toEqual([
      'overrides: At most 366 date overrides',
    ]);
  });

  it('reports a malformed row once, without tripping the overlap check', () => {
    const r = ZPutAvailabilitySchema.safeParse({
      ...valid,
      weekly: [...valid.weekly, { weekday: 1, start: 'noon', end: '13:00' }],
      overrides: [{ date: '2026-12-28', intervals: [{ start: '10:00', end: '25:00' }] }],
    });
    expect(messages(r)).toEqual([
      'weekly.3.start: Must be a time "HH:mm" from 00:00 to 23:59',
      'overrides.0.intervals.0.end: Must be a time "HH:mm" from 00:00 to 24:00',
    ]);
  });

  it('rejects unknown fields and unknown zones', () => {
    expect(ZPutAvailabilitySchema.safeParse({ ...valid, mentorId: 'x' }).success).toBe(false);
    expect(
      ZPutAvailabilitySchema.safeParse({ ...valid, weekly: [{ ...valid.weekly[0], note: 'x' }] }).success,
    ).toBe(false);
    expect(ZPutAvailabilitySchema.safeParse({ ...valid, timezone: 'Mars/Olympus' }).success).toBe(false);
  });
});

describe('ZSlotsQuerySchema', () => {
  const offeringId = '0b5f8f0e-8a55-4c37-9c1d-3c7a1f0f3e11';

  it('accepts up to 62 days, with any offset', () => {
    expect(
      ZSlotsQuerySchema.safeParse({ offeringId, from: '2026-03-01T00:00:00Z', to: '2026-05-02T00:00:00Z' })
        .success,
    ).toBe(true);
    expect(
      ZSlotsQuerySchema.safeParse({
        offeringId,
        from: '2026-03-01T00:00:00+05:30',
        to: '2026-03-02T00:00:00Z',
      }).success,
    ).toBe(true);
  });

  it('rejects an inverted or too long range, and a bad id', () => {
    expect(
      messages(
        ZSlotsQuerySchema.safeParse({ offeringId, from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }),
      ),
    ).toEqual(['to: "to" must be later than "from"']);
    expect(
      messages(
        ZSlotsQuerySchema.safeParse({
          offeringId,
          from: '2026-03-01T00:00:00Z',
          to: '2026-05-02T00:00:00.001Z',
        }),
      ),
    ).toEqual(['to: The range from "from" to "to" may span at most 62 days']);
    expect(
      ZSlotsQuerySchema.safeParse({
        offeringId: 'abc',
        from: '2026-03-01T00:00:00Z',
        to: '2026-03-02T00:00:00Z',
      }).success,
    ).toBe(false);
  });
});

describe('booking schemas', () => {
  const offeringId = '0b5f8f0e-8a55-4c37-9c1d-3c7a1f0f3e11';

  it('create and reschedule are strict and need an ISO start', () => {
    expect(ZCreateBookingSchema.safeParse({ offeringId, start: '2026-03-09T14:00:00.000Z' }).success).toBe(
      true,
    );
    expect(
      ZCreateBookingSchema.safeParse({ offeringId, start: '2026-03-09T14:00:00.000Z', priceAmount: 0 })
        .success,
    ).toBe(false);
    expect(ZCreateBookingSchema.safeParse({ offeringId, start: 'tomorrow' }).success).toBe(false);
    expect(ZRescheduleBookingSchema.safeParse({ start: '2026-03-09T14:00:00Z' }).success).toBe(true);
    expect(
      ZRescheduleBookingSchema.safeParse({ start: '2026-03-09T14:00:00Z', status: 'held' }).success,
    ).toBe(false);
  });

  it('cancel takes an optional reason of at most 1000 characters', () => {
    expect(ZCancelBookingSchema.safeParse({}).success).toBe(true);
    expect(ZCancelBookingSchema.safeParse({ reason: 'x'.repeat(1000) }).success).toBe(true);
    expect(ZCancelBookingSchema.safeParse({ reason: 'x'.repeat(1001) }).success).toBe(false);
    expect(ZCancelBookingSchema.safeParse({ reason: 'ok', refundAmount: 1 }).success).toBe(false);
  });

  it('the booking resource matches the contract', () => {
    const booking = {
      id: offeringId,
      mentorId: offeringId,
      menteeId: offeringId,
      offeringId,
      status: 'held',
      startsAt: '2026-03-09T14:00:00.000Z',
      endsAt: '2026-03-09T15:00:00.000Z',
      priceAmount: 12_500,
      currency: 'USD',
      holdExpiresAt: '2026-03-01T10:10:00.000Z',
      checkoutUrl: 'https://checkout.example/abc',
    };
    expect(ZBookingSchema.parse(booking)).toEqual(booking);
    expect(ZBookingSchema.safeParse({ ...booking, status: 'pending' }).success).toBe(false);
    expect(ZBookingSchema.safeParse({ ...booking, priceAmount: 1.5 }).success).toBe(false);
  });
});
