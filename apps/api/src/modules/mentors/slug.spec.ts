import { slugCandidates, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Ada Lovelace', 'ada-lovelace'],
    ['  Sofía   Martínez ', 'sofia-martinez'],
    ["James O'Connor", 'james-oconnor'],
    ['Zoë Ångström-Øby', 'zoe-angstrom-by'],
    ['Dr. Jane (JJ) Doe, PhD', 'dr-jane-jj-doe-phd'],
    ['李明', 'mentor'],
    ['', 'mentor'],
    ['Me', 'mentor-me'],
    ['admin', 'mentor-admin'],
  ])('%j → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps slugs short and never ends them with a hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).not.toMatch(/-$/);
  });

  it('offers the name, then numbered suffixes from 2', () => {
    expect(slugCandidates('ada-lovelace', 4)).toEqual([
      'ada-lovelace',
      'ada-lovelace-2',
      'ada-lovelace-3',
      'ada-lovelace-4',
    ]);
  });
});
