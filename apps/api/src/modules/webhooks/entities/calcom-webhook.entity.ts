import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { MentorProfile } from '../../mentors/entities/mentor-profile.entity';

/**
 * A mentor's own Cal.com webhook: deliveries to `/webhooks/calcom/{id}` are signed with this
 * secret and can only ever concern this mentor's bookings (the platform-wide endpoint and its
 * `CALCOM_WEBHOOK_SECRET` are for a Cal.com team or organisation webhook run by the Ladder team).
 * HMAC needs the secret itself, so it is stored as it is, like Cal.com stores it on its side.
 */
@Entity({ name: 'calcom_webhooks' })
@Unique('UQ_calcom_webhooks_mentor', ['mentorId'])
export class CalcomWebhook {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_calcom_webhooks' })
  id: string;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'FK_calcom_webhooks_mentor' })
  mentor?: MentorProfile;

  @Column({ type: 'text' })
  secret: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'secret_rotated_at', type: 'timestamptz', default: () => 'now()' })
  secretRotatedAt: Date;

  @Column({ name: 'last_delivery_at', type: 'timestamptz', nullable: true })
  lastDeliveryAt: Date | null;

  /** What the last signed delivery did (`created`, `ignored:ping`, …): for setting it up. */
  @Column({ name: 'last_outcome', type: 'text', nullable: true })
  lastOutcome: string | null;
}
