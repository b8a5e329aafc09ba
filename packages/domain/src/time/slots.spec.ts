import {
  blockedRangeFor,
  computeSlots,
  isSlotAvailable,
  localDayWindows,
  slotsWithinDailyHours,
  type TSlotInput,
  type TWeeklyInterval,
} from './slots';

const HOUR = 60;

function offering(overrides: Partial<TSlotInput['offering']> = {}): TSlotInput['offering'] {
  return {
    durationMinutes: HOUR,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 0,
    ...overrides,
  };
}

function input(overrides: Partial<TSlotInput>): TSlotInput {
  return {
    timezone: 'UTC',
    weekly: [],
    overrides: [],
    offering: offering(),
    blocked: [],
    from: '2026-01-01T00:00:00.000Z',
    to: '2027-01-01T00:00:00.000Z',
    now: '2026-01-01T00:00:00.000Z',
    horizonDays: 400,
    ...overrides,
  };
}

const starts = (i: TSlotInput): string[] => computeSlots(i).map((s) => s.start);

/** Every `date` × `time` as "YYYY-MM-DDTHH:mm:00.000Z", date-major. */
function utc(dates: string[], times: string[]): string[] {
  return dates.flatMap((d) => times.map((t) => `${d}T${t}:00.000Z`));
}

