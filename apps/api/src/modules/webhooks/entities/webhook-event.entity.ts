import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type TWebhookProvider = 'stripe' | 'calcom';

/**
 * One row per provider event we have acted on. Inserting the row and acting on the event happen
 * in one transaction, so a redelivered event (same provider and id) has no second effect, and a
 * failed handler leaves no row behind and the provider's retry is processed afresh.
 *
 * `eventId` is the provider's own id (Stripe `evt_…`); for Cal.com, which has none, it is the
 * booking `uid` and the trigger (`<uid>:<TRIGGER>`).
 */
@Entity({ name: 'webhook_events' })
@Check('CHK_webhook_events_provider', "provider IN ('stripe','calcom')")
export class WebhookEvent {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_webhook_events' })
  provider: TWebhookProvider;

  @PrimaryColumn({ name: 'event_id', type: 'text', primaryKeyConstraintName: 'PK_webhook_events' })
  eventId: string;

  @Column({ type: 'text' })
  type: string;

  /** What the handler did with it (e.g. `confirmed`, `ignored:unknown_booking`), for support. */
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
