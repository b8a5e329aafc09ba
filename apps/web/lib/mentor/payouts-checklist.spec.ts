import type { TPayoutStatus } from '@ladder/domain';
import { ApiError } from '@/lib/api/client';
import { payoutsChecklistItem } from './payouts-checklist';

const ok = (over: Partial<TPayoutStatus>) => ({
  ok: true as const,
  data: {
    provider: 'stripe' as const,
    status: 'not_connected' as const,
    chargesEnabled: false,
    payoutsEnabled: false,
    detailsSubmitted: false,
    ...over,
  },
});

describe('payoutsChecklistItem', () => {
  it('asks to connect, then to continue, and is done once enabled', () => {
    expect(payoutsChecklistItem(ok({}))).toMatchObject({
      done: false,
      cta: 'Connect payouts',
      optional: true,
    });
    expect(payoutsChecklistItem(ok({ status: 'pending' }))).toMatchObject({
      done: false,
      cta: 'Continue onboarding',
    });
    expect(payoutsChecklistItem(ok({ status: 'enabled' }))).toMatchObject({ done: true, cta: 'View' });
  });

  it('says demo mode offline, and admits a failed load', () => {
    expect(payoutsChecklistItem(ok({ provider: 'offline' })).detail).toMatch(/^Demo mode/);
    const failed = payoutsChecklistItem({
      ok: false,
      error: new ApiError({ status: 503, code: 'unavailable', title: 'Down', errors: [] }),
    });
    expect(failed).toMatchObject({ done: false, detail: expect.stringContaining('Couldn’t load') });
  });
});
