import { filterZoneOptions, timeZoneNames, zoneOption } from './time-zones';

describe('time-zone choices', () => {
  it('lists current names where the runtime still has old ones, plus UTC', () => {
    const names = timeZoneNames();
    expect(names).toContain('Asia/Kolkata');
    expect(names).not.toContain('Asia/Calcutta');
    expect(names).toContain('Europe/Kyiv');
    expect(names).toContain('UTC');
    expect(names).toEqual([...names].sort());
  });

  it('keeps a stored zone as it is spelled, without listing it twice', () => {
    const names = timeZoneNames('Asia/Calcutta');
    expect(names).toContain('Asia/Calcutta');
    expect(names).not.toContain('Asia/Kolkata');
  });

  it('finds zones by city, old name, spoken name or offset', () => {
    const options = timeZoneNames().map((zone) => zoneOption(zone, new Date('2026-01-15T12:00:00Z')));
    const values = (query: string) => filterZoneOptions(options, query).map((o) => o.value);
    expect(values('kolkata')).toEqual(['Asia/Kolkata']);
    expect(values('calcutta')).toEqual(['Asia/Kolkata']);
    expect(values('buenos aires')).toContain('America/Argentina/Buenos_Aires');
    expect(values('central european')).toContain('Europe/Berlin');
    expect(values('new york')).toEqual(['America/New_York']);
  });
});
