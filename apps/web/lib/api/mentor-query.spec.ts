import { toQueryString } from './client';
import {
  describeFilters,
  hasActiveFilters,
  mentorsApiQuery,
  mentorsPageHref,
  parseMentorFilters,
  toMinorUnits,
} from './mentor-query';

describe('parseMentorFilters', () => {
  it('drops empty values a GET form submits for untouched fields', () => {
    const filters = parseMentorFilters({
      q: '',
      expertise: '',
      language: ' ',
      minPrice: '',
      maxPrice: '',
      sort: '',
    });
    expect(filters).toEqual({ expertise: [] });
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('trims values, keeps the first of repeated scalars, and caps lengths', () => {
    const filters = parseMentorFilters({ q: ['  kafka  ', 'ignored'], language: 'German', cursor: 'abc' });
    expect(filters.q).toBe('kafka');
    expect(filters.language).toBe('German');
    expect(filters.cursor).toBe('abc');
    expect(parseMentorFilters({ q: 'x'.repeat(300) }).q).toHaveLength(100);
  });

  it('reads expertise from repeated params and from a comma-separated field, de-duplicated', () => {
    expect(parseMentorFilters({ expertise: ['go', 'rust'] }).expertise).toEqual(['go', 'rust']);
    expect(parseMentorFilters({ expertise: 'System design, go,, go ' }).expertise).toEqual([
      'System design',
      'go',
    ]);
  });

  it('keeps only known sorts', () => {
    expect(parseMentorFilters({ sort: 'rating' }).sort).toBe('rating');
    expect(parseMentorFilters({ sort: 'price; drop table' }).sort).toBeUndefined();
  });

  it('accepts whole and decimal prices, rejects garbage, and swaps a reversed range', () => {
    expect(parseMentorFilters({ minPrice: '1,200', maxPrice: '99.5' })).toMatchObject({
      minPrice: '99.50',
      maxPrice: '1200',
    });
    expect(parseMentorFilters({ minPrice: '-5', maxPrice: 'abc' })).toEqual({ expertise: [] });
    expect(parseMentorFilters({ maxPrice: '007' }).maxPrice).toBe('7');
  });
});

describe('free during my working hours', () => {
  const free = { freeFrom: '09:00', freeTo: '17:30', freeTz: 'Europe/Berlin' };

  it('reads the hours and the zone from the URL, and sends them on to the API', () => {
    const filters = parseMentorFilters(free);
    expect(filters.free).toEqual({ from: '09:00', to: '17:30', tz: 'Europe/Berlin' });
    expect(hasActiveFilters(filters)).toBe(true);
    expect(toQueryString(mentorsApiQuery(filters, 12))).toBe(
      '?freeTz=Europe%2FBerlin&freeFrom=09%3A00&freeTo=17%3A30&limit=12',
    );
  });

  it('keeps them in shareable links, and names hours and zone in the description', () => {
    const filters = parseMentorFilters({ ...free, freeTz: 'America/New_York', language: 'German' });
    expect(mentorsPageHref(filters)).toBe(
      '/mentors?language=German&freeFrom=09%3A00&freeTo=17%3A30&freeTz=America%2FNew_York',
    );
    expect(describeFilters(filters)).toBe(
      'speaking German, free 9:00 AM–5:30 PM (America/New York) in the next 7 days',
    );
  });

  it('keeps hours that wrap past midnight', () => {
    expect(parseMentorFilters({ ...free, freeFrom: '22:00', freeTo: '02:00' }).free).toEqual({
      from: '22:00',
      to: '02:00',
      tz: 'Europe/Berlin',
    });
  });

  it('drops the filter unless all three are there and valid, and the hours differ', () => {
    expect(parseMentorFilters({ freeFrom: '09:00', freeTo: '17:00' }).free).toBeUndefined();
    expect(parseMentorFilters({ ...free, freeTz: 'Mars/Olympus' }).free).toBeUndefined();
    expect(parseMentorFilters({ ...free, freeFrom: '9am' }).free).toBeUndefined();
    expect(parseMentorFilters({ ...free, freeTo: '24:30' }).free).toBeUndefined();
    expect(parseMentorFilters({ ...free, freeTo: '09:00' }).free).toBeUndefined();
    expect(hasActiveFilters(parseMentorFilters({ ...free, freeTz: '' }))).toBe(false);
  });
});

describe('toMinorUnits', () => {
  it('converts without floating point error', () => {
    expect(toMinorUnits('150')).toBe(15_000);
    expect(toMinorUnits('0.29')).toBe(29);
    expect(toMinorUnits('19.90')).toBe(1_990);
  });
});

describe('mentorsApiQuery', () => {
  it('builds the API query string with prices in minor units and nothing empty', () => {
    const filters = parseMentorFilters({
      q: 'staff promotion',
      expertise: 'go, kubernetes',
      language: '',
      minPrice: '50',
      maxPrice: '',
      sort: 'price',
      cursor: 'c2',
    });
    expect(toQueryString(mentorsApiQuery(filters, 12))).toBe(
      '?q=staff+promotion&expertise=go&expertise=kubernetes&minPrice=5000&sort=price&limit=12&cursor=c2',
    );
  });

  it('asks only for the page size when there are no filters', () => {
    expect(toQueryString(mentorsApiQuery(parseMentorFilters({}), 6))).toBe('?limit=6');
  });
});

describe('mentorsPageHref', () => {
  const filters = parseMentorFilters({ q: 'go', maxPrice: '120', sort: 'rating', cursor: 'page-2' });

  it('keeps the filters in a shareable URL and starts from the first page by default', () => {
    expect(mentorsPageHref(filters)).toBe('/mentors?q=go&maxPrice=120&sort=rating');
  });

  it('adds the next cursor for "load more"', () => {
    expect(mentorsPageHref(filters, { cursor: 'page-3' })).toBe(
      '/mentors?q=go&maxPrice=120&sort=rating&cursor=page-3',
    );
  });

  it('is plain /mentors without filters', () => {
    expect(mentorsPageHref(parseMentorFilters({}))).toBe('/mentors');
  });
});

describe('describeFilters', () => {
  it('says what the person searched for', () => {
    expect(
      describeFilters(
        parseMentorFilters({ q: 'kafka', expertise: 'go', language: 'German', maxPrice: '150' }),
      ),
    ).toBe('“kafka”, expertise go, speaking German, priced up to 150');
    expect(describeFilters(parseMentorFilters({ sort: 'rating' }))).toBe('');
  });
});
