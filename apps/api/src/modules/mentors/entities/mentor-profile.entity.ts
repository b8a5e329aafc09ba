import type { TMentorStatus } from '@ladder/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  OneToMany,
  OneToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { Offering } from './offering.entity';

@Entity({ name: 'mentor_profiles' })
@Check('CHK_mentor_profiles_status', "status IN ('pending','approved','rejected','suspended')")
@Check('CHK_mentor_profiles_rating', 'rating_count >= 0 AND rating_sum >= 0')
@Index('IDX_mentor_profiles_status', ['status'])
export class MentorProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  headline: string;

  /** Markdown, sanitised when rendered. */
  @Column({ type: 'text' })
  bio: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text' })
  timezone: string;

  @Column({ name: 'years_experience', type: 'integer', nullable: true })
  yearsExperience: number | null;

  @Column({ name: 'meeting_url', type: 'text', nullable: true })
  meetingUrl: string | null;

  @Column({ name: 'calcom_link', type: 'text', nullable: true })
  calcomLink: string | null;

  @Column({ name: 'photo_url', type: 'text', nullable: true })
  photoUrl: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: TMentorStatus;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** Sum and count of review ratings (integers); the average is derived, never stored as a float. */
  @Column({ name: 'rating_sum', type: 'integer', default: 0 })
  ratingSum: number;

  @Column({ name: 'rating_count', type: 'integer', default: 0 })
  ratingCount: number;

  /** Set when moderation hides the profile from every public answer. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @OneToMany(
    () => Offering,
    (o) => o.mentor,
  )
  offerings?: Relation<Offering[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
