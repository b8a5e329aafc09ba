import { MigrationInterface, QueryRunner } from 'typeorm';

export class Bookings1795869286945 implements MigrationInterface {
  name = 'Bookings1795869286945';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mentor_availability" ("mentor_id" uuid NOT NULL, "timezone" text NOT NULL, "weekly" jsonb NOT NULL DEFAULT '[]', "overrides" jsonb NOT NULL DEFAULT '[]', "horizon_days" integer NOT NULL DEFAULT '60', "daily_cap" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_mentor_availability_cap" CHECK (daily_cap IS NULL OR daily_cap BETWEEN 1 AND 48), CONSTRAINT "CHK_mentor_availability_horizon" CHECK (horizon_days BETWEEN 1 AND 365), CONSTRAINT "PK_35e504bebcd1975aea3063c3c0f" PRIMARY KEY ("mentor_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mentor_free_slots" ("mentor_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5ec0d9c48470bbec4b305d41cfa" PRIMARY KEY ("mentor_id", "starts_at"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_mentor_free_slots_start" ON "mentor_free_slots"  ("starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_id" uuid NOT NULL, "mentee_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "status" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked_range" tstzrange NOT NULL, "price_amount" integer NOT NULL, "currency" character(3) NOT NULL, "hold_expires_at" TIMESTAMP WITH TIME ZONE, "checkout_url" text, "meeting_url" text, "mentee_timezone" text NOT NULL DEFAULT 'UTC', "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" text, "cancel_reason" text, "refund_amount" integer, "ics_sequence" integer NOT NULL DEFAULT '0', "idempotency_key" text, "idempotency_hash" text, "source" text NOT NULL DEFAULT 'ladder', "external_uid" text, "confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_bookings_hold" CHECK (status <> 'held' OR hold_expires_at IS NOT NULL), CONSTRAINT "CHK_bookings_money" CHECK (price_amount >= 0 AND currency ~ '^[A-Z]{3}$' AND (refund_amount IS NULL OR refund_amount BETWEEN 0 AND price_amount)), CONSTRAINT "CHK_bookings_times" CHECK (ends_at > starts_at AND lower(blocked_range) <= starts_at AND upper(blocked_range) >= ends_at), CONSTRAINT "CHK_bookings_status" CHECK (status IN ('held','confirmed','completed','no_show','cancelled','expired')), CONSTRAINT "EXCL_bookings_mentee_overlap" EXCLUDE USING gist ("mentee_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (status IN ('held', 'confirmed')), CONSTRAINT "EXCL_bookings_mentor_overlap" EXCLUDE USING gist ("mentor_id" WITH =, "blocked_range" WITH &&) WHERE (status IN ('held', 'confirmed')), CONSTRAINT "PK_bee6805982cc1e248e94ce94957" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bookings_held_expiry" ON "bookings"  ("hold_expires_at") WHERE status = 'held'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_bookings_external" ON "bookings"  ("source", "external_uid") WHERE external_uid IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_bookings_idempotency" ON "bookings"  ("mentee_id", "idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bookings_mentee_starts" ON "bookings"  ("mentee_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bookings_mentor_starts" ON "bookings"  ("mentor_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "provider" text NOT NULL, "status" text NOT NULL, "amount" integer NOT NULL, "currency" character(3) NOT NULL, "platform_fee" integer NOT NULL DEFAULT '0', "refunded_amount" integer NOT NULL DEFAULT '0', "provider_ref" text, "paid_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_payments_amounts" CHECK (amount >= 0 AND platform_fee >= 0 AND platform_fee <= amount AND refunded_amount BETWEEN 0 AND amount), CONSTRAINT "CHK_payments_status" CHECK (status IN ('pending','succeeded','failed','refunded','partially_refunded')), CONSTRAINT "PK_197ab7af18c93fbb0c9b28b4a59" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_payments_provider_ref" ON "payments"  ("provider", "provider_ref") WHERE provider_ref IS NOT NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_payments_booking" ON "payments"  ("booking_id") `);
    await queryRunner.query(
      `ALTER TABLE "mentor_availability" ADD CONSTRAINT "FK_35e504bebcd1975aea3063c3c0f" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "FK_5b43b6aad3aeabd7b009746eb1a" FOREIGN KEY ("mentor_id") REFERENCES "mentor_profiles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "FK_fcc33fb0b718f8eebca5da1ccc7" FOREIGN KEY ("mentee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "FK_2dd626d2b9fa6f7b20dfff81645" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payments" ADD CONSTRAINT "FK_e86edf76dc2424f123b9023a2b2" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payments" DROP CONSTRAINT "FK_e86edf76dc2424f123b9023a2b2"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_2dd626d2b9fa6f7b20dfff81645"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_fcc33fb0b718f8eebca5da1ccc7"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_5b43b6aad3aeabd7b009746eb1a"`);
    await queryRunner.query(
      `ALTER TABLE "mentor_availability" DROP CONSTRAINT "FK_35e504bebcd1975aea3063c3c0f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_payments_booking"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_payments_provider_ref"`);
    await queryRunner.query(`DROP TABLE "payments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bookings_mentor_starts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bookings_mentee_starts"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_bookings_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_bookings_external"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bookings_held_expiry"`);
    await queryRunner.query(`DROP TABLE "bookings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mentor_free_slots_start"`);
    await queryRunner.query(`DROP TABLE "mentor_free_slots"`);
    await queryRunner.query(`DROP TABLE "mentor_availability"`);
  }
}
