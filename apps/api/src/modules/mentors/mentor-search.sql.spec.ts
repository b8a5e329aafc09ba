import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseExpertise, normaliseLanguages } from '@ladder/domain';
import { buildSearchSql, CANDIDATE_CAP, FUZZY_BELOW, KEYS, normaliseSearch } from './mentor-search.sql';

const migration = readFileSync(
  join(__dirname, '../../database/migrations/1795869884924-MentorSearch.ts'),
  'utf8',
);

describe('search SQL', () => {
  it('orders by exactly the expressions the partial keyset indexes were built on', () => {
    for (const [sort, key] of Object.entries(KEYS)) {
      expect({ sort, indexed: migration.includes(`((${key.sql.replace(/m\./g, '')}), "id")`) }).toEqual({
        sort,
        indexed: true,
      });
    }
  });

  it('defaults to relevance with text and to rating without', () => {
    expect(normaliseSearch({ q: ' react ' }).sort).toBe('relevance');
    expect(normaliseSearch({}).sort).toBe('rating');
    expect(normaliseSearch({ q: '   ' })).toMatchObject({ q: null, sort: 'rating' });
  });

  it('normalises filters the way profiles are stored', () => {
    expect(
      normaliseSearch({
        expertise: [' System Design', 'go', 'GO'],
        language: ' brazilian portuguese ',
        minRating: 4.25,
      }),
    ).toMatchObject({
      expertise: ['go', 'system-design'],
      language: 'Brazilian Portuguese',
      minRatingTenths: 43,
    });
  });

  it('caps the candidates only for relevance ranking; keyed sorts stay exact', () => {
    const relevance = buildSearchSql(normaliseSearch({ q: 'engineer' }));
    expect(relevance.text).toContain(`LIMIT ${CANDIDATE_CAP}`);
    for (const sort of ['rating', 'price', 'soonest'] as const) {
      const sql = buildSearchSql(normaliseSearch({ q: 'engineer', sort }));
      expect(sql.text).not.toContain(`LIMIT ${CANDIDATE_CAP}`);
    }
  });

  it('binds every user value as a parameter', () => {
    const evil = "x'; DROP TABLE users; --";
    const sql = buildSearchSql(
      normaliseSearch({ q: evil, expertise: evil, language: evil, minPrice: 1, maxPrice: 2, minRating: 3 }),
      { k: '1', id: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e' },
    );
    expect(sql.text).not.toContain('DROP');
    expect(sql.values).toEqual(expect.arrayContaining([evil]));
  });

  it('fuzzy-matches names only for queries of three characters or more', () => {
    expect(buildSearchSql(normaliseSearch({ q: 'go' })).text).not.toContain('<%');
    expect(buildSearchSql(normaliseSearch({ q: 'rust' })).text).toContain('<% m.display_name');
  });

  it('looks for misspelt names only when the words find few mentors', () => {
    expect(buildSearchSql(normaliseSearch({ q: 'priya ramen' })).text).toContain(
      `(SELECT count(*) FROM fts) < ${FUZZY_BELOW}`,
    );
  });
});

describe('profile normalisation', () => {
  it('lower-cases, trims, hyphenates and dedupes expertise tags in order', () => {
    expect(normaliseExpertise([' Go ', 'go', 'Distributed  Systems', '', 'GO'])).toEqual([
      'go',
      'distributed-systems',
    ]);
  });

  it('capitalises languages and dedupes them whatever their case', () => {
    expect(normaliseLanguages(['english', ' ENGLISH', 'brazilian   portuguese', 'Tamil'])).toEqual([
      'English',
      'Brazilian Portuguese',
      'Tamil',
    ]);
  });
});
