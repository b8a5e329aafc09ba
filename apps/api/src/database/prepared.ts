import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

/** Statement shapes on the hot paths are few; their names are kept. */
const names = new Map<string, string>();

/**
 * SQL text as a named prepared statement, for `DataSource.query` / `EntityManager.query`: TypeORM's
 * PostgreSQL driver hands the query to node-pg unchanged (`client.query(config, values)`), so the
 * statement still passes through the query runner (logging, counting, QueryFailedError) while
 * PostgreSQL parses and plans it once per connection instead of on every call.
 * The name is a digest of the text: one name per statement shape.
 *
 * For statements whose best plan does not depend on the bound values (key lookups, inserts, or
 * queries that spell their strategy out in SQL): after five executions PostgreSQL may keep one
 * generic plan for all values.
 */
export function prepared(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `ladder_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  const config: QueryConfig = { name, text };
  return config as unknown as string;
}