const mondayToFriday = (start: string, end: string): TWeeklyInterval[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

describe('computeSlots: wall-clock rules across DST', () => {
  const rule = mondayToFriday('09:00', '12:00');

  it('America/New_York spring forward (2026-03-08): 09:00 EST = 14:00Z, then 09:00 EDT = 13:00Z', () => {
    const got = starts(
      input({
        timezone: 'America/New_York',
        weekly: rule,
        from: '2026-03-02T00:00:00Z',
        to: '2026-03-14T00:00:00Z',
      }),
    );
    expect(got).toEqual([
      ...utc(
        ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'],
        ['14:00', '15:00', '16:00'],
      ),
      ...utc(
        ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'],
        ['13:00', '14:00', '15:00'],
      ),
    ]);
  });

  it('America/New_York fall back (2026-11-01): 13:00Z before, 14:00Z after', () => {
    const got = starts(
      input({
        timezone: 'America/New_York',
        weekly: rule,
        from: '2026-10-26T00:00:00Z',
        to: '2026-11-07T00:00:00Z',
      }),
    );
    expect(got).toEqual([
      ...utc(
        ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30'],
        ['13:00', '14:00', '15:00'],
      ),
      ...utc(
        ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'],
        ['14:00', '15:00', '16:00'],
      ),
    ]);
  });

  it('Europe/Berlin spring forward (2026-03-29): 08:00Z before, 07:00Z after', () => {
    const got = starts(
      input({
        timezone: 'Europe/Berlin',
        weekly: rule,
        from: '2026-03-23T00:00:00Z',
        to: '2026-04-04T00:00:00Z',
      }),
    );
    expect(got).toEqual([
      ...utc(
        ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27'],
        ['08:00', '09:00', '10:00'],
      ),
      ...utc(
        ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03'],
        ['07:00', '08:00', '09:00'],
      ),
    ]);
  });

  it('Europe/Berlin fall back (2026-10-25): 07:00Z before, 08:00Z after', () => {
    const got = starts(
      input({
        timezone: 'Europe/Berlin',
        weekly: rule,
        from: '2026-10-19T00:00:00Z',
        to: '2026-10-31T00:00:00Z',
      }),
    );
    expect(got).toEqual([
      ...utc(
        ['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23'],
        ['07:00', '08:00', '09:00'],
      ),
      ...utc(
        ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30'],
        ['08:00', '09:00', '10:00'],
      ),
    ]);
  });
});

describe('computeSlots: local times that do not exist or exist twice', () => {
  const ny = (weekly: TWeeklyInterval[], from: string, to: string, durationMinutes = HOUR) =>
    starts(
      input({ timezone: 'America/New_York', weekly, from, to, offering: offering({ durationMinutes }) }),
    );
  const sunday = (start: string, end: string): TWeeklyInterval[] => [{ weekday: 7, start, end }];

  it('02:00–04:00 on the spring-forward Sunday is one real hour starting 03:00 EDT', () => {
    // A week earlier the same rule is two hours: 02:00 and 03:00 EST.
    expect(ny(sunday('02:00', '04:00'), '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z')).toEqual([
      '2026-03-01T07:00:00.000Z',
      '2026-03-01T08:00:00.000Z',
    ]);
    expect(ny(sunday('02:00', '04:00'), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([
      '2026-03-08T07:00:00.000Z',
    ]);
    expect(ny(sunday('02:00', '04:00'), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z', 30)).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T07:30:00.000Z',
    ]);
  });

  it('a start inside the gap resolves to the end of the gap (02:30 → 03:00 EDT)', () => {
    expect(ny(sunday('02:30', '04:00'), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z', 30)).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T07:30:00.000Z',
    ]);
  });

  it('an interval spanning the gap is shorter in real time; one wholly inside it is empty', () => {
    // 01:00 EST → 04:00 EDT: two real hours.
    expect(ny(sunday('01:00', '04:00'), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T07:00:00.000Z',
    ]);
    expect(ny(sunday('02:00', '02:45'), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z', 15)).toEqual([]);
  });

  it('fall back: 00:00–03:00 is four real hours, the repeated hour once in each offset', () => {
    expect(ny(sunday('00:00', '03:00'), '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      '2026-11-01T04:00:00.000Z', // 00:00 EDT
      '2026-11-01T05:00:00.000Z', // 01:00 EDT
      '2026-11-01T06:00:00.000Z', // 01:00 EST
      '2026-11-01T07:00:00.000Z', // 02:00 EST
    ]);
  });

  it('fall back: intervals meeting inside the repeated hour neither duplicate nor overlap', () => {
    const weekly = [...sunday('01:00', '01:30'), ...sunday('01:30', '02:00')];
    // 01:00 and 01:30 resolve to their first (EDT) occurrence; 02:00 exists once (EST).
    expect(ny(weekly, '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', 30)).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T05:30:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T06:30:00.000Z',
    ]);
  });

  it('Australia/Lord_Howe: the 30-minute spring-forward gap (2026-10-04 02:00 → 02:30)', () => {
    const got = starts(
      input({
        timezone: 'Australia/Lord_Howe',
        weekly: [{ weekday: 7, start: '01:30', end: '03:30' }],
        offering: offering({ durationMinutes: 30 }),
        from: '2026-10-03T00:00:00Z',
        to: '2026-10-05T00:00:00Z',
      }),
    );
    // 01:30 +10:30 = 15:00Z; the clock jumps at 15:30Z from 02:00 to 02:30 +11; 03:30 +11 = 16:30Z.
    expect(got).toEqual(['2026-10-03T15:00:00.000Z', '2026-10-03T15:30:00.000Z', '2026-10-03T16:00:00.000Z']);
  });
});

describe('computeSlots: half- and quarter-hour zones', () => {
  const monday = [{ weekday: 1, start: '09:00', end: '11:00' }];
  const window = { from: '2026-03-08T00:00:00Z', to: '2026-03-10T00:00:00Z' };

  it('Asia/Kolkata (+05:30)', () => {
    expect(starts(input({ timezone: 'Asia/Kolkata', weekly: monday, ...window }))).toEqual([
      '2026-03-09T03:30:00.000Z',
      '2026-03-09T04:30:00.000Z',
    ]);
  });

  it('Asia/Kathmandu (+05:45)', () => {
    expect(starts(input({ timezone: 'Asia/Kathmandu', weekly: monday, ...window }))).toEqual([
      '2026-03-09T03:15:00.000Z',
      '2026-03-09T04:15:00.000Z',
    ]);
  });

  it('an interval ending at 24:00 in Kolkata crosses the UTC date line without fuss', () => {
    const got = starts(
      input({ timezone: 'Asia/Kolkata', weekly: [{ weekday: 1, start: '22:00', end: '24:00' }], ...window }),
    );
    expect(got).toEqual(['2026-03-09T16:30:00.000Z', '2026-03-09T17:30:00.000Z']);
  });
});

describe('computeSlots: buffers, notice, overrides, horizon, cap', () => {
  const monday = [{ weekday: 1, start: '09:00', end: '17:00' }];
  const day = { from: '2026-03-09T00:00:00Z', to: '2026-03-10T00:00:00Z' };
  const at = (...hours: string[]) => utc(['2026-03-09'], hours);

  it('a 60-minute slot with a 15-minute buffer after keeps clear of a booking', () => {
    const booking = blockedRangeFor('2026-03-09T12:00:00Z', '2026-03-09T13:00:00Z', 0, 15);
    expect(booking).toEqual({
      start: new Date('2026-03-09T12:00:00Z'),
      end: new Date('2026-03-09T13:15:00Z'),
    });
    const got = starts(
      input({ weekly: monday, ...day, offering: offering({ bufferAfterMinutes: 15 }), blocked: [booking] }),
    );
    // 11:00 would need 11:00–12:15; 13:00 starts inside the booking's own 13:00–13:15 buffer.
    expect(got).toEqual(at('09:00', '10:00', '14:00', '15:00', '16:00'));
  });

  it('touching is not overlapping; a buffer before makes it so', () => {
    const blocked = [{ start: '2026-03-09T12:00:00Z', end: '2026-03-09T13:00:00Z' }];
    expect(starts(input({ weekly: monday, ...day, blocked }))).toEqual(
      at('09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'),
    );
    expect(
      starts(input({ weekly: monday, ...day, blocked, offering: offering({ bufferBeforeMinutes: 30 }) })),
    ).toEqual(at('09:00', '10:00', '11:00', '14:00', '15:00', '16:00'));
  });

  it('blocked ranges in any order, overlapping each other, as Dates or strings', () => {
    const blocked = [
      { start: new Date('2026-03-09T15:30:00Z'), end: new Date('2026-03-09T16:10:00Z') },
      { start: '2026-03-09T09:10:00Z', end: '2026-03-09T09:20:00Z' },
      { start: '2026-03-09T15:00:00+00:00', end: '2026-03-09T15:45:00Z' },
    ];
    expect(starts(input({ weekly: monday, ...day, blocked }))).toEqual(
      at('10:00', '11:00', '12:00', '13:00', '14:00'),
    );
  });

  it('minimum notice: nothing starts before now + notice (inclusive)', () => {
    const notice = offering({ minimumNoticeMinutes: 60 });
    expect(starts(input({ weekly: monday, ...day, offering: notice, now: '2026-03-09T10:20:00Z' }))).toEqual(
      at('12:00', '13:00', '14:00', '15:00', '16:00'),
    );
    expect(starts(input({ weekly: monday, ...day, offering: notice, now: '2026-03-09T10:00:00Z' }))).toEqual(
      at('11:00', '12:00', '13:00', '14:00', '15:00', '16:00'),
    );
  });

  it('an override replaces the weekly hours: a day off, other hours, an extra day', () => {
    const got = starts(
      input({
        weekly: mondayToFriday('09:00', '11:00'),
        overrides: [
          { date: '2026-03-09', intervals: [] },
          { date: '2026-03-10', intervals: [{ start: '13:00', end: '15:00' }] },
          { date: '2026-03-14', intervals: [{ start: '10:00', end: '11:00' }] },
        ],
        from: '2026-03-09T00:00:00Z',
        to: '2026-03-16T00:00:00Z',
      }),
    );
    expect(got).toEqual([
      ...utc(['2026-03-10'], ['13:00', '14:00']),
      ...utc(['2026-03-11', '2026-03-12', '2026-03-13'], ['09:00', '10:00']),
      ...utc(['2026-03-14'], ['10:00']),
    ]);
  });

  it('overrides apply to the mentor-local date, not the UTC date', () => {
    // Los Angeles Monday 17:00–19:00 PDT is Tuesday 00:00–02:00 UTC.
    const got = starts(
      input({
        timezone: 'America/Los_Angeles',
        weekly: [{ weekday: 1, start: '17:00', end: '19:00' }],
        overrides: [{ date: '2026-03-10', intervals: [] }],
        from: '2026-03-09T00:00:00Z',
        to: '2026-03-11T00:00:00Z',
      }),
    );
    expect(got).toEqual(['2026-03-10T00:00:00.000Z', '2026-03-10T01:00:00.000Z']);
  });

  it('horizon: the last slot may start exactly at now + horizonDays', () => {
    const daily = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '10:00' }));
    const got = starts(
      input({ weekly: daily, now: '2026-03-01T09:00:00Z', horizonDays: 7, from: '2026-03-01T00:00:00Z' }),
    );
    expect(got).toEqual(
      utc(
        [
          '2026-03-01',
          '2026-03-02',
          '2026-03-03',
          '2026-03-04',
          '2026-03-05',
          '2026-03-06',
          '2026-03-07',
          '2026-03-08',
        ],
        ['09:00'],
      ),
    );
  });

  it('horizon defaults to 60 days', () => {
    const daily = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '10:00' }));
    const { horizonDays: _, ...rest } = input({ weekly: daily, now: '2026-03-01T12:00:00Z' });
    const got = computeSlots(rest);
    expect(got).toHaveLength(60);
    expect(got.at(-1)?.start).toBe('2026-04-30T09:00:00.000Z');
  });

  it('daily cap closes a mentor-local day once its bookings reach the cap', () => {
    const got = starts(
      input({
        timezone: 'America/Los_Angeles',
        weekly: [
          { weekday: 1, start: '17:00', end: '19:00' },
          { weekday: 2, start: '17:00', end: '19:00' },
          { weekday: 3, start: '17:00', end: '19:00' },
        ],
        dailyCap: 2,
        bookedPerLocalDate: { '2026-03-09': 2, '2026-03-10': 1, '2026-03-11': 3 },
        from: '2026-03-09T00:00:00Z',
        to: '2026-03-13T00:00:00Z',
      }),
    );
    // Only Tuesday (one booking of two) stays open; its slots fall on Wednesday in UTC.
    expect(got).toEqual(['2026-03-11T00:00:00.000Z', '2026-03-11T01:00:00.000Z']);
    expect(starts(input({ weekly: monday, ...day, dailyCap: 0 }))).toEqual([]);
  });

  it('slots step from each interval start and must fit; 45-minute offering in a 2h interval', () => {
    const got = computeSlots(
      input({
        weekly: [
          { weekday: 1, start: '09:00', end: '11:00' },
          { weekday: 1, start: '11:00', end: '12:00' },
        ],
        ...day,
        offering: offering({ durationMinutes: 45 }),
      }),
    );
    expect(got).toEqual([
      { start: '2026-03-09T09:00:00.000Z', end: '2026-03-09T09:45:00.000Z' },
      { start: '2026-03-09T09:45:00.000Z', end: '2026-03-09T10:30:00.000Z' },
      { start: '2026-03-09T11:00:00.000Z', end: '2026-03-09T11:45:00.000Z' },
    ]);
  });

  it('only starts in [from, to); an empty or inverted window gives nothing', () => {
    expect(
      starts(input({ weekly: monday, from: '2026-03-09T10:00:00Z', to: '2026-03-09T12:00:00Z' })),
    ).toEqual(at('10:00', '11:00'));
    expect(
      starts(input({ weekly: monday, from: '2026-03-09T12:00:00Z', to: '2026-03-09T12:00:00Z' })),
    ).toEqual([]);
  });

  it('rejects malformed input loudly', () => {
    expect(() => computeSlots(input({ weekly: [{ weekday: 8, start: '09:00', end: '10:00' }] }))).toThrow(
      RangeError,
    );
    expect(() => computeSlots(input({ weekly: [{ weekday: 1, start: '9:00', end: '10:00' }] }))).toThrow(
      RangeError,
    );
    expect(() => computeSlots(input({ weekly: [{ weekday: 1, start: '24:00', end: '24:00' }] }))).toThrow(
      RangeError,
    );
    expect(() => computeSlots(input({ offering: offering({ durationMinutes: 0 }) }))).toThrow(RangeError);
    expect(() => computeSlots(input({ timezone: 'Mars/Olympus' }))).toThrow(RangeError);
    expect(() => computeSlots(input({ now: 'yesterday' }))).toThrow(RangeError);
  });
});

