import {
  describeTimeZone,
  formatDate,
  formatDuration,
  formatRating,
  initials,
  truncate,
  zoneCity,
} from './format';

describe('initials', () => {
  it('uses the first and last word', () => {
    expect(initials('Ada King Lovelace')).toBe('AL');
    expect(initials('  grace  ')).toBe('G');
    expect(initials('')).toBe('?');
  });
});

describe('time zones', () => {
  const winter = new Date('2026-01-15T12:00:00Z');
  const summer = new Date('2026-07-15T12:00:00Z');

  it('names the zone, its city and the offset at that date', () => {
    expect(describeTimeZone('Europe/Berlin', winter)).toBe('Central European Time (Berlin, GMT+1)');
    expect(describeTimeZone('Europe/Berlin', summer)).toBe('Central European Time (Berlin, GMT+2)');
    expect(describeTimeZone('America/New_York', winter)).toBe('Eastern Time (New York, GMT-5)');
  });

  it('falls back to the IANA name for unknown zones', () => {
    expect(describeTimeZone('Mars/Olympus_Mons', winter)).toBe('Mars/Olympus_Mons');
  });

  it('takes the city from the last part of the name', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
});

describe('formatDuration', () => {
  it('reads naturally', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
  });
});

describe('formatRating', () => {
  it('is null until there are reviews', () => {
    expect(formatRating({ average: null, count: 0 })).toBeNull();
  });
  it('rounds to one decimal and labels for screen readers', () => {
    expect(formatRating({ average: 4.867, count: 1 })).toEqual({
      value: '4.9',
      label: 'Rated 4.9 out of 5 from 1 review',
    });
  });
});

describe('formatDate', () => {
  it('formats in UTC and tolerates garbage', () => {
    expect(formatDate('2026-03-09T23:30:00.000Z')).toBe('Mar 9, 2026');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('truncate', () => {
  it('cuts on a word boundary and adds an ellipsis', () => {
    expect(truncate('Short text', 160)).toBe('Short text');
    expect(truncate('one two three four five six', 15)).toBe('one two three…');
  });
});
