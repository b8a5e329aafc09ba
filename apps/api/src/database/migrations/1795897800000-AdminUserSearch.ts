import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trigram indexes for the admins' account search (GET /admin/users, `%term%` on email or name):
 * without them every search reads the whole users table. `email` is citext, whose own ILIKE no
 * index serves, so the index and the query use `email::text` (ILIKE ignores case either way).
 * Partial, like the search: deleted accounts are never listed.
 */
export class AdminUserSearch1795897800000 implements MigrationInterface {
  name = 'AdminUserSearch1795897800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_users_email_trgm" ON "users" USING gin (("email"::text) gin_trgm_ops) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_users_name_trgm" ON "users" USING gin ("name" gin_trgm_ops) WHERE deleted_at IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_users_name_trgm"`);
    await q.query(`DROP INDEX "IDX_users_email_trgm"`);
  }
}
