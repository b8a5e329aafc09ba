import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MentorProfile } from '../../mentors/entities/mentor-profile.entity';
import { User } from '../../users/entities/user.entity';

/** The one thread between a mentee and a mentor; only those two can read it. */
@Entity({ name: 'conversations' })
@Index('UQ_conversations_pair', ['mentorId', 'menteeId'], { unique: true })
@Index('IDX_conversations_mentee_recent', ['menteeId', 'lastMessageAt'])
@Index('IDX_conversations_mentor_recent', ['mentorId', 'lastMessageAt'])
export class Conversation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorProfile>;

  @Column({ name: 'mentee_id', type: 'uuid' })
  menteeId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_id' })
  mentee?: Relation<User>;

  @Column({ name: 'last_message_at', type: 'timestamptz', default: () => 'now()' })
  lastMessageAt: Date;

  /** Everything up to this instant has been read by that side. */
  @Column({ name: 'mentor_read_at', type: 'timestamptz', nullable: true })
  mentorReadAt: Date | null;

  @Column({ name: 'mentee_read_at', type: 'timestamptz', nullable: true })
  menteeReadAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
