import type { MigrationInterface, QueryRunner } from 'typeorm';

const REFRESH = (withPrices: boolean) => `
  CREATE OR REPLACE FUNCTION mentor_refresh_price_from(mentor uuid) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    amount integer;
    cur character(3);${withPrices ? '\n    prices integer[];' : ''}
  BEGIN
    PERFORM 1 FROM mentor_profiles WHERE id = mentor FOR NO KEY UPDATE;
    SELECT o.price_amount, o.currency INTO amount, cur
      FROM offerings o
     WHERE o.mentor_id = mentor AND o.active AND o.archived_at IS NULL
     ORDER BY o.price_amount, o.id
     LIMIT 1;${
       withPrices
         ? `
    prices := ARRAY(SELECT o.price_amount FROM offerings o
                     WHERE o.mentor_id = mentor AND o.active AND o.archived_at IS NULL
                     ORDER BY o.price_amount);
    UPDATE mentor_profiles SET price_from_amount = amount, price_from_currency = cur, offering_prices = prices
     WHERE id = mentor
       AND (price_from_amount IS DISTINCT FROM amount OR price_from_currency IS DISTINCT FROM cur
            OR offering_prices IS DISTINCT FROM prices);`
         : `
    UPDATE mentor_profiles SET price_from_amount = amount, price_from_currency = cur
     WHERE id = mentor
       AND (price_from_amount IS DISTINCT FROM amount OR price_from_currency IS DISTINCT FROM cur);`
     }
  END $$`;

/**
 * mentor_profiles.offering_prices: the prices of the mentor's active offerings, kept by the same
 * trigger function as price_from_amount, so a search's price range ("any offering in it") is
 * checked in the profile row instead of probing offerings for every candidate.
 */
export class OfferingPrices1795902000000 implements MigrationInterface {
  name = 'OfferingPrices1795902000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "mentor_profiles" ADD "offering_prices" integer array NOT NULL DEFAULT '{}'`);
    await q.query(REFRESH(true));
    await q.query('SELECT mentor_refresh_price_from(id) FROM mentor_profiles');
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(REFRESH(false));
    await q.query(`ALTER TABLE "mentor_profiles" DROP COLUMN "offering_prices"`);
  }
}
