import { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookEvents1795890000000 implements MigrationInterface {
  name = 'WebhookEvents1795890000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_events" ("provider" text NOT NULL, "event_id" text NOT NULL, "type" text NOT NULL, "outcome" text, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_webhook_events_provider" CHECK (provider IN ('stripe','calcom')), CONSTRAINT "PK_webhook_events" PRIMARY KEY ("provider", "event_id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_events"`);
  }
}
