import { MigrationInterface, QueryRunner } from 'typeorm';

export class NextFreeSlot1795869623254 implements MigrationInterface {
  name = 'NextFreeSlot1795869623254';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_profiles" ADD "next_free_slot_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "IDX_mentor_profiles_next_free_slot" ON "mentor_profiles"  ("next_free_slot_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_mentor_profiles_next_free_slot"`);
    await queryRunner.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "next_free_slot_at"`);
  }
}
