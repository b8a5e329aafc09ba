import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountSuspensions1795894800417 implements MigrationInterface {
  name = 'AccountSuspensions1795894800417';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_suspensions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "reason" text NOT NULL, "suspended_by" uuid, "mentor_status_before" text, "lifted_at" TIMESTAMP WITH TIME ZONE, "lifted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_account_suspensions_mentor_status" CHECK ("mentor_status_before" IS NULL OR "mentor_status_before" IN ('pending', 'approved', 'rejected')), CONSTRAINT "CHK_account_suspensions_reason" CHECK (char_length("reason") BETWEEN 1 AND 2000), CONSTRAINT "PK_7d3610fe9d54e8d75688f7ae618" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_account_suspensions_user" ON "account_suspensions"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_account_suspensions_open" ON "account_suspensions"  ("user_id") WHERE "lifted_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_suspensions" ADD CONSTRAINT "FK_964fc207b0e5c7358a880633a2f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_suspensions" ADD CONSTRAINT "FK_1a856a6c6695762807a9eca8e76" FOREIGN KEY ("suspended_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_suspensions" ADD CONSTRAINT "FK_b583ad1df64dfe253ca1017b42f" FOREIGN KEY ("lifted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "account_suspensions" DROP CONSTRAINT "FK_b583ad1df64dfe253ca1017b42f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_suspensions" DROP CONSTRAINT "FK_1a856a6c6695762807a9eca8e76"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_suspensions" DROP CONSTRAINT "FK_964fc207b0e5c7358a880633a2f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_account_suspensions_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_account_suspensions_user"`);
    await queryRunner.query(`DROP TABLE "account_suspensions"`);
  }
}
