import { canCancel, canRecordNoShow, canReschedule, refundPreview } from './refund-preview';

const HOUR = 3_600_000;
const now = new Date('2026-03-10T12:00:00.000Z');
const at = (hoursFromNow: number) => new Date(now.getTime() + hoursFromNow * HOUR).toISOString();
const paid = (startsInHours: number, status: 'confirmed' | 'held' = 'confirmed') => ({
  priceAmount: 12_001,
  currency: 'USD',
  startsAt: at(startsInHours),
  status,
});

describe('refundPreview', () => {
  it('refunds the mentee in full 24 hours or more before the start', () => {
    const p = refundPreview(paid(24), 'mentee', now);
    expect(p).toMatchObject({ refundAmount: 12_001, rule: 'full_24h' });
    expect(p.message).toBe('More than 24 hours before the start: you get a full refund of $120.01.');
  });

  it('refunds half (rounded down to the cent) later than that', () => {
    const p = refundPreview(paid(23.99), 'mentee', now);
    expect(p).toMatchObject({ refundAmount: 6_000, rule: 'half_late' });
    expect(p.message).toContain('$60.00 of $120.01');
  });

  it('refunds nothing once the session has started', () => {
    expect(refundPreview(paid(0), 'mentee', now)).toMatchObject({
      refundAmount: 0,
      rule: 'none_after_start',
    });
    expect(refundPreview(paid(-0.5), 'mentee', now).message).toMatch(/already started/);
  });

  it('always refunds in full when the mentor cancels, and says so to the mentor', () => {
    const p = refundPreview(paid(1), 'mentor', now);
    expect(p).toMatchObject({ refundAmount: 12_001, rule: 'mentor_cancelled' });
    expect(p.message).toBe('The mentee gets a full refund of $120.01.');
  });

  it('refunds nothing for a free session or an unpaid hold', () => {
    expect(refundPreview({ ...paid(48), priceAmount: 0 }, 'mentee', now)).toMatchObject({
      refundAmount: 0,
      rule: 'free',
    });
    const held = refundPreview(paid(48, 'held'), 'mentee', now);
    expect(held).toMatchObject({ refundAmount: 0, rule: 'not_paid' });
    expect(held.message).toMatch(/Nothing has been paid yet/);
  });

  it('formats other currencies by their minor units', () => {
    const p = refundPreview({ ...paid(2), priceAmount: 18_001, currency: 'JPY' }, 'mentee', now);
    expect(p.refundAmount).toBe(9_000);
    expect(p.message).toContain('¥9,000 of ¥18,001');
  });
});

describe('canCancel / canReschedule / canRecordNoShow', () => {
  const b = (
    status: 'held' | 'confirmed' | 'cancelled' | 'completed' | 'no_show',
    start: number,
    end: number,
  ) => ({
    status,
    startsAt: at(start),
    endsAt: at(end),
  });

  it('lets a live booking be cancelled until it ends and moved until it starts', () => {
    expect(canCancel(b('confirmed', 1, 2), now)).toBe(true);
    expect(canReschedule(b('confirmed', 1, 2), now)).toBe(true);
    expect(canCancel(b('confirmed', -0.5, 0.5), now)).toBe(true);
    expect(canReschedule(b('confirmed', -0.5, 0.5), now)).toBe(false);
    expect(canCancel(b('confirmed', -2, -1), now)).toBe(false);
    expect(canCancel(b('held', 5, 6), now)).toBe(true);
  });

  it('leaves settled bookings alone', () => {
    expect(canCancel(b('cancelled', 5, 6), now)).toBe(false);
    expect(canReschedule(b('completed', 5, 6), now)).toBe(false);
  });

  it('lets a no-show be recorded once a confirmed session has started, not before and not once settled', () => {
    expect(canRecordNoShow(b('confirmed', 1, 2), now)).toBe(false);
    expect(canRecordNoShow(b('confirmed', -0.25, 0.75), now)).toBe(true);
    expect(canRecordNoShow(b('confirmed', -2, -1), now)).toBe(true);
    expect(canRecordNoShow(b('completed', -2, -1), now)).toBe(false);
    expect(canRecordNoShow(b('no_show', -2, -1), now)).toBe(false);
    expect(canRecordNoShow(b('held', -0.25, 0.75), now)).toBe(false);
  });
});
