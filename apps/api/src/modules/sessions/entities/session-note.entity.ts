import type { TNoteAuthorRole, TNoteVisibility } from '@ladder/domain';
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
import { Booking } from '../../bookings/entities/booking.entity';
import { User } from '../../users/entities/user.entity';

/**
 * A note on a booking by its mentor or its mentee. `private` notes are the mentor's alone: the
 * database refuses a private note written by a mentee.
 */
@Entity({ name: 'session_notes' })
@Check('CHK_session_notes_author_role', `"author_role" IN ('mentor', 'mentee')`)
@Check(
  'CHK_session_notes_visibility',
  `"visibility" IN ('shared', 'private') AND ("visibility" = 'shared' OR "author_role" = 'mentor')`,
)
@Check('CHK_session_notes_body', 'char_length("body") BETWEEN 1 AND 5000')
@Index('IDX_session_notes_booking_created', ['bookingId', 'createdAt'])
export class SessionNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: Relation<Booking>;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<User>;

  @Column({ name: 'author_role', type: 'text' })
  authorRole: TNoteAuthorRole;

  @Column({ type: 'text' })
  visibility: TNoteVisibility;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set by the service on each edit; equals `created_at` until then. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
