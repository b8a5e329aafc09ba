import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionNotesAndReviews1795882674239 implements MigrationInterface {
  name = 'SessionNotesAndReviews1795882674239';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "session_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "author_id" uuid NOT NULL, "author_role" text NOT NULL, "visibility" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_session_notes_body" CHECK (char_length("body") BETWEEN 1 AND 5000), CONSTRAINT "CHK_session_notes_visibility" CHECK ("visibility" IN ('shared', 'private') AND ("visibility" = 'shared' OR "author_role" = 'mentor')), CONSTRAINT "CHK_session_notes_author_role" CHECK ("author_role" IN ('mentor', 'mentee')), CONSTRAINT "PK_c0c90f57f8af96a8b1252f86ef0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_session_notes_booking_created" ON "session_notes"  ("booking_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "rating" smallint NOT NULL, "body" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_reviews_body" CHECK (char_length("body") <= 2000), CONSTRAINT "CHK_reviews_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_reviews_mentor_created" ON "reviews"  ("mentor_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reviews_booking" ON "reviews"  ("booking_id") `);
    await queryRunner.query(
      `ALTER TABLE "session_notes" ADD CONSTRAINT "FK_1296d86f4cde3adf3fb2f616cb0" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_notes" ADD CONSTRAINT "FK_ca74b4189e4078482c02f31a3e0" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_bbd6ac6e3e6a8f8c6e0e8692d63" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_a2c952644e89058f15512de44c6" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reviews" ADD CONSTRAINT "FK_c356705750b9893407baf7f1b62" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_c356705750b9893407baf7f1b62"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_a2c952644e89058f15512de44c6"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_bbd6ac6e3e6a8f8c6e0e8692d63"`);
    await queryRunner.query(`ALTER TABLE "session_notes" DROP CONSTRAINT "FK_ca74b4189e4078482c02f31a3e0"`);
    await queryRunner.query(`ALTER TABLE "session_notes" DROP CONSTRAINT "FK_1296d86f4cde3adf3fb2f616cb0"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reviews_booking"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reviews_mentor_created"`);
    await queryRunner.query(`DROP TABLE "reviews"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_session_notes_booking_created"`);
    await queryRunner.query(`DROP TABLE "session_notes"`);
  }
}
