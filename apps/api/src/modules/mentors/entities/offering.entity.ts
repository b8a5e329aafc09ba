import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { MentorProfile } from './mentor-profile.entity';

@Entity({ name: 'offerings' })
@Check('CHK_offerings_price', 'price_amount >= 0')
@Check('CHK_offerings_currency', "currency ~ '^[A-Z]{3}$'")
@Check('CHK_offerings_duration', 'duration_minutes BETWEEN 5 AND 480')
@Check(
  'CHK_offerings_buffers',
  'buffer_before_minutes >= 0 AND buffer_after_minutes >= 0 AND minimum_notice_minutes >= 0',
)
@Index('IDX_offerings_mentor', ['mentorId'])
export class Offering {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @ManyToOne(
    () => MentorProfile,
    (m) => m.offerings,
    { onDelete: 'CASCADE' },
  )
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorProfile>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  /** Integer minor units (cents). */
  @Column({ name: 'price_amount', type: 'integer' })
  priceAmount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'buffer_before_minutes', type: 'integer', default: 0 })
  bufferBeforeMinutes: number;

  @Column({ name: 'buffer_after_minutes', type: 'integer', default: 0 })
  bufferAfterMinutes: number;

  @Column({ name: 'minimum_notice_minutes', type: 'integer', default: 720 })
  minimumNoticeMinutes: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * Set when the mentor deletes the offering. Bookings keep referencing it, so it is never
   * removed; archived offerings are also inactive and hidden from every answer.
   */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
