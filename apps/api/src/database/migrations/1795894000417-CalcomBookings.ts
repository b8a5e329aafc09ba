import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bookings made through Cal.com: they have no Ladder offering (its title comes from the Cal.com
 * event), always carry the Cal.com uid, and are never held (Cal.com took any payment).
 */
export class CalcomBookings1795894000417 implements MigrationInterface {
  name = 'CalcomBookings1795894000417';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bookings" ADD "external_title" text`);
    await queryRunner.query(`ALTER TABLE "bookings" ALTER COLUMN "offering_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "CHK_bookings_offering" CHECK (offering_id IS NOT NULL OR source = 'calcom')`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "CHK_bookings_calcom" CHECK (source <> 'calcom' OR (external_uid IS NOT NULL AND status <> 'held'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "CHK_bookings_source" CHECK (source IN ('ladder','calcom'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "CHK_bookings_source"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "CHK_bookings_calcom"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "CHK_bookings_offering"`);
    await queryRunner.query(`ALTER TABLE "bookings" ALTER COLUMN "offering_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "external_title"`);
  }
}
