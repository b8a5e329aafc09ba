import type { MigrationInterface, QueryRunner } from 'typeorm';

/** users.deleted_at: a deleted account is a tombstone row (docs/adr/0006-account-deletion.md). */
export class AccountDeletion1795896000731 implements MigrationInterface {
  name = 'AccountDeletion1795896000731';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "deleted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "CHK_users_deleted" CHECK (deleted_at IS NULL OR (password_hash IS NULL AND roles = '{}' AND email_verified_at IS NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "CHK_users_deleted"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "deleted_at"`);
  }
}
