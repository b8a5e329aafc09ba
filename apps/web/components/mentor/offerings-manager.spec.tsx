import type { TOffering } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { OfferingsManager } from './offerings-manager';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn() }) }));
// The manager imports server actions, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ actionWithSession: jest.fn(), callWithSession: jest.fn() }));

const offering = (over: Partial<TOffering>): TOffering => ({
  id: 'd0000000-0000-4000-8000-000000000000',
  title: 'Deep dive',
  description: null,
  durationMinutes: 60,
  priceAmount: 12_000,
  currency: 'EUR',
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  active: true,
  ...over,
});

describe('OfferingsManager', () => {
  it('shows each session type’s own title and length, and “Free” as the price of a free one', () => {
    const html = renderToStaticMarkup(
      <OfferingsManager
        initial={[
          offering({
            id: 'd0000000-0000-4000-8000-000000000001',
            title: 'Portfolio review',
            durationMinutes: 45,
            priceAmount: 0,
          }),
          offering({ id: 'd0000000-0000-4000-8000-000000000002' }),
        ]}
      />,
    );
    expect(html).toContain('Portfolio review');
    expect(html).toMatch(/45 min · <span[^>]*>Free<\/span><\/p>/);
    expect(html).not.toContain('intro call');
    expect(html).toMatch(/1 h · <span[^>]*>€120\.00<\/span><\/p>/);
  });
});
