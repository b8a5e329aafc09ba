import { mentorShareOf } from '@ladder/domain';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { JobsService } from '../../jobs/jobs.service';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payment-provider';

interface OwedRow {
  id: string;
  booking_id: string;
  amount: number;
  platform_fee: number;
  refunded_amount: number;
  currency: string;
  stripe_account_id: string;
}

/**
 * A booking paid while its mentor had no payout-ready account was a platform charge (ADR 0004):
 * the mentor's share is owed. Once the session has taken place (completed or no-show: no policy
 * refund can follow) and the mentor's account can be paid, the share — the amount less the fee,
 * less the mentor's part of any refund — is transferred, once (idempotency key per payment).
 * Runs every 15 minutes and right after an account becomes payout-ready.
 */
@Injectable()
export class OwedTransfersService implements OnModuleInit {
  private readonly logger = new Logger('StripeTransfers');

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    if (this.config.payments.provider !== 'stripe') return;
    this.jobs.register(
      'payments.transfer-owed',
      async () => {
        await this.transferOwed();
      },
      { retryLimit: 2, expireInSeconds: 300 },
    );
    this.jobs.schedule('payments.transfer-owed', '*/15 * * * *');
  }

  /** Transfers what is owed (up to `limit` payments); answers how many transfers were made. */
  async transferOwed(limit = 100): Promise<number> {
    if (!this.provider.transfer) return 0;
    const rows: OwedRow[] = await this.db.query(
      `SELECT p.id, p.booking_id, p.amount, p.platform_fee, p.refunded_amount, p.currency, m.stripe_account_id
         FROM payments p
         JOIN bookings b ON b.id = p.booking_id
         JOIN mentor_profiles m ON m.id = b.mentor_id
        WHERE p.provider = 'stripe' AND p.destination_account IS NULL AND p.transfer_ref IS NULL
          AND p.status IN ('succeeded', 'partially_refunded') AND b.status IN ('completed', 'no_show')
          AND m.stripe_account_id IS NOT NULL AND m.stripe_charges_enabled AND m.stripe_payouts_enabled
        ORDER BY p.paid_at LIMIT $1`,
      [limit],
    );
    let made = 0;
    for (const row of rows) {
      const share = mentorShareOf({
        amount: row.amount,
        platformFee: row.platform_fee,
        refunded: row.refunded_amount,
      });
      if (share <= 0) continue;
      try {
        const ref = await this.provider.transfer({
          bookingId: row.booking_id,
          amount: share,
          currency: row.currency.trim(),
          destination: row.stripe_account_id,
          idempotencyKey: `transfer:${row.id}`,
        });
        await this.db.query(
          `UPDATE payments SET transfer_ref = $2, updated_at = now() WHERE id = $1 AND transfer_ref IS NULL`,
          [row.id, ref],
        );
        made++;
      } catch (err) {
        this.logger.warn(
          { paymentId: row.id, err: (err as Error).message },
          'Could not transfer an owed share',
        );
      }
    }
    return made;
  }
}
