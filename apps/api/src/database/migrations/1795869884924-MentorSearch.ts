import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mentor applications, offerings archive and discovery search.
 *
 * Generated with the TypeORM CLI for the columns, then completed by hand with what TypeORM cannot
 * express (declared on the entity with `synchronize: false`, so the drift check stays exact):
 * - triggers that keep the denormalised search columns of `mentor_profiles` current whichever
 *   code path writes (the API, the seed, SQL in tests, another module): the owner's name and
 *   suspension, the weighted search document, the cheapest active offering;
 * - GIN indexes (full text, trigram, arrays) and the keyset indexes of each sort, all partial
 *   on the publicly visible rows (approved, not hidden, owner not suspended), which are the only
 *   ones discovery reads: one table, no join.
 * The sort-key expressions must stay identical to those in mentor-search.sql.ts.
 */
export class MentorSearch1795869884924 implements MigrationInterface {
  name = 'MentorSearch1795869884924';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_mentor_profiles_status"`);
    await q.query(`ALTER TABLE "offerings" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    // Added nullable, filled by the triggers below, then made NOT NULL.
    await q.query(`ALTER TABLE "mentor_profiles" ADD "display_name" text`);
    await q.query(`ALTER TABLE "mentor_profiles" ADD "search_vector" tsvector`);
    await q.query(`ALTER TABLE "mentor_profiles" ADD "price_from_amount" integer`);
    await q.query(`ALTER TABLE "mentor_profiles" ADD "price_from_currency" character(3)`);
    await q.query(`ALTER TABLE "mentor_profiles" ADD "owner_suspended_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `CREATE INDEX "IDX_mentor_profiles_queue" ON "mentor_profiles"  ("status", "created_at", "id") `,
    );

    // The weighted document: name and expertise A, headline B, bio C (one config, so queries
    // and documents stem alike).
    await q.query(`
      CREATE FUNCTION mentor_search_document(name text, expertise text[], headline text, bio text)
      RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(array_to_string(expertise, ' '), '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'B')
            || setweight(to_tsvector('english'::regconfig, coalesce(bio, '')), 'C')
      $$`);
    await q.query(`
      CREATE FUNCTION mentor_profiles_denormalise() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' OR NEW.user_id IS DISTINCT FROM OLD.user_id THEN
          SELECT u.name, u.suspended_at INTO NEW.display_name, NEW.owner_suspended_at
            FROM users u WHERE u.id = NEW.user_id;
        END IF;
        IF TG_OP = 'INSERT' OR NEW.search_vector IS NULL
           OR NEW.display_name IS DISTINCT FROM OLD.display_name
           OR NEW.expertise IS DISTINCT FROM OLD.expertise
           OR NEW.headline IS DISTINCT FROM OLD.headline
           OR NEW.bio IS DISTINCT FROM OLD.bio THEN
          NEW.search_vector := mentor_search_document(NEW.display_name, NEW.expertise, NEW.headline, NEW.bio);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER mentor_profiles_denormalise BEFORE INSERT OR UPDATE ON mentor_profiles
      FOR EACH ROW EXECUTE FUNCTION mentor_profiles_denormalise()`);
    await q.query(`
      CREATE FUNCTION users_sync_mentor_profile() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE mentor_profiles SET display_name = NEW.name, owner_suspended_at = NEW.suspended_at
         WHERE user_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER users_sync_mentor_profile AFTER UPDATE OF name, suspended_at ON users
      FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.suspended_at IS DISTINCT FROM NEW.suspended_at)
      EXECUTE FUNCTION users_sync_mentor_profile()`);
    // The profile row is locked first (NO KEY UPDATE does not conflict with the KEY SHARE lock
    // that inserting an offering takes through its foreign key, so no deadlock), so concurrent
    // changes to one mentor's offerings serialise and the last one sees every committed offering.
    await q.query(`
      CREATE FUNCTION mentor_refresh_price_from(mentor uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        amount integer;
        cur character(3);
      BEGIN
        PERFORM 1 FROM mentor_profiles WHERE id = mentor FOR NO KEY UPDATE;
        SELECT o.price_amount, o.currency INTO amount, cur
          FROM offerings o
         WHERE o.mentor_id = mentor AND o.active AND o.archived_at IS NULL
         ORDER BY o.price_amount, o.id
         LIMIT 1;
        UPDATE mentor_profiles SET price_from_amount = amount, price_from_currency = cur
         WHERE id = mentor
           AND (price_from_amount IS DISTINCT FROM amount OR price_from_currency IS DISTINCT FROM cur);
      END $$`);
    await q.query(`
      CREATE FUNCTION offerings_refresh_mentor_price() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM mentor_refresh_price_from(OLD.mentor_id);
        END IF;
        IF TG_OP = 'INSERT' OR NEW.mentor_id IS DISTINCT FROM OLD.mentor_id THEN
          PERFORM mentor_refresh_price_from(NEW.mentor_id);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER offerings_refresh_mentor_price
      AFTER INSERT OR DELETE OR UPDATE OF mentor_id, price_amount, currency, active, archived_at ON offerings
      FOR EACH ROW EXECUTE FUNCTION offerings_refresh_mentor_price()`);

