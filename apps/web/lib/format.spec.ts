import {
  describeTimeZone,
  firstName,
  formatBytes,
  formatDate,
  formatDuration,
  formatRating,
  formatTimeAgo,
  initials,
  linkify,
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

describe('firstName', () => {
  it('takes the first word, or the whole name when there is none', () => {
    expect(firstName('  Ada King Lovelace ')).toBe('Ada');
    expect(firstName('plato')).toBe('plato');
    expect(firstName('   ')).toBe('   ');
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

describe('formatTimeAgo', () => {
  const now = Date.parse('2026-03-09T14:00:00.000Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('says "just now" for the last few seconds, and for small clock skew into the future', () => {
    expect(formatTimeAgo(ago(0), now)).toBe('just now');
    expect(formatTimeAgo(ago(9), now)).toBe('just now');
    expect(formatTimeAgo(ago(-5), now)).toBe('just now');
  });

  it('uses the largest whole unit', () => {
    expect(formatTimeAgo(ago(42), now)).toBe('42 seconds ago');
    expect(formatTimeAgo(ago(60), now)).toBe('1 minute ago');
    expect(formatTimeAgo(ago(5 * 60 + 59), now)).toBe('5 minutes ago');
    expect(formatTimeAgo(ago(3 * 3600), now)).toBe('3 hours ago');
    expect(formatTimeAgo(ago(86_400), now)).toBe('yesterday');
    expect(formatTimeAgo(ago(3 * 86_400), now)).toBe('3 days ago');
  });

  it('is empty for an unreadable date', () => {
    expect(formatTimeAgo('not a date', now)).toBe('');
  });
});

describe('formatBytes', () => {
  it('counts in binary units with one decimal under ten', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 + 300)).toBe('20 KB');
    expect(formatBytes(2.34 * 1024 * 1024)).toBe('2.3 MB');
    expect(formatBytes(-1)).toBe('');
  });
});

describe('linkify', () => {
  it('splits out http(s) links and leaves trailing sentence punctuation outside them', () => {
    const text = 'Confirm: http://localhost:3000/verify-email?token=abc_123. Or ignore (https://x.dev/a).';
    const segments = linkify(text);
    expect(segments.filter((s) => s.kind === 'link').map((s) => s.text)).toEqual([
      'http://localhost:3000/verify-email?token=abc_123',
      'https://x.dev/a',
    ]);
    // Nothing is lost or duplicated, and each segment knows where it started.
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of segments) expect(text.startsWith(s.text, s.start)).toBe(true);
  });

  it('does not turn other schemes into links', () => {
    expect(linkify('javascript:alert(1) and mailto:a@b.co')).toEqual([
      { kind: 'text', start: 0, text: 'javascript:alert(1) and mailto:a@b.co' },
    ]);
    expect(linkify('')).toEqual([]);
  });
});
