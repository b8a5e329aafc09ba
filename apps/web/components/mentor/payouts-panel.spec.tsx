import type { TPayoutStatus } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { PayoutsPanel } from './payouts-panel';

// The button imports a server action, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn() }));

const status = (over: Partial<TPayoutStatus>): TPayoutStatus => ({
  provider: 'stripe',
  status: 'not_connected',
  chargesEnabled: false,
  payoutsEnabled: false,
  detailsSubmitted: false,
  ...over,
});

describe('PayoutsPanel', () => {
  it('labels the offline provider as demo mode and offers nothing to connect', () => {
    const html = renderToStaticMarkup(
      <PayoutsPanel status={status({ provider: 'offline' })} returned={null} />,
    );
    expect(html).toContain('Demo mode');
    expect(html).toContain('no money moves');
    expect(html).not.toContain('<button');
  });

  it('offers to connect when there is no account', () => {
    const html = renderToStaticMarkup(<PayoutsPanel status={status({})} returned={null} />);
    expect(html).toContain('Not connected');
    expect(html).toContain('Connect payouts with Stripe');
    expect(html).not.toContain('Continue onboarding');
  });

  it('offers to continue while Stripe still needs details, and shows which flags are on', () => {
    const html = renderToStaticMarkup(
      <PayoutsPanel status={status({ status: 'pending', detailsSubmitted: true })} returned="return" />,
    );
    expect(html).toContain('Onboarding in progress');
    expect(html).toContain('Continue onboarding');
    expect(html).toContain('Stripe is checking your details');
    expect(html.match(/>Yes</g)).toHaveLength(1);
    expect(html.match(/>Not yet</g)).toHaveLength(2);
  });

  it('explains an expired onboarding link', () => {
    const html = renderToStaticMarkup(
      <PayoutsPanel status={status({ status: 'pending' })} returned="refresh" />,
    );
    expect(html).toContain('That onboarding link expired');
    expect(html).toContain('Continue onboarding');
  });

  it('says payouts are on, with no button, once enabled', () => {
    const html = renderToStaticMarkup(
      <PayoutsPanel
        status={status({
          status: 'enabled',
          chargesEnabled: true,
          payoutsEnabled: true,
          detailsSubmitted: true,
        })}
        returned="return"
      />,
    );
    expect(html).toContain('Payouts enabled');
    expect(html).toContain('You’re ready to be paid');
    expect(html).not.toContain('Stripe is checking your details');
    expect(html).not.toContain('<button');
  });
});
