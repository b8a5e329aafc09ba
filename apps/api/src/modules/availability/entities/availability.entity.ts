import type { TAvailabilityOverride, TWeeklyAvailability } from '@ladder/domain';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { MentorProfile } from '../../mentors/entities/mentor-profile.entity';

/**
 * A mentor's availability as one document: weekly rules in their zone and date overrides. It is
 * always read and replaced whole (PUT), and the slot computation needs all of it at once, so a
 * row per mentor beats rows per rule. Validation lives in ZPutAvailabilitySchema.
 */
@Entity({ name: 'mentor_availability' })
@Check('CHK_mentor_availability_horizon', 'horizon_days BETWEEN 1 AND 365')
@Check('CHK_mentor_availability_cap', 'daily_cap IS NULL OR daily_cap BETWEEN 1 AND 48')
export class Availability {
  @PrimaryColumn({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @OneToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorProfile>;

  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  weekly: TWeeklyAvailability[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  overrides: TAvailabilityOverride[];

  @Column({ name: 'horizon_days', type: 'integer', default: 60 })
  horizonDays: number;

  @Column({ name: 'daily_cap', type: 'integer', nullable: true })
  dailyCap: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
