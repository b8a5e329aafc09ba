import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobsAndMail1795868477477 implements MigrationInterface {
  name = 'JobsAndMail1795868477477';

  async up(q: QueryRunner): Promise<void> {
    // pg-boss's own schema, created here so that every table comes from a migration. The plan
    // brings its own BEGIN/COMMIT; this migration already runs in a transaction.
    const plan = PgBoss.getConstructionPlans('pgboss')
      .replace(/^\s*BEGIN;/, '')
      .replace(/COMMIT;\s*$/, '');
    await q.query(plan);
    await q.query(
      `CREATE TABLE "dev_mailbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" text NOT NULL, "from_address" text NOT NULL, "to_address" citext NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_20c1474670441bbc0659092401f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_dev_mailbox_created" ON "dev_mailbox"  ("created_at") `);
    await q.query(
      `CREATE TABLE "mail_deliveries" ("dedupe_key" text NOT NULL, "template" text NOT NULL, "to_address" citext NOT NULL, "transport" text NOT NULL, "message_id" text NOT NULL, "delivered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c8015ffd03be370c2f35ab3947" PRIMARY KEY ("dedupe_key"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "mail_deliveries"`);
    await q.query(`DROP INDEX "public"."IDX_dev_mailbox_created"`);
    await q.query(`DROP TABLE "dev_mailbox"`);
    await q.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  }
}
