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
import { Booking } from '../../bookings/entities/booking.entity';
import { MentorProfile } from '../../mentors/entities/mentor-profile.entity';
import { User } from '../../users/entities/user.entity';

/**
 * A mentee's review of one session. One per booking (UQ_reviews_booking decides races); the
 * mentor's `rating_sum`/`rating_count` are updated in the same transaction as the insert.
 */
@Entity({ name: 'reviews' })
@Check('CHK_reviews_rating', '"rating" BETWEEN 1 AND 5')
@Check('CHK_reviews_body', 'char_length("body") <= 2000')
@Index('UQ_reviews_booking', ['bookingId'], { unique: true })
@Index('IDX_reviews_mentor_created', ['mentorId', 'createdAt', 'id'])
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  booking?: Relation<Booking>;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorProfile>;

  @Column({ name: 'mentee_id', type: 'uuid' })
  menteeId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentee_id' })
  mentee?: Relation<User>;

  @Column({ type: 'smallint' })
  rating: number;

  @Column({ type: 'text', default: '' })
  body: string;

  /** Set by moderation: a hidden review is left out of lists and of the mentor's rating. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
