import { renderToStaticMarkup } from 'react-dom/server';
import type { TActionBooking } from '@/lib/bookings/booking-lists';
import { BookingActions } from './booking-actions';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn() }) }));
// The buttons import server actions, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn() }));

const HOUR = 3_600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

function booking(over: Partial<TActionBooking>): TActionBooking {
  return {
    id: '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c',
    status: 'confirmed',
    startsAt: at(1),
    endsAt: at(2),
    priceAmount: 12_050,
    currency: 'EUR',
    offeringId: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
    offeringTitle: 'Career deep dive',
    mentorSlug: 'mona-mentor',
    mentorFirstName: 'Mona',
    ...over,
  };
}

const render = (b: TActionBooking, party: 'mentee' | 'mentor') =>
  renderToStaticMarkup(<BookingActions booking={b} party={party} zone="Europe/Berlin" />);

describe('BookingActions', () => {
  it('offers the mentor a no-show once the session has started', () => {
    const html = render(booking({ startsAt: at(-0.25), endsAt: at(0.5) }), 'mentor');
    expect(html).toContain('Mentee didn’t show up');
    expect(html).toContain('Cancel');
  });

  it('still offers it after the end, until Ladder marks the session completed', () => {
    const html = render(booking({ startsAt: at(-1), endsAt: at(-0.05) }), 'mentor');
    expect(html).toContain('Mentee didn’t show up');
    expect(html).not.toContain('Reschedule');
  });

  it('offers no no-show before the start, to the mentee, or for a settled session', () => {
    expect(render(booking({}), 'mentor')).not.toContain('show up');
    expect(render(booking({ startsAt: at(-0.25), endsAt: at(0.5) }), 'mentee')).not.toContain('show up');
    expect(render(booking({ status: 'completed', startsAt: at(-2), endsAt: at(-1) }), 'mentor')).toBe('');
  });
});
