import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type NewsletterStatus = 'pending' | 'confirmed' | 'unsubscribed';

/** A newsletter reader (double opt-in: `pending` until the emailed link is followed). */
@Entity({ name: 'newsletter_subscribers' })
@Check('CHK_newsletter_subscribers_status', `"status" IN ('pending', 'confirmed', 'unsubscribed')`)
export class NewsletterSubscriber {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'citext', unique: true })
  email: string;

  @Column({ type: 'text', default: 'pending' })
  status: NewsletterStatus;

  /** Where the reader signed up (a path such as `/articles/some-slug`), for the funnel. */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
