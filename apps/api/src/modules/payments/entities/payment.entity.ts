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

export type TPaymentStatus = 'pending' | 'succeeded' | 'failed' | 'refunded' | 'partially_refunded';

/** Money that moved (or is about to) for a booking. Integer minor units only. */
@Entity({ name: 'payments' })
@Check('CHK_payments_status', "status IN ('pending','succeeded','failed','refunded','partially_refunded')")
@Check(
  'CHK_payments_amounts',
  'amount >= 0 AND platform_fee >= 0 AND platform_fee <= amount AND refunded_amount BETWEEN 0 AND amount',
)
@Index('UQ_payments_booking', ['bookingId'], { unique: true })
@Index('UQ_payments_provider_ref', ['provider', 'providerRef'], {
  unique: true,
  where: 'provider_ref IS NOT NULL',
})
@Index('IDX_payments_provider_charge_ref', ['providerChargeRef'], {
  where: 'provider_charge_ref IS NOT NULL',
})
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => Booking, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'booking_id' })
  booking?: Relation<Booking>;

  @Column({ type: 'text' })
  provider: 'offline' | 'stripe';

  @Column({ type: 'text' })
  status: TPaymentStatus;

  @Column({ type: 'integer' })
  amount: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** The platform's share (PLATFORM_FEE_BPS of the amount); the mentor gets the rest. */
  @Column({ name: 'platform_fee', type: 'integer', default: 0 })
  platformFee: number;

  @Column({ name: 'refunded_amount', type: 'integer', default: 0 })
  refundedAmount: number;

  /** The provider's id for this payment (e.g. a Checkout Session id). */
  @Column({ name: 'provider_ref', type: 'text', nullable: true })
  providerRef: string | null;

  /** The provider's id for the money actually taken (Stripe: the Checkout Session's PaymentIntent). */
  @Column({ name: 'provider_charge_ref', type: 'text', nullable: true })
  providerChargeRef: string | null;

  /**
   * The mentor's connected account the charge was made on behalf of (a destination charge: the
   * mentor's share moves with the charge). Null for a charge kept by the platform because the mentor
   * had no payout-ready account yet; their share is then owed (see docs/adr/0004).
   */
  @Column({ name: 'destination_account', type: 'text', nullable: true })
  destinationAccount: string | null;

  /**
   * For a platform charge (no destination account): the Stripe transfer that later paid the mentor
   * their share, once their account was payout-ready and the session had taken place.
   */
  @Column({ name: 'transfer_ref', type: 'text', nullable: true })
  transferRef: string | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
