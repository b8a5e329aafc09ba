import type { TPayoutStatus } from '@ladder/domain';
import type { TResult } from '@/lib/api/client';

/** The mentor checklist's payouts line: optional, since paid sessions are booked either way. */
export function payoutsChecklistItem(status: TResult<TPayoutStatus>): {
  key: 'payouts';
  done: boolean;
  optional: true;
  title: string;
  detail: string;
  href: string;
  cta: string;
} {
  const base = {
    key: 'payouts',
    optional: true,
    title: 'Payouts',
    href: '/dashboard/mentor/payouts',
  } as const;
  if (!status.ok)
    return { ...base, done: false, detail: 'Couldn’t load your payout status just now.', cta: 'Open' };
  const s = status.data;
  if (s.provider === 'offline')
    return {
      ...base,
      done: true,
      detail: 'Demo mode: payments are simulated, nothing to connect.',
      cta: 'View',
    };
  if (s.status === 'enabled')
    return {
      ...base,
      done: true,
      detail: 'Connected: your earnings are paid into your Stripe account.',
      cta: 'View',
    };
  if (s.status === 'pending')
    return {
      ...base,
      done: false,
      detail: 'Stripe needs a few more details before it can pay you.',
      cta: 'Continue onboarding',
    };
  return {
    ...base,
    done: false,
    detail: 'Connect a Stripe account to receive your earnings from paid sessions.',
    cta: 'Connect payouts',
  };
}
