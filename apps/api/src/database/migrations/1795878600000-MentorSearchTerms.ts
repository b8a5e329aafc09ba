import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many publicly visible mentors each search lexeme occurs in (`mentor_search_terms`), so
 * discovery can pick its strategy for a word before reading any profile (docs/benchmarks.md,
 * "Discovery search"): a frequent word walks the rating index, a rare one reads the GIN index,
 * and a phrase with a word found in fewer than a handful of mentors skips the frequency probe.
 * The row with the empty lexeme (no real lexeme is empty) counts the visible mentors.
 *
 * Kept exact by triggers on `mentor_profiles`, in the same transaction as the change, so a query
 * sees counts consistent with the profiles in its snapshot: set-based for INSERT and DELETE
 * (transition tables: a bulk insert costs one aggregate, not one upsert per row), per row for an
 * UPDATE that changes the document or the visibility (the WHEN clause skips rating and slot
 * updates without entering PL/pgSQL), and TRUNCATE empties it. Lexemes are upserted in sorted
 * order, so two transactions touching the same lexemes lock them in the same order.
 *
 * No entity: nothing but these triggers writes the table and only search SQL reads it, and
 * TypeORM's drift check ignores tables it has no entity for.
 */
export class MentorSearchTerms1795878600000 implements MigrationInterface {
  name = 'MentorSearchTerms1795878600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "mentor_search_terms" (
        "lexeme" text NOT NULL,
        "mentors" integer NOT NULL,
        CONSTRAINT "PK_mentor_search_terms" PRIMARY KEY ("lexeme")
      )`);
    const visible = (r: string) =>
      `${r}.status = 'approved' AND ${r}.hidden_at IS NULL AND ${r}.owner_suspended_at IS NULL`;
    // The lexemes a row contributes (plus '' for the total), when it is visible.
    const lexemes = (r: string) => `array_append(tsvector_to_array(${r}.search_vector), '')`;
    const upsert = (source: string) => `
        INSERT INTO mentor_search_terms AS t (lexeme, mentors)
        SELECT d.lexeme, sum(d.n)::integer FROM (${source}) d
         GROUP BY d.lexeme HAVING sum(d.n) <> 0 ORDER BY d.lexeme
        ON CONFLICT (lexeme) DO UPDATE SET mentors = t.mentors + EXCLUDED.mentors;`;
    await q.query(`
      CREATE FUNCTION mentor_search_terms_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${upsert(`SELECT unnest(${lexemes('r')}) AS lexeme, 1 AS n FROM inserted r WHERE ${visible('r')}`)}
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION mentor_search_terms_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${upsert(`SELECT unnest(${lexemes('r')}) AS lexeme, -1 AS n FROM deleted r WHERE ${visible('r')}`)}
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION mentor_search_terms_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${upsert(`SELECT unnest(${lexemes('NEW')}) AS lexeme, 1 AS n WHERE ${visible('NEW')}
           UNION ALL
           SELECT unnest(${lexemes('OLD')}), -1 WHERE ${visible('OLD')}`)}
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION mentor_search_terms_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM mentor_search_terms;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER mentor_search_terms_inserted AFTER INSERT ON mentor_profiles
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION mentor_search_terms_inserted()`);
    await q.query(`
      CREATE TRIGGER mentor_search_terms_deleted AFTER DELETE ON mentor_profiles
      REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION mentor_search_terms_deleted()`);
    await q.query(`
      CREATE TRIGGER mentor_search_terms_updated AFTER UPDATE ON mentor_profiles FOR EACH ROW
      WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector
            OR (${visible('OLD')}) IS DISTINCT FROM (${visible('NEW')}))
      EXECUTE FUNCTION mentor_search_terms_updated()`);
    await q.query(`
      CREATE TRIGGER mentor_search_terms_truncated AFTER TRUNCATE ON mentor_profiles
      FOR EACH STATEMENT EXECUTE FUNCTION mentor_search_terms_truncated()`);
    // Backfill from the profiles already there.
    await q.query(
      `INSERT INTO mentor_search_terms (lexeme, mentors)
       SELECT d.lexeme, count(*)::integer
         FROM (SELECT unnest(${lexemes('r')}) AS lexeme FROM mentor_profiles r WHERE ${visible('r')}) d
        GROUP BY d.lexeme`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['truncated', 'updated', 'deleted', 'inserted']) {
      await q.query(`DROP TRIGGER mentor_search_terms_${event} ON mentor_profiles`);
      await q.query(`DROP FUNCTION mentor_search_terms_${event}()`);
    }
    await q.query(`DROP TABLE "mentor_search_terms"`);
  }
}
