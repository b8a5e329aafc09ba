import { createHash } from 'node:crypto';
import type { TListMentorsQuery, TMentorSummary, TPage } from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import type { QueryConfig } from 'pg';
import { DataSource } from 'typeorm';
import { decodeKeysetCursor, encodeKeysetCursor, scopeOf } from '../../common/keyset-cursor';
import { buildSearchSql, cursorKeyPattern, normaliseSearch } from './mentor-search.sql';
import { presentSummary, type SummaryRow } from './mentors.presenter';

/**
 * A named prepared statement for node-pg, which TypeORM's PostgreSQL driver hands to it unchanged
 * (`client.query(config, values)`), so the statement still passes through the query runner (and
 * its logging and counting). The name is a digest of the text: one name per statement shape, so a
 * connection parses and plans each shape once.
 */
function namedStatement(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `mentor_search_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  const config: QueryConfig = { name, text };
  return config as unknown as string;
}

/** Statement shapes are few (sort × words × fuzzy × cursor × page size); their names are kept. */
const statementNames = new Map<string, string>();

/** `GET /mentors`: approved, visible mentors; one SQL statement per request. */
@Injectable()
export class MentorSearchService {
  constructor(private readonly db: DataSource) {}

  async search(query: TListMentorsQuery): Promise<TPage<TMentorSummary>> {
    const s = normaliseSearch(query);
    const scope = scopeOf([
      'mentors',
      s.sort,
      s.q,
      s.expertise,
      s.language,
      s.minPrice,
      s.maxPrice,
      s.minRatingTenths,
      s.free,
    ]);
    const cursor = decodeKeysetCursor(query.cursor, scope, cursorKeyPattern(s));
    const { text, values, prepared } = buildSearchSql(s, cursor);
    const rows: SummaryRow[] = await this.db.query(prepared ? namedStatement(text) : text, values);
    const page = rows.slice(0, s.limit);
    const last = page.at(-1);
    return {
      items: page.map(presentSummary),
      nextCursor:
        rows.length > s.limit && last ? encodeKeysetCursor(scope, { k: last.sort_key, id: last.id }) : null,
    };
  }
}
