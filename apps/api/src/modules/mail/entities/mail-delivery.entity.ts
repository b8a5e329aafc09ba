import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One row per message ever delivered, keyed by its dedupe key: the guard against sending twice. */
@Entity({ name: 'mail_deliveries' })
export class MailDelivery {
  /**
   * SHA-256 (hex) of the message's dedupe key (`deliveryKey`): equality is all the guard needs,
   * and booking keys name their recipient's address.
   */
  @PrimaryColumn({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ type: 'text' })
  template: string;

  /** The recipient; a deleted account's records name its tombstone address instead (ADR 0006). */
  @Column({ name: 'to_address', type: 'citext' })
  toAddress: string;

  @Column({ type: 'text' })
  transport: string;

  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @CreateDateColumn({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt: Date;
}
