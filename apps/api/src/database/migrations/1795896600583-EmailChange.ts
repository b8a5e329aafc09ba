import type { MigrationInterface, QueryRunner } from 'typeorm';

/** user_tokens of kind `email_change`, bound to the new address they confirm (docs/adr/0006-account-deletion.md). */
export class EmailChange1795896600583 implements MigrationInterface {
  name = 'EmailChange1795896600583';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "CHK_user_tokens_kind"`);
    await queryRunner.query(`ALTER TABLE "user_tokens" ADD "new_email" citext`);
    await queryRunner.query(
      `ALTER TABLE "user_tokens" ADD CONSTRAINT "CHK_user_tokens_new_email" CHECK ((kind = 'email_change') = (new_email IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_tokens" ADD CONSTRAINT "CHK_user_tokens_kind" CHECK (kind IN ('verify_email','password_reset','email_change'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "user_tokens" WHERE kind = 'email_change'`);
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "CHK_user_tokens_kind"`);
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "CHK_user_tokens_new_email"`);
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP COLUMN "new_email"`);
    await queryRunner.query(
      `ALTER TABLE "user_tokens" ADD CONSTRAINT "CHK_user_tokens_kind" CHECK (kind IN ('verify_email','password_reset'))`,
    );
  }
}
