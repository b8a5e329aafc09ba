import type { TListMentorsQuery, TMentorSummary, TPage } from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeKeysetCursor, encodeKeysetCursor, scopeOf } from '../../common/keyset-cursor';
import { prepared as preparedStatement } from '../../database/prepared';
import { READ_DB } from '../../database/read-replica.module';
import { buildSearchSql, cursorKeyPattern, normaliseSearch } from './mentor-search.sql';
import { presentSummary, type SummaryRow } from './mentors.presenter';

/**
 * `GET /mentors`: approved, visible mentors; one SQL statement per request, on the read replica
 * when there is one (READ_DB).
 */
@Injectable()
export class MentorSearchService {
  constructor(@Inject(READ_DB) private readonly db: DataSource) {}

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
    const rows: SummaryRow[] = await this.db.query(prepared ? preparedStatement(text) : text, values);
    const page = rows.slice(0, s.limit);
    const last = page.at(-1);
    return {
      items: page.map(presentSummary),
      nextCursor:
        rows.length > s.limit && last ? encodeKeysetCursor(scope, { k: last.sort_key, id: last.id }) : null,
    };
  }
}
