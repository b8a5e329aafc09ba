import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * mail_deliveries keeps the SHA-256 (hex) of each dedupe key instead of the key (MailService
 * `deliveryKey`): booking keys name their recipient's address, and the dedupe guard only needs
 * equality. Existing keys are hashed the same way (UTF-8, as Node's createHash), so messages
 * already delivered stay refused.
 */
export class MailDeliveryKeyHashes1795898400000 implements MigrationInterface {
  name = 'MailDeliveryKeyHashes1795898400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "mail_deliveries" SET "dedupe_key" = encode(sha256(convert_to("dedupe_key", 'UTF8')), 'hex')`,
    );
  }

  public async down(): Promise<void> {
    // A hash cannot be undone; the previous code would simply not recognise these rows.
  }
}
