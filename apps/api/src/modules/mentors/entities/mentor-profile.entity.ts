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

/**
 * A mentor's public profile. Discovery reads only this table (plus `users` for suspension), so
 * what search needs is denormalised here and kept current by triggers in the database (see the
 * MentorSearch migration), whichever code path writes:
 * - `display_name`, `owner_suspended_at` ← users.name, users.suspended_at (on insert and on change);
 * - `search_vector` ← display name and expertise (weight A), headline (B), bio (C);
 * - `price_from_amount/currency` ← the cheapest active, unarchived offering, and `offering_prices` ← all
 *   of their prices;
 * - `next_free_slot_at` is maintained by the availability module.
 * The GIN and expression indexes below are created by that migration; TypeORM cannot express
 * them, so they are declared here with `synchronize: false` to keep the drift check exact.
 */
@Entity({ name: 'mentor_profiles' })
@Check('CHK_mentor_profiles_status', "status IN ('pending','approved','rejected','suspended')")
@Check('CHK_mentor_profiles_rating', 'rating_count >= 0 AND rating_sum >= 0')
@Index('IDX_mentor_profiles_queue', ['status', 'createdAt', 'id'])
@Index('IDX_mentor_profiles_search', { synchronize: false })
@Index('IDX_mentor_profiles_name_trgm', { synchronize: false })
@Index('IDX_mentor_profiles_tags', { synchronize: false })
@Index('IDX_mentor_profiles_by_rating', { synchronize: false })
@Index('IDX_mentor_profiles_by_price', { synchronize: false })
@Index('IDX_mentor_profiles_by_soonest', { synchronize: false })
@Index('UQ_mentor_profiles_stripe_account', ['stripeAccountId'], {
  unique: true,
  where: 'stripe_account_id IS NOT NULL',
})
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

  /** The user's name, denormalised for search and kept in sync by a trigger on `users`. */
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

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

  /**
   * Start of the next free slot of the mentor's shortest offering, kept by the discovery refresh
   * (availability module); drives the `soonest` sort.
   */
  @Index('IDX_mentor_profiles_next_free_slot')
  @Column({ name: 'next_free_slot_at', type: 'timestamptz', nullable: true })
  nextFreeSlotAt: Date | null;

  /** Weighted full-text document; written only by the database trigger. */
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false })
  searchVector?: string;

  /** Every active offering's price (minor units), ascending; kept with `priceFromAmount`. */
  @Column({
    name: 'offering_prices',
    type: 'integer',
    array: true,
    default: () => "'{}'",
    insert: false,
    update: false,
  })
  offeringPrices: number[];

  /** The cheapest active offering (minor units), maintained by a trigger on `offerings`. */
  @Column({ name: 'price_from_amount', type: 'integer', nullable: true, insert: false, update: false })
  priceFromAmount: number | null;

  @Column({
    name: 'price_from_currency',
    type: 'char',
    length: 3,
    nullable: true,
    insert: false,
    update: false,
  })
  priceFromCurrency: string | null;

  /** The owner's `users.suspended_at`, copied by a trigger so discovery needs no join. */
  @Column({ name: 'owner_suspended_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  ownerSuspendedAt: Date | null;

  /** Set when moderation hides the profile from every public answer. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /**
   * Payouts (Stripe Connect Express). The account is created once, on the first onboarding
   * request; the flags mirror the account as its `account.updated` webhooks report it, and
   * `stripeAccountSyncedAt` (the newest event's `created`) keeps an older event from undoing a newer one.
   */
  @Column({ name: 'stripe_account_id', type: 'text', nullable: true })
  stripeAccountId: string | null;

  @Column({ name: 'stripe_charges_enabled', type: 'boolean', default: false })
  stripeChargesEnabled: boolean;

  @Column({ name: 'stripe_payouts_enabled', type: 'boolean', default: false })
  stripePayoutsEnabled: boolean;

  @Column({ name: 'stripe_details_submitted', type: 'boolean', default: false })
  stripeDetailsSubmitted: boolean;

  @Column({ name: 'stripe_account_synced_at', type: 'timestamptz', nullable: true })
  stripeAccountSyncedAt: Date | null;

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
