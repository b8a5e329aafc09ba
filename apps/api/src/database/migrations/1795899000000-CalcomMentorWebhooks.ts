import type { MigrationInterface, QueryRunner } from 'typeorm';

/** calcom_webhooks: a mentor's own Cal.com webhook (subscriber URL id and signing secret). */
export class CalcomMentorWebhooks1795899000000 implements MigrationInterface {
  name = 'CalcomMentorWebhooks1795899000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calcom_webhooks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_id" uuid NOT NULL, "secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "secret_rotated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_delivery_at" TIMESTAMP WITH TIME ZONE, "last_outcome" text, CONSTRAINT "UQ_calcom_webhooks_mentor" UNIQUE ("mentor_id"), CONSTRAINT "PK_calcom_webhooks" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "calcom_webhooks" ADD CONSTRAINT "FK_calcom_webhooks_mentor" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calcom_webhooks"`);
  }
}