    // Backfill existing rows through the same triggers.
    await q.query(
      `UPDATE mentor_profiles m SET display_name = u.name, owner_suspended_at = u.suspended_at FROM users u WHERE u.id = m.user_id`,
    );
    await q.query(`SELECT mentor_refresh_price_from(id) FROM mentor_profiles`);
    await q.query(
      `ALTER TABLE "mentor_profiles" ALTER COLUMN "display_name" SET NOT NULL, ALTER COLUMN "search_vector" SET NOT NULL`,
    );

    // Discovery queries are short and many run at once: parallel workers would only add start-up
    // cost and compete for the same cores (see docs/benchmarks.md, "Discovery search").
    await q.query(`ALTER TABLE "mentor_profiles" SET (parallel_workers = 0)`);

    const visible = `WHERE status = 'approved' AND hidden_at IS NULL AND owner_suspended_at IS NULL`;
    await q.query(
      `CREATE INDEX "IDX_mentor_profiles_search" ON "mentor_profiles" USING gin ("search_vector") ${visible}`,
    );
    await q.query(
      `CREATE INDEX "IDX_mentor_profiles_name_trgm" ON "mentor_profiles" USING gin ("display_name" gin_trgm_ops) ${visible}`,
    );
    // One two-column GIN index: an expertise and a language filter intersect inside the index
    // instead of fetching every row of the commoner one (either column alone can use it too).
    await q.query(
      `CREATE INDEX "IDX_mentor_profiles_tags" ON "mentor_profiles" USING gin ("expertise", "languages") ${visible}`,
    );
    // Keyset indexes: (sort key, id) ascending, so `(key, id) > (cursor)` is an index range.
    await q.query(
      `CREATE INDEX "IDX_mentor_profiles_by_rating" ON "mentor_profiles" ((COALESCE(-(rating_sum::bigint * 1000 / NULLIF(rating_count, 0) * 100000 + LEAST(rating_count, 99999)), 1)), "id") ${visible}`,
    );
    await q.query(
      `CREATE INDEX "IDX_mentor_profiles_by_price" ON "mentor_profiles" ((COALESCE(price_from_amount, 2147483647)), "id") ${visible}`,
    );
    await q.query(
      `CREATE INDEX "IDX_mentor_profiles_by_soonest" ON "mentor_profiles" ((COALESCE(next_free_slot_at, 'infinity'::timestamptz)), "id") ${visible}`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['by_soonest', 'by_price', 'by_rating', 'tags', 'name_trgm', 'search']) {
      await q.query(`DROP INDEX "public"."IDX_mentor_profiles_${index}"`);
    }
    await q.query(`ALTER TABLE "mentor_profiles" RESET (parallel_workers)`);
    await q.query(`DROP TRIGGER offerings_refresh_mentor_price ON offerings`);
    await q.query(`DROP FUNCTION offerings_refresh_mentor_price()`);
    await q.query(`DROP FUNCTION mentor_refresh_price_from(uuid)`);
    await q.query(`DROP TRIGGER users_sync_mentor_profile ON users`);
    await q.query(`DROP FUNCTION users_sync_mentor_profile()`);
    await q.query(`DROP TRIGGER mentor_profiles_denormalise ON mentor_profiles`);
    await q.query(`DROP FUNCTION mentor_profiles_denormalise()`);
    await q.query(`DROP FUNCTION mentor_search_document(text, text[], text, text)`);
    await q.query(`DROP INDEX "public"."IDX_mentor_profiles_queue"`);
    await q.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "owner_suspended_at"`);
    await q.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "price_from_currency"`);
    await q.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "price_from_amount"`);
    await q.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "search_vector"`);
    await q.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "display_name"`);
    await q.query(`ALTER TABLE "offerings" DROP COLUMN "archived_at"`);
    await q.query(`CREATE INDEX "IDX_mentor_profiles_status" ON "mentor_profiles" USING btree ("status") `);
  }
}
