import { isValidTimeZone, MENTOR_SORTS } from '@ladder/domain';
import { formatTimeOfDay, zoneName } from '@/lib/time/format';
import { type TQueryValue, toQueryString } from './client';

export type TMentorSort = (typeof MENTOR_SORTS)[number];

/** Page search params as Next.js hands them over. */
export type TSearchParams = Record<string, string | string[] | undefined>;

/**
 * The mentor search as the /mentors page understands it. Prices are what a person types: whole
 * currency units ("150" = 150.00), as strings so the form can show them back unchanged.
 */
export type TMentorFilters = {
  q?: string;
  expertise: string[];
  language?: string;
  minPrice?: string;
  maxPrice?: string;
  sort?: TMentorSort;
  cursor?: string;
  /**
   * "Free during my working hours": mentors with a free slot between `from` and `to` (local
   * "HH:mm" in the viewer's zone `tz`) on one of the next seven days. `to` before `from` wraps
   * past midnight. All three or none.
   */
  free?: TWorkingHours;
};

export type TWorkingHours = { from: string; to: string; tz: string };

export const MENTOR_SORT_LABELS: Record<TMentorSort, string> = {
  relevance: 'Best match',
  rating: 'Highest rated',
  price: 'Lowest price',
  soonest: 'Soonest available',
};

export const MENTORS_PAGE_SIZE = 12;

function values(raw: string | string[] | undefined): string[] {
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).map((v) => v.trim()).filter((v) => v !== '');
}

function first(raw: string | string[] | undefined, maxLength: number): string | undefined {
  const v = values(raw)[0];
  return v === undefined ? undefined : v.slice(0, maxLength);
}

/** "150" → "150", "150.5" → "150.50", "1,200" → "1200"; anything else → undefined. */
function price(raw: string | string[] | undefined): string | undefined {
  const v = first(raw, 12)?.replace(/[,\s]/g, '');
  const m = v?.match(/^(\d{1,7})(?:\.(\d{1,2}))?$/);
  if (!m) return undefined;
  const major = String(Number(m[1]));
  return m[2] === undefined ? major : `${major}.${m[2].padEnd(2, '0')}`;
}

/** Whole or decimal currency units (as produced by `price`) to integer minor units, without floats. */
export function toMinorUnits(amount: string): number {
  const [major = '0', minor = ''] = amount.split('.');
  return Number(major) * 100 + Number(minor.padEnd(2, '0').slice(0, 2));
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `freeFrom`, `freeTo` and `freeTz` from the URL, when all three are valid and the hours differ. */
function workingHours(params: TSearchParams): TWorkingHours | undefined {
  const from = first(params.freeFrom, 5);
  const to = first(params.freeTo, 5);
  const tz = first(params.freeTz, 64);
  if (!from || !to || !tz || from === to) return undefined;
  if (!TIME_OF_DAY.test(from) || !TIME_OF_DAY.test(to) || !isValidTimeZone(tz)) return undefined;
  return { from, to, tz };
}

/**
 * Reads the filters from the URL: trims, drops empty and malformed values, keeps a known sort
 * only, de-duplicates expertise tags, and swaps a min/max price pair given the wrong way round.
 */
export function parseMentorFilters(params: TSearchParams): TMentorFilters {
  const filters: TMentorFilters = {
    // `expertise=go&expertise=rust` and the form's comma-separated `expertise=go, rust` both work.
    expertise: [
      ...new Set(
        values(params.expertise)
          .flatMap((v) => v.split(','))
          .map((v) => v.trim().slice(0, 40))
          .filter((v) => v !== ''),
      ),
    ].slice(0, 10),
  };
  const q = first(params.q, 100);
  if (q) filters.q = q;
  const language = first(params.language, 40);
  if (language) filters.language = language;
  let minPrice = price(params.minPrice);
  let maxPrice = price(params.maxPrice);
  if (minPrice && maxPrice && toMinorUnits(minPrice) > toMinorUnits(maxPrice)) {
    [minPrice, maxPrice] = [maxPrice, minPrice];
  }
  if (minPrice) filters.minPrice = minPrice;
  if (maxPrice) filters.maxPrice = maxPrice;
  const sort = first(params.sort, 20);
  if (sort && (MENTOR_SORTS as readonly string[]).includes(sort)) filters.sort = sort as TMentorSort;
  const free = workingHours(params);
  if (free) filters.free = free;
  const cursor = first(params.cursor, 500);
  if (cursor) filters.cursor = cursor;
  return filters;
}

/** The query for `GET /api/v1/mentors`: prices in minor units, nothing empty. */
export function mentorsApiQuery(
  filters: TMentorFilters,
  limit = MENTORS_PAGE_SIZE,
): Record<string, TQueryValue> {
  return {
    q: filters.q,
    expertise: filters.expertise,
    language: filters.language,
    minPrice: filters.minPrice === undefined ? undefined : toMinorUnits(filters.minPrice),
    maxPrice: filters.maxPrice === undefined ? undefined : toMinorUnits(filters.maxPrice),
    sort: filters.sort,
    freeTz: filters.free?.tz,
    freeFrom: filters.free?.from,
    freeTo: filters.free?.to,
    limit,
    cursor: filters.cursor,
  };
}

/**
 * A shareable `/mentors?…` link for these filters. The cursor is left out unless given in
 * `overrides`, so a link built from the current page's filters always starts from the top.
 */
export function mentorsPageHref(filters: TMentorFilters, overrides: Partial<TMentorFilters> = {}): string {
  const merged: TMentorFilters = { ...filters, cursor: undefined, ...overrides };
  return `/mentors${toQueryString({
    q: merged.q,
    expertise: merged.expertise,
    language: merged.language,
    minPrice: merged.minPrice,
    maxPrice: merged.maxPrice,
    sort: merged.sort,
    freeFrom: merged.free?.from,
    freeTo: merged.free?.to,
    freeTz: merged.free?.tz,
    cursor: merged.cursor,
  })}`;
}

/** True when the person narrowed the search (sorting and paging alone do not count). */
export function hasActiveFilters(filters: TMentorFilters): boolean {
  return Boolean(
    filters.q ||
      filters.expertise.length > 0 ||
      filters.language ||
      filters.minPrice ||
      filters.maxPrice ||
      filters.free,
  );
}

/** "“kubernetes”, expertise Go, in German, up to 150" — for the empty state and the page title. */
export function describeFilters(filters: TMentorFilters): string {
  const parts: string[] = [];
  if (filters.q) parts.push(`“${filters.q}”`);
  if (filters.expertise.length > 0) parts.push(`expertise ${filters.expertise.join(', ')}`);
  if (filters.language) parts.push(`speaking ${filters.language}`);
  if (filters.minPrice && filters.maxPrice) parts.push(`priced ${filters.minPrice}–${filters.maxPrice}`);
  else if (filters.minPrice) parts.push(`priced from ${filters.minPrice}`);
  else if (filters.maxPrice) parts.push(`priced up to ${filters.maxPrice}`);
  if (filters.free) {
    const { from, to, tz } = filters.free;
    parts.push(`free ${formatTimeOfDay(from)}–${formatTimeOfDay(to)} (${zoneName(tz)}) in the next 7 days`);
  }
  return parts.join(', ');
}
