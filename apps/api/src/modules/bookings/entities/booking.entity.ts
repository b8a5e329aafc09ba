import type { TBookingStatus } from '@ladder/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { MentorProfile } from '../../mentors/entities/mentor-profile.entity';
import { Offering } from '../../mentors/entities/offering.entity';
import { User } from '../../users/entities/user.entity';

export type TBookingSource = 'ladder' | 'calcom';
export type TCanceller = 'mentee' | 'mentor' | 'admin';

/**
 * A session between a mentee and a mentor. The database itself guarantees that no two active
 * (held or confirmed) bookings of one mentor overlap, buffers included, and that a mentee never
 * holds two overlapping sessions.
 */
@Entity({ name: 'bookings' })
@Exclusion(
  'EXCL_bookings_mentor_overlap',
  `USING gist ("mentor_id" WITH =, "blocked_range" WITH &&) WHERE (status IN ('held', 'confirmed'))`,
)
@Exclusion(
  'EXCL_bookings_mentee_overlap',
  `USING gist ("mentee_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (status IN ('held', 'confirmed'))`,
)
@Check('CHK_bookings_status', "status IN ('held','confirmed','completed','no_show','cancelled','expired')")
@Check(
  'CHK_bookings_times',
  'ends_at > starts_at AND lower(blocked_range) <= starts_at AND upper(blocked_range) >= ends_at',
)
@Check(
  'CHK_bookings_money',
  "price_amount >= 0 AND currency ~ '^[A-Z]{3}$' AND (refund_amount IS NULL OR refund_amount BETWEEN 0 AND price_amount)",
)
@Check('CHK_bookings_hold', "status <> 'held' OR hold_expires_at IS NOT NULL")
@Check('CHK_bookings_source', "source IN ('ladder','calcom')")
@Check('CHK_bookings_calcom', "source <> 'calcom' OR (external_uid IS NOT NULL AND status <> 'held')")
@Check('CHK_bookings_offering', "offering_id IS NOT NULL OR source = 'calcom'")
@Index('IDX_bookings_mentor_starts', ['mentorId', 'startsAt'])
@Index('IDX_bookings_mentee_starts', ['menteeId', 'startsAt'])
@Index('UQ_bookings_idempotency', ['menteeId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
@Index('UQ_bookings_external', ['source', 'externalUid'], { unique: true, where: 'external_uid IS NOT NULL' })
@Index('IDX_bookings_held_expiry', ['holdExpiresAt'], { where: "status = 'held'" })
export class Booking {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorProfile>;

  @Column({ name: 'mentee_id', type: 'uuid' })
  menteeId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentee_id' })
  mentee?: Relation<User>;

  /** The Ladder offering booked; null only for a booking made through Cal.com. */
  @Column({ name: 'offering_id', type: 'uuid', nullable: true })
  offeringId: string | null;

  @ManyToOne(() => Offering, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offering_id' })
  offering?: Relation<Offering>;

  @Column({ type: 'text' })
  status: TBookingStatus;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The session widened by the offering's buffers: what the exclusion constraint compares. */
  @Column({ name: 'blocked_range', type: 'tstzrange' })
  blockedRange: string;

  /** Price and currency at the time of booking (integer minor units). */
  @Column({ name: 'price_amount', type: 'integer' })
  priceAmount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'hold_expires_at', type: 'timestamptz', nullable: true })
  holdExpiresAt: Date | null;

  @Column({ name: 'checkout_url', type: 'text', nullable: true })
  checkoutUrl: string | null;

  @Column({ name: 'meeting_url', type: 'text', nullable: true })
  meetingUrl: string | null;

  @Column({ name: 'mentee_timezone', type: 'text', default: 'UTC' })
  menteeTimezone: string;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancelled_by', type: 'text', nullable: true })
  cancelledBy: TCanceller | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'refund_amount', type: 'integer', nullable: true })
  refundAmount: number | null;

  /** iCalendar SEQUENCE: bumped on every reschedule and on cancellation. */
  @Column({ name: 'ics_sequence', type: 'integer', default: 0 })
  icsSequence: number;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the request body the idempotency key was first used with. */
  @Column({ name: 'idempotency_hash', type: 'text', nullable: true })
  idempotencyHash: string | null;

  @Column({ type: 'text', default: 'ladder' })
  source: TBookingSource;

  /** The Cal.com booking `uid` (moves to the new uid when Cal.com reschedules). */
  @Column({ name: 'external_uid', type: 'text', nullable: true })
  externalUid: string | null;

  /** The Cal.com event title, shown where a Ladder booking shows its offering's title. */
  @Column({ name: 'external_title', type: 'text', nullable: true })
  externalTitle: string | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
