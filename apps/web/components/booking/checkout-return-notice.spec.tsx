import { renderToStaticMarkup } from 'react-dom/server';
import { CheckoutReturnNotice } from './checkout-return-notice';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn() }) }));

const base = {
  checkout: { href: 'https://checkout.stripe.com/c/pay/cs_test_1', sameOrigin: false },
  holdUntil: 'Monday, March 9, 2026, 12:10 (Central European Time, UTC+1)',
  priceLabel: '$50.00',
  rebookHref: '/mentors/ada?offering=o1#book',
};

describe('CheckoutReturnNotice', () => {
  it('while the payment is being confirmed, says so politely and keeps the page updating', () => {
    const html = renderToStaticMarkup(<CheckoutReturnNotice notice="confirming" {...base} />);
    expect(html).toContain('Payment received — confirming…');
    expect(html).toContain('role="status"');
  });

  it('after a cancelled checkout, names the hold’s end in a named zone and links back to Stripe', () => {
    const html = renderToStaticMarkup(<CheckoutReturnNotice notice="retry" {...base} />);
    expect(html).toContain('nothing was charged');
    expect(html).toContain('until Monday, March 9, 2026, 12:10 (Central European Time, UTC+1)');
    expect(html).toContain('href="https://checkout.stripe.com/c/pay/cs_test_1"');
    expect(html).toContain('Return to checkout');
    expect(html).toContain('Cancel the booking below');
  });

  it('a refunded late payment says how much came back and offers another time', () => {
    const html = renderToStaticMarkup(<CheckoutReturnNotice notice="refunded" {...base} />);
    expect(html).toContain('refunded in full');
    expect(html).toContain('$50.00');
    expect(html).toContain('href="/mentors/ada?offering=o1#book"');
  });

  it('confirmed and ended holds', () => {
    expect(renderToStaticMarkup(<CheckoutReturnNotice notice="confirmed" {...base} />)).toContain(
      'Payment received — you’re booked!',
    );
    const ended = renderToStaticMarkup(<CheckoutReturnNotice notice="hold_ended" {...base} />);
    expect(ended).toContain('your hold has ended');
    expect(ended).toContain('Pick a time again');
  });
});
