import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1795883794523 implements MigrationInterface {
  name = 'Moderation1795883794523';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reporter_id" uuid NOT NULL, "target_type" text NOT NULL, "target_id" uuid NOT NULL, "reason" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "action" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "restored_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_reports_restored" CHECK ("restored_at" IS NULL OR "action" = 'hide'), CONSTRAINT "CHK_reports_status" CHECK (("status" = 'open' AND "action" IS NULL AND "resolved_at" IS NULL) OR ("status" = 'resolved' AND "action" IN ('hide', 'dismiss') AND "resolved_at" IS NOT NULL)), CONSTRAINT "CHK_reports_reason" CHECK (char_length("reason") BETWEEN 1 AND 2000), CONSTRAINT "CHK_reports_target_type" CHECK ("target_type" IN ('mentor', 'review', 'article', 'message')), CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_reports_queue" ON "reports"  ("status", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_reports_target" ON "reports"  ("target_type", "target_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_reports_open_per_reporter" ON "reports"  ("reporter_id", "target_type", "target_id") WHERE "status" = 'open'`,
    );
    await queryRunner.query(`ALTER TABLE "reviews" ADD "hidden_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_f7790853594bca5892d390e1daf" FOREIGN KEY ("resolved_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_f7790853594bca5892d390e1daf"`);
    await queryRunner.query(`ALTER TABLE "reports" DROP CONSTRAINT "FK_9459b9bf907a3807ef7143d2ead"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP COLUMN "hidden_at"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reports_open_per_reporter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reports_target"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reports_queue"`);
    await queryRunner.query(`DROP TABLE "reports"`);
  }
}
