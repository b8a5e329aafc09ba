import {
  canonicalLanguage,
  localDayWindows,
  normaliseExpertise,
  type TListMentorsQuery,
} from '@ladder/domain';
import { INTEGER_KEY, TIMESTAMP_KEY } from '../../common/keyset-cursor';

/**
 * Discovery search as ONE SQL statement (see docs/benchmarks.md "Discovery search").
 *
 * Every sort is a keyset over `(sort key, id)`, ascending, so "the next page" is the index range
 * `(key, id) > (cursor)`. The keys are integers or timestamps computed in SQL and carried in the
 * cursor in PostgreSQL's text form, so comparisons are exact and ties are broken by id: no
 * duplicates or gaps between pages. The expressions below must stay identical to the partial
 * indexes created by the MentorSearch migration, or the planner will not use them.
 */
export type MentorSort = 'relevance' | 'rating' | 'price' | 'soonest';

/** Public rows; also the predicate of every partial index (the owner's suspension is denormalised). */
const VISIBLE = `m.status = 'approved' AND m.hidden_at IS NULL AND m.owner_suspended_at IS NULL`;

/** Best average first (milli-stars), then more reviews, unrated last. */
const RATING_KEY = `COALESCE(-(m.rating_sum::bigint * 1000 / NULLIF(m.rating_count, 0) * 100000 + LEAST(m.rating_count, 99999)), 1)`;
/** Cheapest first; mentors with no active offering last. */
const PRICE_KEY = 'COALESCE(m.price_from_amount, 2147483647)';
/** Next free slot first (kept by the availability module); mentors with none last. */
const SOONEST_KEY = `COALESCE(m.next_free_slot_at, 'infinity'::timestamptz)`;

export const KEYS: Record<
  Exclude<MentorSort, 'relevance'>,
  { sql: string; cast: string; pattern: RegExp }
> = {
  rating: { sql: RATING_KEY, cast: 'bigint', pattern: INTEGER_KEY },
  price: { sql: PRICE_KEY, cast: 'integer', pattern: INTEGER_KEY },
  soonest: { sql: SOONEST_KEY, cast: 'timestamptz', pattern: TIMESTAMP_KEY },
};

/**
 * The common-term guard. A query term found in most profiles ("engineer") would otherwise make
 * relevance ranking read and score every matching row. Instead the candidates are taken in the
 * order of an index (best rated first) and cut at this many before they are scored: the work per
 * request is bounded whatever the term, at the price that, for a term matching more than this
 * many visible mentors, relevance orders the best-rated CANDIDATE_CAP of them rather than all of
 * them (and relevance paging ends there). Rating, price and soonest sorts need no cap: their
 * order IS an index order, so they stay exact over every page.
 */
export const CANDIDATE_CAP = 200;
/** Names similar to the query are few by nature; this caps a pathological one. */
export const NAME_CANDIDATE_CAP = 200;
/** How many of the best-rated mentors a several-word query looks at first… */
export const WALK_BUDGET = 1000;
/** …and how many of them must match to take the candidates from there (a frequent phrase). */
export const WALK_ENOUGH = CANDIDATE_CAP / 4;
/** The short walk that decides whether the long one is worth it (the same 5 % rate). */
export const PROBE_BUDGET = 200;
export const PROBE_ENOUGH = (WALK_ENOUGH * PROBE_BUDGET) / WALK_BUDGET;
/**
 * One word found in at least 1/WORD_WALK_SHARE of the visible mentors (mentor_search_terms) walks
 * the rating index for its best-rated CANDIDATE_CAP matches, expecting to read about
 * CANDIDATE_CAP × WORD_WALK_SHARE rows; rarer words read their matches through the GIN index
 * (at 5 % both read about 4 000 rows of 100 000). The walk stops at WORD_WALK_BUDGET rows and the
 * GIN index answers instead, so the result is the same whichever way it goes.
 */
export const WORD_WALK_SHARE = 20;
export const WORD_WALK_BUDGET = 2 * CANDIDATE_CAP * WORD_WALK_SHARE;
/** Typo tolerance applies when the words themselves find fewer mentors than this. */
export const FUZZY_BELOW = 50;

