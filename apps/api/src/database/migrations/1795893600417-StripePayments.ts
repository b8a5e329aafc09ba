import { MigrationInterface, QueryRunner } from 'typeorm';

export class StripePayments1795893600417 implements MigrationInterface {
  name = 'StripePayments1795893600417';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_profiles" ADD "stripe_account_id" text`);
    await queryRunner.query(
      `ALTER TABLE "mentor_profiles" ADD "stripe_charges_enabled" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_profiles" ADD "stripe_payouts_enabled" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_profiles" ADD "stripe_details_submitted" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_profiles" ADD "stripe_account_synced_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "payments" ADD "provider_charge_ref" text`);
    await queryRunner.query(`ALTER TABLE "payments" ADD "destination_account" text`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_mentor_profiles_stripe_account" ON "mentor_profiles"  ("stripe_account_id") WHERE stripe_account_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_payments_provider_charge_ref" ON "payments"  ("provider_charge_ref") WHERE provider_charge_ref IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_payments_provider_charge_ref"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_mentor_profiles_stripe_account"`);
    await queryRunner.query(`ALTER TABLE "payments" DROP COLUMN "destination_account"`);
    await queryRunner.query(`ALTER TABLE "payments" DROP COLUMN "provider_charge_ref"`);
    await queryRunner.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "stripe_account_synced_at"`);
    await queryRunner.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "stripe_details_submitted"`);
    await queryRunner.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "stripe_payouts_enabled"`);
    await queryRunner.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "stripe_charges_enabled"`);
    await queryRunner.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "stripe_account_id"`);
  }
}
