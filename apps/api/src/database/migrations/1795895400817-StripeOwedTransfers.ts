import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StripeOwedTransfers1795895400817 implements MigrationInterface {
  name = 'StripeOwedTransfers1795895400817';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payments" ADD "transfer_ref" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payments" DROP COLUMN "transfer_ref"`);
  }
}
