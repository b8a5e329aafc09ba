import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

/** One step of a visitor through the funnel (article → CTA → newsletter/sign-up → booking). */
@Entity({ name: 'funnel_events' })
@Index('IDX_funnel_events_type_created', ['type', 'createdAt'])
@Index('IDX_funnel_events_created', ['createdAt'])
@Check(
  'CHK_funnel_events_type',
  `"type" IN ('article_view', 'cta_click', 'newsletter_subscribed', 'signup', 'booking_held', 'booking_confirmed')`,
)
export class FunnelEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: string;

  /** A random id kept by the browser; joins one visitor's steps without identifying them. */
  @Column({ name: 'anonymous_id', type: 'text' })
  anonymousId: string;

  /** The signed-in user, when the event came with a valid session. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** Deleting an account keeps its funnel steps, anonymised. */
  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: User | null;

  @Column({ type: 'text', nullable: true })
  path: string | null;

  @Column({ name: 'article_slug', type: 'text', nullable: true })
  articleSlug: string | null;

  @Column({ name: 'mentor_slug', type: 'text', nullable: true })
  mentorSlug: string | null;

  @Column({ type: 'jsonb', nullable: true })
  utm: Record<string, string> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
