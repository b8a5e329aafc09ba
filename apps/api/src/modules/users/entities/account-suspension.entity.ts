import type { TMentorStatus } from '@ladder/domain';
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
} from 'typeorm';
import { User } from './user.entity';

/**
 * One suspension of an account by an admin, and its lifting. `users.suspended_at` stays the flag
 * the hot paths read (access tokens, login, refresh, discovery through its trigger); this row keeps
 * the why, the who, and the mentor profile's status before it was set to `suspended`, so lifting
 * the suspension restores it. At most one open (unlifted) suspension per user: UQ_account_suspensions_open.
 */
@Entity({ name: 'account_suspensions' })
@Check('CHK_account_suspensions_reason', 'char_length("reason") BETWEEN 1 AND 2000')
@Check(
  'CHK_account_suspensions_mentor_status',
  `"mentor_status_before" IS NULL OR "mentor_status_before" IN ('pending', 'approved', 'rejected')`,
)
@Index('UQ_account_suspensions_open', ['userId'], { unique: true, where: `"lifted_at" IS NULL` })
@Index('IDX_account_suspensions_user', ['userId', 'createdAt'])
export class AccountSuspension {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'suspended_by', type: 'uuid', nullable: true })
  suspendedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'suspended_by' })
  suspender?: Relation<User>;

  /** The mentor profile's status when it was suspended (null: no profile then). */
  @Column({ name: 'mentor_status_before', type: 'text', nullable: true })
  mentorStatusBefore: Exclude<TMentorStatus, 'suspended'> | null;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt: Date | null;

  @Column({ name: 'lifted_by', type: 'uuid', nullable: true })
  liftedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lifted_by' })
  lifter?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
