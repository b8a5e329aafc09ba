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
import { MentorProfile } from '../../mentors/entities/mentor-profile.entity';
import { User } from '../../users/entities/user.entity';

/**
 * A mentee's 90-day learning plan with one mentor. One per pair (UQ_learning_plans_pair decides
 * races); its days are dates in `timezone`, the mentee's zone when it was started.
 */
@Entity({ name: 'learning_plans' })
@Index('UQ_learning_plans_pair', ['menteeId', 'mentorId'], { unique: true })
@Index('IDX_learning_plans_mentor', ['mentorId'])
@Check('CHK_learning_plans_goal', 'char_length("goal") BETWEEN 1 AND 500')
@Check('CHK_learning_plans_days', '"ends_on" = "starts_on" + 89')
export class LearningPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'mentee_id', type: 'uuid' })
  menteeId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id' })
  mentee?: Relation<User>;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorProfile>;

  @Column({ type: 'text' })
  goal: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'text' })
  timezone: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
