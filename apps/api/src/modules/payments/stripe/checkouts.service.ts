import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { JobsService } from '../../jobs/jobs.service';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payment-provider';

/**
 * A Checkout Session outlives its hold (Stripe's 30-minute minimum): once the hold has expired or
 * the booking was cancelled, the session is expired at Stripe so it can no longer be paid. Runs
 * every minute; a payment that slips through first is settled by the webhook.
 */
@Injectable()
export class CheckoutsService implements OnModuleInit {
  private readonly logger = new Logger('StripeCheckouts');

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    if (this.config.payments.provider !== 'stripe') return;
    this.jobs.register(
      'payments.close-checkouts',
      async () => {
        await this.closeStale();
      },
      { retryLimit: 0, expireInSeconds: 120 },
    );
    this.jobs.schedule('payments.close-checkouts', '* * * * *');
  }

  /** Closes the checkouts of holds that ended unpaid; answers how many were closed. */
  async closeStale(limit = 100): Promise<number> {
    if (!this.provider.closeCheckout) return 0;
    const rows: { id: string; provider_ref: string }[] = await this.db.query(
      `SELECT p.id, p.provider_ref FROM payments p JOIN bookings b ON b.id = p.booking_id
        WHERE p.provider = $1 AND p.status = 'pending' AND p.provider_ref IS NOT NULL
          AND (b.status IN ('expired', 'cancelled') OR (b.status = 'held' AND b.hold_expires_at <= now()))
        ORDER BY b.hold_expires_at LIMIT $2`,
      [this.provider.name, limit],
    );
    let closed = 0;
    for (const row of rows) {
      try {
        const result = await this.provider.closeCheckout(row.provider_ref);
        // `completed`: paid meanwhile; its checkout.session.completed webhook settles it.
        if (result === 'closed') {
          await this.db.query(
            `UPDATE payments SET status = 'failed', updated_at = now() WHERE id = $1 AND status = 'pending'`,
            [row.id],
          );
          closed++;
        }
      } catch (err) {
        this.logger.warn({ paymentId: row.id, err: (err as Error).message }, 'Could not close a checkout');
      }
    }
    return closed;
  }
}
