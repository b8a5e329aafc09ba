import type { TReportAction, TReportStatus, TReportTargetType } from '@ladder/domain';
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
import { User } from '../../users/entities/user.entity';

/**
 * A user's report of a mentor profile, review, article or message. The target is polymorphic
 * (type + id, no foreign key). One OPEN report per reporter and target: UQ_reports_open_per_reporter
 * decides races. Resolving decides for every open report of the target at once.
 */
@Entity({ name: 'reports' })
@Check('CHK_reports_target_type', `"target_type" IN ('mentor', 'review', 'article', 'message')`)
@Check('CHK_reports_reason', 'char_length("reason") BETWEEN 1 AND 2000')
@Check(
  'CHK_reports_status',
  `("status" = 'open' AND "action" IS NULL AND "resolved_at" IS NULL) OR ("status" = 'resolved' AND "action" IN ('hide', 'dismiss') AND "resolved_at" IS NOT NULL)`,
)
@Check('CHK_reports_restored', `"restored_at" IS NULL OR "action" = 'hide'`)
@Index('UQ_reports_open_per_reporter', ['reporterId', 'targetType', 'targetId'], {
  unique: true,
  where: `"status" = 'open'`,
})
@Index('IDX_reports_target', ['targetType', 'targetId'])
@Index('IDX_reports_queue', ['status', 'createdAt', 'id'])
export class Report {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: Relation<User>;

  @Column({ name: 'target_type', type: 'text' })
  targetType: TReportTargetType;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', default: 'open' })
  status: TReportStatus;

  @Column({ type: 'text', nullable: true })
  action: TReportAction | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by' })
  resolver?: Relation<User>;

  @Column({ name: 'restored_at', type: 'timestamptz', nullable: true })
  restoredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