/** Trigram matching needs a few characters to mean anything. */
const MIN_FUZZY_LENGTH = 3;

export const SUMMARY_COLUMNS = `m.id, m.slug, m.display_name, m.headline, m.expertise, m.languages, m.timezone,
  m.photo_url, m.years_experience, m.rating_sum, m.rating_count, m.price_from_amount, m.price_from_currency`;

/** What ranking a relevance candidate needs. */
const CANDIDATE_COLUMNS = 'm.id, m.display_name, m.search_vector';

export interface NormalisedSearch {
  q: string | null;
  expertise: string[];
  language: string | null;
  minPrice: number | null;
  maxPrice: number | null;
  /** Minimum average rating in tenths of a star (4.5 → 45), compared in integers. */
  minRatingTenths: number | null;
  sort: MentorSort;
  limit: number;
  /** The viewer's daily hours, when filtering by "free during my working hours". */
  free: { tz: string; from: string; to: string; days: number } | null;
}

export function normaliseSearch(query: TListMentorsQuery): NormalisedSearch {
  const q = query.q?.trim().replace(/\s+/g, ' ') || null;
  const expertise = normaliseExpertise([query.expertise ?? []].flat()).sort();
  const language = query.language ? canonicalLanguage(query.language) || null : null;
  return {
    q,
    expertise,
    language,
    minPrice: query.minPrice ?? null,
    maxPrice: query.maxPrice ?? null,
    minRatingTenths: query.minRating !== undefined ? Math.round(query.minRating * 10) : null,
    // Relevance is the default when there is text to be relevant to; without text it is rating.
    sort: query.sort ?? (q ? 'relevance' : 'rating'),
    limit: query.limit ?? 20,
    free:
      query.freeTz && query.freeFrom && query.freeTo
        ? { tz: query.freeTz, from: query.freeFrom, to: query.freeTo, days: query.freeDays ?? 7 }
        : null,
  };
}

/** The key format a cursor of this search must have. */
export function cursorKeyPattern(s: NormalisedSearch): RegExp {
  return s.sort === 'relevance' && s.q ? INTEGER_KEY : KEYS[effectiveSort(s)].pattern;
}

function effectiveSort(s: NormalisedSearch): Exclude<MentorSort, 'relevance'> {
  return s.sort === 'relevance' ? 'rating' : s.sort;
}

/** The viewer's daily hours over the next days, as UTC windows bound as two arrays. */
function freeWindows(
  free: NonNullable<NormalisedSearch['free']>,
  p: (v: unknown) => string,
): { starts: string; ends: string } {
  const now = new Date();
  const windows = localDayWindows(
    free.tz,
    now,
    new Date(now.getTime() + free.days * 86_400_000),
    free.from,
    free.to,
  );
  return { starts: p(windows.map((w) => w.start)), ends: p(windows.map((w) => w.end)) };
}

const multiWord = (q: string): boolean => q.trim().includes(' ');

/**
 * Plain words (letters and digits, no quotes, `-` or `or`): websearch_to_tsquery makes them an
 * AND of their lexemes, so every match contains every lexeme of `to_tsvector` of the same text.
 */
const andOfWords = (q: string): boolean =>
  /^[\p{L}\p{N} ]+$/u.test(q) && !q.split(' ').some((w) => w.toLowerCase() === 'or');

export interface SqlQuery {
  text: string;
  values: unknown[];
  /**
   * Whether to run it as a named prepared statement (parsed and planned once per connection, then
   * a generic plan): only shapes whose plan does not depend on the bound values, i.e. relevance
   * without filters, where the strategy is spelled out in SQL. With filters, the planner's
   * estimate of the bound values (a rare tag, a narrow price range) still chooses the plan.
   */
  prepared: boolean;
}

