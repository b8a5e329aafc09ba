import { renderToStaticMarkup } from 'react-dom/server';
import type { TMentorBooking } from '@/lib/api/mentor-profile';
import { NextSessions } from './next-sessions';

const NOW = Date.parse('2026-11-28T12:00:00.000Z');

function booking(
  id: string,
  startsAt: string,
  endsAt: string,
  status: TMentorBooking['status'],
): TMentorBooking {
  return {
    id,
    mentorId: '7bb65d06-44d2-4e4b-b61e-dd861f8b3f0a',
    menteeId: '46911cf4-d391-4601-9ec3-215a63644679',
    offeringId: '3b277ccd-1bad-4fee-be66-65d4022a13a5',
    status,
    startsAt,
    endsAt,
    priceAmount: 12_050,
    currency: 'EUR',
    offering: { title: 'Career deep dive', durationMinutes: 45 },
    mentee: { name: 'Sam Mentee', timezone: 'Europe/Berlin' },
  };
}

const NEXT = 'aa1344aa-a754-4580-a4bf-471bd3541027';
const PAST = 'ec003748-f80d-4d22-acba-13b476afd132';

describe('NextSessions', () => {
  it('links each upcoming session to its page, and every session (past ones too) to the dashboard', () => {
    const html = renderToStaticMarkup(
      <NextSessions
        zone="Europe/Berlin"
        now={NOW}
        bookings={{
          ok: true,
          data: {
            items: [
              booking(NEXT, '2026-11-30T08:00:00.000Z', '2026-11-30T08:45:00.000Z', 'confirmed'),
              booking(PAST, '2026-11-26T10:00:00.000Z', '2026-11-26T10:45:00.000Z', 'completed'),
            ],
          },
        }}
      />,
    );
    expect(html).toContain(`href="/dashboard/bookings/${NEXT}"`);
    expect(html).not.toContain(PAST);
    expect(html).toContain('09:00–09:45');
    expect(html).toContain('Career deep dive with Sam Mentee');
    expect(html).toContain('href="/dashboard"');
  });

  it('still points to all sessions when none is upcoming', () => {
    const html = renderToStaticMarkup(
      <NextSessions zone="Europe/Berlin" now={NOW} bookings={{ ok: true, data: { items: [] } }} />,
    );
    expect(html).toContain('No upcoming sessions yet');
    expect(html).toContain('href="/dashboard"');
  });
});
