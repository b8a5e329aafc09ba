import { MigrationInterface, QueryRunner } from 'typeorm';

export class FunnelEvents1795882654463 implements MigrationInterface {
  name = 'FunnelEvents1795882654463';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "funnel_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" text NOT NULL, "anonymous_id" text NOT NULL, "user_id" uuid, "path" text, "article_slug" text, "mentor_slug" text, "utm" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_funnel_events_type" CHECK ("type" IN ('article_view', 'cta_click', 'newsletter_subscribed', 'signup', 'booking_held', 'booking_confirmed')), CONSTRAINT "PK_8371a89b43ebfbba1474ce6f54d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_funnel_events_created" ON "funnel_events"  ("created_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_funnel_events_type_created" ON "funnel_events"  ("type", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "funnel_events" ADD CONSTRAINT "FK_b05bfbfd0176ce1babf0c784e20" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "funnel_events" DROP CONSTRAINT "FK_b05bfbfd0176ce1babf0c784e20"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funnel_events_type_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_funnel_events_created"`);
    await queryRunner.query(`DROP TABLE "funnel_events"`);
  }
}
