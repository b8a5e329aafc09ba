import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentors write articles: bounds in the schema, an index for "my articles", and derived excerpts. */
export class ArticleWriting1795895400731 implements MigrationInterface {
  name = 'ArticleWriting1795895400731';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "articles" ADD "excerpt_derived" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX "IDX_articles_author" ON "articles"  ("author_id", "updated_at") `);
    await queryRunner.query(
      `ALTER TABLE "articles" ADD CONSTRAINT "CHK_articles_lengths" CHECK (char_length(title) BETWEEN 1 AND 160 AND char_length(excerpt) <= 300 AND char_length(body) <= 100000 AND cardinality(tags) <= 5)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "articles" DROP CONSTRAINT "CHK_articles_lengths"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_articles_author"`);
    await queryRunner.query(`ALTER TABLE "articles" DROP COLUMN "excerpt_derived"`);
  }
}
