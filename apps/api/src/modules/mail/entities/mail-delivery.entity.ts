import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One row per message ever delivered, keyed by its dedupe key: the guard against sending twice. */
@Entity({ name: 'mail_deliveries' })
export class MailDelivery {
  @PrimaryColumn({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ type: 'text' })
  template: string;

  @Column({ name: 'to_address', type: 'citext' })
  toAddress: string;

  @Column({ type: 'text' })
  transport: string;

  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @CreateDateColumn({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt: Date;
}
