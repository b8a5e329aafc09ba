import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';

const names = new Map<string, string>();

/** A stable statement name per SQL text (the same text is the same prepared statement). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `ladder_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a statement as a named prepared statement on the pool behind TypeORM: PostgreSQL parses
 * and plans it once per connection instead of on every call. For the few statements on the hot
 * paths (the access-token user, the booking insert), whose plans do not depend on their values.
 * Errors come back as TypeORM's QueryFailedError, as from `DataSource.query`.
 */
export async function preparedQuery<T>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  try {
    const res = await pool.query({ name: statementName(text), text, values });
    return res.rows as T[];
  } catch (err) {
    if (err instanceof Error && 'code' in err) throw new QueryFailedError(text, values, err);
    throw err;
  }
}