describe('isSlotAvailable', () => {
  const base = input({
    timezone: 'Europe/Berlin',
    weekly: mondayToFriday('09:00', '12:00'),
    blocked: [{ start: '2026-03-30T08:00:00Z', end: '2026-03-30T09:00:00Z' }],
  });
  const { from: _f, to: _t, ...rules } = base;

  it('is true exactly for offered starts, in any ISO spelling', () => {
    expect(isSlotAvailable(rules, '2026-03-30T07:00:00.000Z')).toBe(true);
    expect(isSlotAvailable(rules, '2026-03-30T09:00:00+02:00')).toBe(true);
    expect(isSlotAvailable(rules, new Date('2026-03-30T09:00:00Z'))).toBe(true);
  });

  it('is false when taken, off the grid, outside hours, too soon or unparseable', () => {
    expect(isSlotAvailable(rules, '2026-03-30T08:00:00Z')).toBe(false);
    expect(isSlotAvailable(rules, '2026-03-30T07:30:00Z')).toBe(false);
    expect(isSlotAvailable(rules, '2026-03-30T10:00:00Z')).toBe(false);
    expect(isSlotAvailable({ ...rules, now: '2026-03-30T07:00:00.001Z' }, '2026-03-30T07:00:00Z')).toBe(
      false,
    );
    expect(isSlotAvailable(rules, 'not a date')).toBe(false);
  });
});

