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
import { LearningPlan } from './learning-plan.entity';

/** A milestone of a learning plan: due on a day of the plan, done when `done_at` is set. */
@Entity({ name: 'learning_plan_items' })
@Index('IDX_learning_plan_items_plan_due', ['planId', 'dueOn'])
@Check('CHK_learning_plan_items_title', 'char_length("title") BETWEEN 1 AND 200')
@Check('CHK_learning_plan_items_notes', 'char_length("notes") <= 2000')
export class LearningPlanItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => LearningPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<LearningPlan>;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
