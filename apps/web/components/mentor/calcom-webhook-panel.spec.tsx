import type { TCalcomWebhook } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { CalcomWebhookPanel } from './calcom-webhook-panel';

// The buttons import server actions, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ actionWithSession: jest.fn() }));
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const hook = (over: Partial<TCalcomWebhook> = {}): TCalcomWebhook => ({
  url: 'https://api.ladder.dev/api/v1/webhooks/calcom/7f0c1a52-5a4e-4c41-9f0e-0d7c8a1b2c3d',
  secret: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA',
  createdAt: '2026-11-28T10:00:00.000Z',
  secretRotatedAt: '2026-11-28T10:00:00.000Z',
  lastDeliveryAt: null,
  lastOutcome: null,
  ...over,
});

describe('CalcomWebhookPanel', () => {
  it('offers to create the webhook when there is none, and asks for the Cal.com link when missing', () => {
    const html = renderToStaticMarkup(
      <CalcomWebhookPanel webhook={null} timezone="Europe/Berlin" calcomLink={null} />,
    );
    expect(html).toContain('Not set up');
    expect(html).toContain('Create my webhook');
    expect(html).toContain('Add your Cal.com link too');
    expect(html).toContain('href="/dashboard/mentor/profile"');
  });

  it('shows the URL, hides the secret behind Show, and says nothing arrived yet', () => {
    const html = renderToStaticMarkup(
      <CalcomWebhookPanel webhook={hook()} timezone="Europe/Berlin" calcomLink="https://cal.com/priya" />,
    );
    expect(html).toContain('value="https://api.ladder.dev/api/v1/webhooks/calcom/7f0c1a52');
    expect(html).toMatch(/type="password"[^>]*value="c2VjcmV0/);
    expect(html).toContain('>Show<');
    expect(html).toContain('Waiting for Cal.com');
    expect(html).toContain('Nothing has arrived from Cal.com yet.');
    expect(html).not.toContain('Add your Cal.com link too');
  });

  it("shows the last delivery in the mentor's named zone, in words", () => {
    const html = renderToStaticMarkup(
      <CalcomWebhookPanel
        webhook={hook({ lastDeliveryAt: '2026-11-28T12:30:00.000Z', lastOutcome: 'ignored:ping' })}
        timezone="Europe/Berlin"
        calcomLink="https://cal.com/priya"
      />,
    );
    expect(html).toContain('Receiving');
    expect(html).toContain('1:30 PM');
    expect(html).toContain('GMT+1');
    expect(html).toContain('Ping received: the URL and secret are right.');
    expect(html).not.toContain('ignored:ping');
  });
});
