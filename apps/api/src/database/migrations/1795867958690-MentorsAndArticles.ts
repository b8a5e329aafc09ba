import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MentorsAndArticles1795867958690 implements MigrationInterface {
  name = 'MentorsAndArticles1795867958690';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "excerpt" text NOT NULL, "body" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "reading_minutes" integer NOT NULL DEFAULT '1', "hidden_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_1123ff6815c5b8fec0ba9fec370" UNIQUE ("slug"), CONSTRAINT "CHK_articles_published_at" CHECK (status <> 'published' OR published_at IS NOT NULL), CONSTRAINT "CHK_articles_status" CHECK (status IN ('draft','published')), CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_articles_published" ON "articles"  ("published_at") WHERE status = 'published' AND hidden_at IS NULL`,
    );
    await q.query(
      `CREATE TABLE "offerings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "duration_minutes" integer NOT NULL, "price_amount" integer NOT NULL, "currency" character(3) NOT NULL, "buffer_before_minutes" integer NOT NULL DEFAULT '0', "buffer_after_minutes" integer NOT NULL DEFAULT '0', "minimum_notice_minutes" integer NOT NULL DEFAULT '720', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_offerings_buffers" CHECK (buffer_before_minutes >= 0 AND buffer_after_minutes >= 0 AND minimum_notice_minutes >= 0), CONSTRAINT "CHK_offerings_duration" CHECK (duration_minutes BETWEEN 5 AND 480), CONSTRAINT "CHK_offerings_currency" CHECK (currency ~ '^[A-Z]{3}$'), CONSTRAINT "CHK_offerings_price" CHECK (price_amount >= 0), CONSTRAINT "PK_6d6a2d4bc88776139fc71a60ca6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_offerings_mentor" ON "offerings"  ("mentor_id") `);
    await q.query(
      `CREATE TABLE "mentor_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "slug" text NOT NULL, "headline" text NOT NULL, "bio" text NOT NULL, "expertise" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "timezone" text NOT NULL, "years_experience" integer, "meeting_url" text, "calcom_link" text, "photo_url" text, "status" text NOT NULL DEFAULT 'pending', "rejection_reason" text, "approved_at" TIMESTAMP WITH TIME ZONE, "rating_sum" integer NOT NULL DEFAULT '0', "rating_count" integer NOT NULL DEFAULT '0', "hidden_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_566cd578f3711859f058ad8cb54" UNIQUE ("slug"), CONSTRAINT "REL_5fa86c14c3a0de91f7253a180b" UNIQUE ("user_id"), CONSTRAINT "CHK_mentor_profiles_rating" CHECK (rating_count >= 0 AND rating_sum >= 0), CONSTRAINT "CHK_mentor_profiles_status" CHECK (status IN ('pending','approved','rejected','suspended')), CONSTRAINT "PK_e903fcb76451c2b21ce24565683" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_mentor_profiles_status" ON "mentor_profiles"  ("status") `);
    await q.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "FK_6515da4dff8db423ce4eb841490" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "offerings" ADD CONSTRAINT "FK_f2d8abb9d026564b3198c011bd2" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "mentor_profiles" ADD CONSTRAINT "FK_5fa86c14c3a0de91f7253a180bb" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "mentor_profiles" DROP CONSTRAINT "FK_5fa86c14c3a0de91f7253a180bb"`);
    await q.query(`ALTER TABLE "offerings" DROP CONSTRAINT "FK_f2d8abb9d026564b3198c011bd2"`);
    await q.query(`ALTER TABLE "articles" DROP CONSTRAINT "FK_6515da4dff8db423ce4eb841490"`);
    await q.query(`DROP INDEX "public"."IDX_mentor_profiles_status"`);
    await q.query(`DROP TABLE "mentor_profiles"`);
    await q.query(`DROP INDEX "public"."IDX_offerings_mentor"`);
    await q.query(`DROP TABLE "offerings"`);
    await q.query(`DROP INDEX "public"."IDX_articles_published"`);
    await q.query(`DROP TABLE "articles"`);
  }
}
