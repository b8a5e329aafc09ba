import {
  barPerMille,
  bookingStatusLabel,
  canSuspend,
  formatReportMoney,
  formatUtcDay,
  maxGross,
  revenueWindow,
  userStatusBadge,
} from './money-report';

describe('formatReportMoney', () => {
  it('formats minor units like the money formatter, with zero and negatives spelled out', () => {
    expect(formatReportMoney(12_345, 'USD')).toBe('$123.45');
    expect(formatReportMoney(0, 'USD')).toBe('$0.00');
    expect(formatReportMoney(0, 'JPY')).toBe('¥0');
    expect(formatReportMoney(-750, 'EUR')).toBe('−€7.50');
    expect(formatReportMoney(5, 'USD')).toBe('$0.05');
  });
});

describe('revenueWindow', () => {
  it('accepts 7, 30 and 90 only, else 30', () => {
    expect(revenueWindow('7')).toBe(7);
    expect(revenueWindow(['90', '7'])).toBe(90);
    for (const raw of [undefined, '', '8', 'x', '30.5']) expect(revenueWindow(raw)).toBe(30);
  });
});

describe('barPerMille and maxGross', () => {
  it('scales to whole per mille, never more than 1000, a sliver for tiny non-zero values', () => {
    expect(barPerMille(500, 1000)).toBe(500);
    expect(barPerMille(1000, 1000)).toBe(1000);
    expect(barPerMille(1, 1_000_000)).toBe(1);
    expect(barPerMille(0, 1000)).toBe(0);
    expect(barPerMille(10, 0)).toBe(0);
    expect(barPerMille(333, 1000)).toBe(333);
    expect(Number.isInteger(barPerMille(1, 3))).toBe(true);
  });

  it('finds the largest gross, 0 for an empty or all-zero series', () => {
    expect(maxGross([{ gross: 3 }, { gross: 9 }, { gross: 0 }])).toBe(9);
    expect(maxGross([])).toBe(0);
  });
});

describe('formatUtcDay', () => {
  it('reads the date in UTC', () => {
    expect(formatUtcDay('2026-03-09')).toBe('Mon 9 Mar');
    expect(formatUtcDay('2026-12-31')).toBe('Thu 31 Dec');
  });
});

describe('accounts', () => {
  const ME = 'a0000000-0000-4000-8000-000000000000';
  const user = {
    id: 'b0000000-0000-4000-8000-000000000000',
    roles: ['mentee' as const],
    status: 'active' as const,
  };

  it('badges active and suspended accounts', () => {
    expect(userStatusBadge({ status: 'active' })).toEqual({ label: 'Active', tone: 'success' });
    expect(userStatusBadge({ status: 'suspended' })).toEqual({ label: 'Suspended', tone: 'danger' });
  });

  it('offers Suspend for active non-admin accounts other than mine', () => {
    expect(canSuspend(user, ME)).toBe(true);
    expect(canSuspend({ ...user, status: 'suspended' }, ME)).toBe(false);
    expect(canSuspend({ ...user, roles: ['mentee', 'admin'] }, ME)).toBe(false);
    expect(canSuspend({ ...user, id: ME }, ME)).toBe(false);
  });

  it('labels booking statuses', () => {
    expect(bookingStatusLabel('no_show')).toBe('No-show');
    expect(bookingStatusLabel('other')).toBe('other');
  });
});
