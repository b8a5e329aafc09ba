import { payoutStatusOf, ZPayoutStatusSchema } from './payouts';

describe('payoutStatusOf', () => {
  it('is not_connected without an account, pending until charges and payouts are both on, then enabled', () => {
    expect(payoutStatusOf({ accountId: null, chargesEnabled: true, payoutsEnabled: true })).toBe(
      'not_connected',
    );
    expect(payoutStatusOf({ accountId: 'acct_1', chargesEnabled: false, payoutsEnabled: false })).toBe(
      'pending',
    );
    expect(payoutStatusOf({ accountId: 'acct_1', chargesEnabled: true, payoutsEnabled: false })).toBe(
      'pending',
    );
    expect(payoutStatusOf({ accountId: 'acct_1', chargesEnabled: false, payoutsEnabled: true })).toBe(
      'pending',
    );
    expect(payoutStatusOf({ accountId: 'acct_1', chargesEnabled: true, payoutsEnabled: true })).toBe(
      'enabled',
    );
  });

  it('the status schema refuses an unknown status', () => {
    const ok = {
      provider: 'stripe',
      status: 'enabled',
      chargesEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
    };
    expect(ZPayoutStatusSchema.safeParse(ok).success).toBe(true);
    expect(ZPayoutStatusSchema.safeParse({ ...ok, status: 'active' }).success).toBe(false);
  });
});
