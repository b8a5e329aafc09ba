import { renderToStaticMarkup } from 'react-dom/server';
import type { TBookingView } from '@/lib/api/bookings';
import { BookingRow } from './booking-list';

jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn(), actionWithSession: jest.fn() }));

const booking: TBookingView = {
  id: '6f1c2d3e-4a5b-4c6d-8e7f-000000000001',
  mentorId: 'm',
  menteeId: 'mentee-user',
  offeringId: 'o',
  status: 'confirmed',
  startsAt: '2026-12-03T04:30:00.000Z',
  endsAt: '2026-12-03T05:30:00.000Z',
  priceAmount: 15_000,
  currency: 'USD',
  source: 'ladder',
  offering: { title: 'Growth session', durationMinutes: 60 },
  mentor: { name: 'Priya Raman', slug: 'priya-raman', timezone: 'Asia/Kolkata', userId: 'mentor-user' },
  mentee: { name: 'Sam Mentee', timezone: 'Europe/Berlin' },
  cancelledBy: null,
  createdAt: '2026-11-20T10:00:00.000Z',
};

function row(userId: string, showRole: boolean): string {
  return renderToStaticMarkup(
    <ul>
      <BookingRow booking={booking} userId={userId} zone="Europe/Berlin" upcoming showRole={showRole} />
    </ul>,
  );
}

describe('BookingRow', () => {
  it('does not label a mentee’s own sessions "as mentee" when they are only ever the mentee', () => {
    const html = row('mentee-user', false);
    expect(html).toContain('Priya Raman');
    expect(html).toContain('5:30 AM – 6:30 AM');
    expect(html).not.toContain('as mentee');
  });

  it('says which side of the session a mentor is on, since they can be either', () => {
    expect(row('mentor-user', true)).toContain('as mentor');
    expect(row('mentee-user', true)).toContain('as mentee');
  });
});
