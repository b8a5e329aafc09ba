import type { MigrationInterface, QueryRunner } from 'typeorm';

/** session_notes.updated_at: authors may now edit their notes; existing notes were never edited. */
export class SessionNoteEdits1795897200467 implements MigrationInterface {
  name = 'SessionNoteEdits1795897200467';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "session_notes" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`UPDATE "session_notes" SET "updated_at" = "created_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_notes" DROP COLUMN "updated_at"`);
  }
}