/** Builds the search statement; it returns up to `limit + 1` rows (the extra one says "more"). */
export function buildSearchSql(s: NormalisedSearch, cursor?: { k: string; id: string }): SqlQuery {
  const values: unknown[] = [];
  const p = (v: unknown): string => {
    values.push(v);
    return `$${values.length}`;
  };

  // The filters over table alias `a` (the values are bound once and shared).
  const bound = {
    expertise: s.expertise.length ? p(s.expertise) : null,
    language: s.language ? p(s.language) : null,
    minPrice: s.minPrice !== null ? p(s.minPrice) : null,
    maxPrice: s.maxPrice !== null ? p(s.maxPrice) : null,
    minRating: s.minRatingTenths !== null ? p(s.minRatingTenths) : null,
    free: s.free ? freeWindows(s.free, p) : null,
  };
  const filtersOf = (a: string): string[] => [
    VISIBLE.replaceAll('m.', `${a}.`),
    ...(bound.expertise ? [`${a}.expertise && ${bound.expertise}::text[]`] : []),
    ...(bound.language ? [`${a}.languages @> ARRAY[${bound.language}]::text[]`] : []),
    // A price range is met by any active offering in it (a mentor with a free intro call and a
    // 120.00 review session is found for 100.00–150.00), checked in the profile row against the
    // trigger-kept `offering_prices`. The cheapest price is a necessary condition for a maximum.
    ...(bound.maxPrice ? [`${a}.price_from_amount <= ${bound.maxPrice}`] : []),
    ...(bound.minPrice || bound.maxPrice
      ? [
          `EXISTS (SELECT 1 FROM unnest(${a}.offering_prices) AS price WHERE ${[
            ...(bound.minPrice ? [`price >= ${bound.minPrice}`] : []),
            ...(bound.maxPrice ? [`price <= ${bound.maxPrice}`] : []),
          ].join(' AND ')})`,
        ]
      : []),
    ...(bound.minRating
      ? [`${a}.rating_count > 0 AND ${a}.rating_sum * 10 >= ${bound.minRating} * ${a}.rating_count`]
      : []),
    // Precomputed free slots (ADR 0003), probed by primary key (mentor_id, starts_at) per window.
    ...(bound.free
      ? [
          `EXISTS (SELECT 1 FROM unnest(${bound.free.starts}::timestamptz[], ${bound.free.ends}::timestamptz[]) AS w(ws, we)
             JOIN mentor_free_slots fs ON fs.mentor_id = ${a}.id AND fs.starts_at >= w.ws AND fs.starts_at < w.we AND fs.ends_at <= w.we)`,
        ]
      : []),
  ];
  const filters = filtersOf('m');

  let text: { tsquery: string; q: string; fuzzy: string | null } | null = null;
  if (s.q) {
    const q = `${p(s.q)}::text`;
    text = {
      q,
      // websearch_to_tsquery(regconfig, text) is immutable: with the value bound, the planner
      // folds it to a constant and estimates the terms' frequency from the column statistics.
      tsquery: `websearch_to_tsquery('english'::regconfig, ${q})`,
      // Names with typos, through the trigram GIN index: word similarity ≥ 0.6 between the query
      // and a stretch of the name finds "priya ramen" → Priya Raman or "weeber" → Weber, without
      // matching every other Priya (one shared word is not enough).
      fuzzy: s.q.length >= MIN_FUZZY_LENGTH ? `${q} <% m.display_name` : null,
    };
  }
  // Rows to return: one more than a page says whether there is a next one.
  const rows = Math.trunc(s.limit) + 1;

  if (text && s.sort === 'relevance') {
    // Two bounded candidate sets, each cut at its cap in the order of an index (best rated first;
    // the common-term guard, see CANDIDATE_CAP): full-text matches, and — only when the words
    // themselves find few mentors, i.e. probably a typo — names similar to the query through the
    // trigram index. A common first name ("priya") thus costs no trigram scan. Only the union of
    // the two is scored. Candidates are narrow (what ranking needs); the summary columns are read
    // for the returned page only.
    const candidates = (match: string, cap: number) => `SELECT ${CANDIDATE_COLUMNS}
    FROM mentor_profiles m
   WHERE ${[...filters, match].join('\n     AND ')}
   ORDER BY ${RATING_KEY}, m.id
   LIMIT ${cap}`;
    // Relevance runs as a prepared statement with a generic plan (see MentorSearchService), where
    // a bound value is not folded to a constant: the query is computed once (an InitPlan), not per row.
    const tsq = `(SELECT ${text.tsquery})`;
    const ftsMatch = `m.search_vector @@ ${tsq}`;
    // How many visible mentors have the rarest of the query's words (trigger-maintained counts,
    // consistent with the profiles in this statement's snapshot), and how many are visible.
    const terms = `terms AS MATERIALIZED (
  SELECT coalesce(min(coalesce((SELECT t.mentors FROM mentor_search_terms t WHERE t.lexeme = l.lexeme), 0)), 0) AS fewest,
         coalesce((SELECT t.mentors FROM mentor_search_terms t WHERE t.lexeme = ''), 0) AS visible
    FROM unnest(tsvector_to_array(to_tsvector('english'::regconfig, ${text.q}))) l(lexeme)
)`;
    // The strategy is spelled out in SQL (one-time filters on counts) rather than left to the
    // planner's estimate of the bound words, so one generic plan (a prepared statement, planned
    // once per connection) is right for rare and common words alike.
    //
    // One word: its CANDIDATE_CAP best-rated matches, exact either way. A frequent word walks the
    // rating index until it has them; a rare one, or a walk that ran out of budget, reads the
    // matches through the GIN index.
    //
    // Several words: the planner takes their frequencies as independent, but the words of one
    // phrase ("machine learning") come together, so it would take a frequent phrase for a rare
    // one and read every match (tens of thousands) through the GIN index. Instead the phrase's
    // frequency is measured on the best-rated mentors, in the rating index's order: if at least
    // PROBE_ENOUGH of the best-rated PROBE_BUDGET match (a short walk), the best-rated WALK_BUDGET
    // are looked at, and when at least WALK_ENOUGH of them match, the candidates are their
    // best-rated CANDIDATE_CAP. Otherwise the phrase is rare enough to read all its matches
    // through the index, as for one word. When every match must contain every word (plain words,
    // see andOfWords) and one of them is in fewer than PROBE_ENOUGH mentors, the probe cannot
    // reach PROBE_ENOUGH and is skipped: typos and rare phrases go straight to the index.
    // The best-rated `budget` visible mentors are walked in the rating index's order (when `gate`
    // holds); if at least `enough` of them match, they are the candidates, otherwise every match
    // is read through the GIN index.
    const walkThenIndex = (budget: number, gate: string, enough: number) => `walk AS MATERIALIZED (
  SELECT w.id, w.display_name, w.search_vector
    FROM (SELECT ${CANDIDATE_COLUMNS}, ${RATING_KEY} AS prior
            FROM mentor_profiles m
           WHERE ${filters.join('\n             AND ')}
           ORDER BY ${RATING_KEY}, m.id
           LIMIT ${budget}) w
   WHERE ${gate}
     AND w.search_vector @@ ${tsq}
   ORDER BY w.prior, w.id
   LIMIT ${CANDIDATE_CAP}
), fts AS MATERIALIZED (
  SELECT * FROM walk WHERE (SELECT count(*) FROM walk) >= ${enough}
  UNION ALL
  (${candidates(`${ftsMatch}\n     AND (SELECT count(*) FROM walk) < ${enough}`, CANDIDATE_CAP)})
)`;
    const fts = !multiWord(s.q ?? '')
      ? `${terms}, ${walkThenIndex(WORD_WALK_BUDGET, `(SELECT fewest * ${WORD_WALK_SHARE} >= visible FROM terms)`, CANDIDATE_CAP)}`
      : `${andOfWords(s.q ?? '') ? `${terms}, ` : ''}probe AS MATERIALIZED (
  SELECT count(*) AS n
    FROM (SELECT m.search_vector FROM mentor_profiles m
           WHERE ${filters.join('\n             AND ')}
           ORDER BY ${RATING_KEY}, m.id
           LIMIT ${PROBE_BUDGET}) p
   WHERE p.search_vector @@ ${tsq}${andOfWords(s.q ?? '') ? `\n     AND (SELECT fewest FROM terms) >= ${PROBE_ENOUGH}` : ''}
), ${walkThenIndex(WALK_BUDGET, `(SELECT n FROM probe) >= ${PROBE_ENOUGH}`, WALK_ENOUGH)}`;
    // The query text as an InitPlan too: a custom plan then estimates the trigram match as a
    // generic one does, so PostgreSQL settles on the generic plan (planned once per connection).
    const names = () =>
      candidates(
        `(SELECT ${text.q}) <% m.display_name\n     AND (SELECT count(*) FROM fts) < ${FUZZY_BELOW}`,
        NAME_CANDIDATE_CAP,
      );
    const union = text.fuzzy
      ? `SELECT DISTINCT ON (u.id) u.* FROM (SELECT * FROM fts UNION ALL SELECT * FROM names) u ORDER BY u.id`
      : 'SELECT * FROM fts';
    const after = cursor ? `WHERE (r.rank_key, r.id) > (${p(cursor.k)}::bigint, ${p(cursor.id)}::uuid)` : '';
    // Text rank, plus — when names were looked up for typos — the name's similarity to the query,
    // which lifts the closest names (computing it costs ~5 µs a row, so only then). Both parts
    // are scaled to integers in SQL, so the cursor compares exactly. Best first, hence the minus.
    const nameBoost = text.fuzzy
      ? `CASE WHEN (SELECT count(*) FROM fts) < ${FUZZY_BELOW}
                       THEN (word_similarity(${text.q}, c.display_name) * 1000000)::bigint ELSE 0 END`
      : '0';
    return {
      text: `WITH ${fts}${text.fuzzy ? `, names AS MATERIALIZED (\n  ${names()}\n)` : ''}, ranked AS (
  SELECT c.id, -((ts_rank(c.search_vector, ${tsq}, 1) * 1000000)::bigint
                + ${nameBoost}) AS rank_key
    FROM (${union}) c
), page AS MATERIALIZED (
  SELECT r.id, r.rank_key FROM ranked r
  ${after}
   ORDER BY r.rank_key, r.id
   LIMIT ${rows}
)
SELECT ${SUMMARY_COLUMNS}, pg.rank_key::text AS sort_key
  FROM page pg JOIN mentor_profiles m ON m.id = pg.id
 ORDER BY pg.rank_key, pg.id`,
      values,
      // Only the visibility predicate: no filter values for a plan to depend on.
      prepared: filters.length === 1,
    };
  }

  // Rating, price, soonest (and relevance without text): the order of a partial index, with the
  // text match as a filter. No cap is needed: LIMIT stops the walk, so paging stays exact. Names
  // with typos count under the same rule as for relevance (only when the words find few), so a
  // query finds the same mentors whatever the sort.
  const where = [...filters];
  if (text) {
    const fewWordMatches = `(SELECT count(*) FROM (SELECT 1 FROM mentor_profiles f
       WHERE ${[...filtersOf('f'), `f.search_vector @@ ${text.tsquery}`].join(' AND ')}
       LIMIT ${FUZZY_BELOW}) few) < ${FUZZY_BELOW}`;
    where.push(
      text.fuzzy
        ? `(m.search_vector @@ ${text.tsquery} OR (${text.fuzzy} AND ${fewWordMatches}))`
        : `m.search_vector @@ ${text.tsquery}`,
    );
  }
  const key = KEYS[effectiveSort(s)];
  if (cursor) where.push(`(${key.sql}, m.id) > (${p(cursor.k)}::${key.cast}, ${p(cursor.id)}::uuid)`);
  return {
    text: `SELECT ${SUMMARY_COLUMNS}, (${key.sql})::text AS sort_key
  FROM mentor_profiles m
 WHERE ${where.join('\n   AND ')}
 ORDER BY ${key.sql}, m.id
 LIMIT ${p(rows)}`,
    values,
    prepared: false,
  };
}
