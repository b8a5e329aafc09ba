import { checkoutNotice, checkoutReturnOf, checkoutTarget } from './checkout-return';

const NOW = Date.parse('2026-03-09T12:00:00.000Z');
const held = { status: 'held' as const, priceAmount: 5_000, holdExpiresAt: '2026-03-09T12:05:00.000Z' };

describe('checkoutReturnOf', () => {
  it('accepts only success and cancelled', () => {
    expect(checkoutReturnOf('success')).toBe('success');
    expect(checkoutReturnOf('cancelled')).toBe('cancelled');
    expect(checkoutReturnOf('paid')).toBeNull();
    expect(checkoutReturnOf(['success'])).toBeNull();
    expect(checkoutReturnOf(undefined)).toBeNull();
  });
});

describe('checkoutNotice', () => {
  it('back from a paid checkout: confirming while held (even past the hold), confirmed once confirmed', () => {
    expect(checkoutNotice(held, 'success', NOW)).toBe('confirming');
    expect(checkoutNotice({ ...held, holdExpiresAt: '2026-03-09T11:00:00.000Z' }, 'success', NOW)).toBe(
      'confirming',
    );
    expect(checkoutNotice({ ...held, status: 'expired' }, 'success', NOW)).toBe('confirming');
    expect(checkoutNotice({ ...held, status: 'confirmed' }, 'success', NOW)).toBe('confirmed');
  });

  it('a late payment refunded in full is said so, with or without the return parameter', () => {
    const refunded = { ...held, status: 'expired' as const, refundAmount: 5_000 };
    expect(checkoutNotice(refunded, 'success', NOW)).toBe('refunded');
    expect(checkoutNotice(refunded, null, NOW)).toBe('refunded');
    expect(checkoutNotice({ ...refunded, refundAmount: 0 }, null, NOW)).toBeNull();
  });

  it('back from a cancelled checkout: retry while the hold lasts, else the hold has ended', () => {
    expect(checkoutNotice(held, 'cancelled', NOW)).toBe('retry');
    expect(checkoutNotice({ ...held, holdExpiresAt: '2026-03-09T11:59:59.000Z' }, 'cancelled', NOW)).toBe(
      'hold_ended',
    );
    expect(checkoutNotice({ ...held, status: 'expired' }, 'cancelled', NOW)).toBe('hold_ended');
    expect(checkoutNotice({ ...held, status: 'cancelled' }, 'cancelled', NOW)).toBeNull();
  });

  it('says nothing on an ordinary visit', () => {
    expect(checkoutNotice(held, null, NOW)).toBeNull();
    expect(checkoutNotice({ ...held, status: 'confirmed' }, null, NOW)).toBeNull();
  });
});

describe('checkoutTarget', () => {
  const origin = 'https://ladder.dev';
  it('leaves the site for Stripe’s hosted checkout', () => {
    expect(
      checkoutTarget({ id: 'b1', checkoutUrl: 'https://checkout.stripe.com/c/pay/cs_test_1' }, origin),
    ).toEqual({ href: 'https://checkout.stripe.com/c/pay/cs_test_1', sameOrigin: false });
  });

  it('stays in the app for the offline demo page, absolute or not', () => {
    expect(checkoutTarget({ id: 'b1', checkoutUrl: 'https://ladder.dev/checkout/b1' }, origin)).toEqual({
      href: '/checkout/b1',
      sameOrigin: true,
    });
    expect(checkoutTarget({ id: 'b1' }, origin)).toEqual({ href: '/checkout/b1', sameOrigin: true });
    // The API's WEB_URL may name this app by another host (localhost vs 127.0.0.1): still ours.
    expect(checkoutTarget({ id: 'b1', checkoutUrl: 'http://127.0.0.1:3000/checkout/b1' }, origin)).toEqual({
      href: '/checkout/b1',
      sameOrigin: true,
    });
  });

  it('never follows a script URL', () => {
    expect(checkoutTarget({ id: 'b1', checkoutUrl: 'javascript:alert(1)' }, origin)).toEqual({
      href: '/checkout/b1',
      sameOrigin: true,
    });
  });
});
