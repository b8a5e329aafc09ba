import { MigrationInterface, QueryRunner } from 'typeorm';

export class LearningPlans1795890734217 implements MigrationInterface {
  name = 'LearningPlans1795890734217';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "learning_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentee_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "goal" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "timezone" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_learning_plans_days" CHECK ("ends_on" = "starts_on" + 89), CONSTRAINT "CHK_learning_plans_goal" CHECK (char_length("goal") BETWEEN 1 AND 500), CONSTRAINT "PK_57eafa186118b454f420dd9fa7b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_learning_plans_mentor" ON "learning_plans"  ("mentor_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_learning_plans_pair" ON "learning_plans"  ("mentee_id", "mentor_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_plan_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "title" text NOT NULL, "due_on" date NOT NULL, "notes" text NOT NULL DEFAULT '', "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_learning_plan_items_notes" CHECK (char_length("notes") <= 2000), CONSTRAINT "CHK_learning_plan_items_title" CHECK (char_length("title") BETWEEN 1 AND 200), CONSTRAINT "PK_e3280731a7db62b2e3dea983401" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_learning_plan_items_plan_due" ON "learning_plan_items"  ("plan_id", "due_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_plans" ADD CONSTRAINT "FK_8429aed535944b4cefaf107ec6e" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_plans" ADD CONSTRAINT "FK_18a86eaf52727587bdd7fca85a3" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_plans" ADD CONSTRAINT "FK_7a79caee5b320c78e0ac28c25db" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "learning_plan_items" ADD CONSTRAINT "FK_978645b2bd7f22190aad2387368" FOREIGN KEY ("plan_id") REFERENCES "learning_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "learning_plan_items" DROP CONSTRAINT "FK_978645b2bd7f22190aad2387368"`,
    );
    await queryRunner.query(`ALTER TABLE "learning_plans" DROP CONSTRAINT "FK_7a79caee5b320c78e0ac28c25db"`);
    await queryRunner.query(`ALTER TABLE "learning_plans" DROP CONSTRAINT "FK_18a86eaf52727587bdd7fca85a3"`);
    await queryRunner.query(`ALTER TABLE "learning_plans" DROP CONSTRAINT "FK_8429aed535944b4cefaf107ec6e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_learning_plan_items_plan_due"`);
    await queryRunner.query(`DROP TABLE "learning_plan_items"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_learning_plans_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_learning_plans_mentor"`);
    await queryRunner.query(`DROP TABLE "learning_plans"`);
  }
}
