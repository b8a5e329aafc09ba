import { MigrationInterface, QueryRunner } from 'typeorm';

export class Messages1795890002000 implements MigrationInterface {
  name = 'Messages1795890002000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "mentor_read_at" TIMESTAMP WITH TIME ZONE, "mentee_read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_conversations_mentor_recent" ON "conversations"  ("mentor_id", "last_message_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_conversations_mentee_recent" ON "conversations"  ("mentee_id", "last_message_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_conversations_pair" ON "conversations"  ("mentor_id", "mentee_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "sender_id" uuid, "body" text NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_messages_body" CHECK (char_length(body) BETWEEN 1 AND 4000), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_messages_conversation_created" ON "messages"  ("conversation_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_758daecfb58715b12dd3abbcdc7" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_ff45964dca3e37d8430f7206502" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_22133395bd13b970ccd0c34ab22" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_22133395bd13b970ccd0c34ab22"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_ff45964dca3e37d8430f7206502"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_758daecfb58715b12dd3abbcdc7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_messages_conversation_created"`);
    await queryRunner.query(`DROP TABLE "messages"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_conversations_pair"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_conversations_mentee_recent"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_conversations_mentor_recent"`);
    await queryRunner.query(`DROP TABLE "conversations"`);
  }
}
