import { renderToStaticMarkup } from 'react-dom/server';
import { PaymentFacts, paymentFacts } from './payment-facts';

const booking = (over: Partial<Parameters<typeof paymentFacts>[0]> = {}) => ({
  status: 'completed' as const,
  priceAmount: 12_500,
  currency: 'USD',
  refundAmount: null,
  cancelledBy: null,
  ...over,
});

const pairs = (b: Parameters<typeof paymentFacts>[0]) =>
  paymentFacts(b, 'mentee').map((f) => `${f.term}: ${f.detail}`);

describe('PaymentFacts', () => {
  it('says a completed paid session was paid, and any refund', () => {
    expect(pairs(booking())).toEqual(['Price: $125.00', 'Paid: $125.00']);
    expect(pairs(booking({ refundAmount: 5_000 }))).toEqual([
      'Price: $125.00',
      'Paid: $125.00',
      'Refunded: $50.00',
    ]);
  });

  it('says a free session was free', () => {
    expect(pairs(booking({ priceAmount: 0 }))).toEqual(['Price: Free session', 'Payment: Nothing to pay']);
  });

  it('covers holds, cancellations and expired holds', () => {
    expect(pairs(booking({ status: 'held' }))).toEqual(['Price: $125.00', 'Payment: Not paid yet']);
    expect(pairs(booking({ status: 'cancelled', cancelledBy: 'mentee', refundAmount: 12_500 }))).toEqual([
      'Price: $125.00',
      'Cancelled by: you',
      'Refund: $125.00',
    ]);
    expect(pairs(booking({ status: 'expired' }))).toEqual([
      'Price: $125.00',
      'Payment: Not paid: the hold expired',
    ]);
    expect(pairs(booking({ status: 'expired', refundAmount: 12_500 }))).toEqual([
      'Price: $125.00',
      'Refunded in full: $125.00',
    ]);
  });

  it('puts only dt/dd groups inside the dl (no <p> in a <dl>)', () => {
    for (const status of ['held', 'confirmed', 'completed', 'cancelled', 'expired'] as const) {
      const html = renderToStaticMarkup(<PaymentFacts booking={booking({ status })} party="mentee" />);
      const inner = html.replace(/^<dl[^>]*>/, '').replace(/<\/dl>$/, '');
      expect(inner).not.toContain('<p');
      expect(inner.replace(/<div[^>]*><dt[^>]*>[^<]*<\/dt><dd[^>]*>[^<]*<\/dd><\/div>/g, '')).toBe('');
    }
  });
});