describe('viewer hours', () => {
  const slots = computeSlots(
    input({
      weekly: [{ weekday: 1, start: '00:00', end: '24:00' }],
      from: '2026-03-09T00:00:00Z',
      to: '2026-03-10T00:00:00Z',
    }),
  );

  it('keeps slots wholly inside the viewer’s local hours (New York, EDT since 2026-03-08)', () => {
    expect(slotsWithinDailyHours(slots, 'America/New_York', '09:00', '17:00').map((s) => s.start)).toEqual(
      utc(['2026-03-09'], ['13:00', '14:00', '15:00', '16:00', '17:00', '18:00', '19:00', '20:00']),
    );
  });

  it('supports overnight hours and all-day hours', () => {
    expect(slotsWithinDailyHours(slots, 'America/New_York', '22:00', '02:00').map((s) => s.start)).toEqual(
      utc(['2026-03-09'], ['02:00', '03:00', '04:00', '05:00']),
    );
    expect(slotsWithinDailyHours(slots, 'Asia/Kolkata', '00:00', '24:00')).toEqual(slots);
    expect(slotsWithinDailyHours(slots, 'Asia/Kolkata', '10:00', '10:00')).toEqual([]);
  });

  it('localDayWindows gives the UTC ranges of local hours, DST included', () => {
    expect(
      localDayWindows('America/New_York', '2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z', '09:00', '17:00'),
    ).toEqual([
      { start: '2026-03-07T14:00:00.000Z', end: '2026-03-07T22:00:00.000Z' },
      { start: '2026-03-08T13:00:00.000Z', end: '2026-03-08T21:00:00.000Z' },
      { start: '2026-03-09T13:00:00.000Z', end: '2026-03-09T21:00:00.000Z' },
    ]);
  });
});

describe('slot formatting', () => {
  it('matches Date#toISOString, odd milliseconds and year ends included', () => {
    const got = computeSlots(
      input({
        weekly: [{ weekday: 4, start: '23:00', end: '24:00' }],
        offering: offering({ durationMinutes: 20 }),
        from: '2026-12-31T23:00:00.007Z',
        to: '2027-01-01T00:00:00Z',
        now: '2026-01-01T00:00:00.000Z',
      }),
    );
    expect(got).toEqual([
      { start: '2026-12-31T23:20:00.000Z', end: '2026-12-31T23:40:00.000Z' },
      { start: '2026-12-31T23:40:00.000Z', end: '2027-01-01T00:00:00.000Z' },
    ]);
  });
});
