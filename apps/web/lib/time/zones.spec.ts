import { currentZoneName, detectTimeZone, listTimeZones, searchZones, zoneOptions } from './zones';

describe('time zones', () => {
  it('detects a valid zone', () => {
    expect(typeof detectTimeZone()).toBe('string');
    expect(() => new Intl.DateTimeFormat('en-US', { timeZone: detectTimeZone() })).not.toThrow();
  });

  it('lists the runtime zones with UTC, sorted and unique', () => {
    const zones = listTimeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).toContain('America/New_York');
    expect(zones).toContain('Europe/Kyiv');
    expect(zones).not.toContain('Asia/Calcutta');
    expect([...zones].sort()).toEqual(zones);
    expect(new Set(zones).size).toBe(zones.length);
  });

  it('uses current IANA names where ICU still reports old ones', () => {
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(currentZoneName('Europe/Berlin')).toBe('Europe/Berlin');
    expect(currentZoneName('constructor')).toBe('constructor');
  });

  it('finds zones by city words, with underscores or spaces, and by offset', () => {
    const at = new Date('2026-03-10T12:00:00Z');
    const options = zoneOptions(['America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'Europe/London'], at);
    expect(searchZones(options, 'new york').map((o) => o.zone)).toEqual(['America/New_York']);
    expect(searchZones(options, 'New_York').map((o) => o.zone)).toEqual(['America/New_York']);
    expect(searchZones(options, 'gmt+5:30').map((o) => o.zone)).toEqual(['Asia/Kolkata']);
    expect(searchZones(options, 'europe').map((o) => o.zone)).toEqual(['Europe/Berlin', 'Europe/London']);
    expect(searchZones(options, 'lon').map((o) => o.zone)).toEqual(['Europe/London']);
    expect(searchZones(options, '  ')).toHaveLength(4);
    expect(searchZones(options, 'atlantis')).toEqual([]);
  });

  it('ranks zones whose city starts with the query first', () => {
    const options = zoneOptions(['America/Indiana/Indianapolis', 'Asia/Kolkata', 'America/Indianapolis']);
    const found = searchZones(options, 'indian').map((o) => o.zone);
    expect(found[0]).toBe('America/Indiana/Indianapolis');
    expect(found).toHaveLength(2);
  });
});
