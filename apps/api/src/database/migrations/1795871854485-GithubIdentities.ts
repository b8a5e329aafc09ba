import { MigrationInterface, QueryRunner } from 'typeorm';

export class GithubIdentities1795871854485 implements MigrationInterface {
  name = 'GithubIdentities1795871854485';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider" text NOT NULL, "provider_user_id" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e23bff04e9c3e7b785e442b262c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_user_identities_user" ON "user_identities"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_user_identities_provider_user" ON "user_identities"  ("provider", "provider_user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "user_identities" ADD CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_identities" DROP CONSTRAINT "FK_bf5fe01eb8cad7114b4c371cdc7"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_user_identities_provider_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_user_identities_user"`);
    await queryRunner.query(`DROP TABLE "user_identities"`);
  }
}
