import { renderToStaticMarkup } from 'react-dom/server';
import type { TStoredAvailability } from '@/lib/api/mentor-profile';
import { AvailabilityEditor } from './availability-editor';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn() }) }));
// The save button imports a server action, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn() }));

const stored: TStoredAvailability = {
  timezone: 'Europe/Berlin',
  weekly: [{ weekday: 1, start: '09:00', end: '17:00' }],
  overrides: [
    { date: '2026-12-01', intervals: [] },
    { date: '2026-12-02', intervals: [{ start: '10:00', end: '12:00' }] },
  ],
  horizonDays: 60,
  dailyCap: null,
  updatedAt: '2026-11-28T20:00:00.000Z',
};

function render(): string {
  return renderToStaticMarkup(
    <AvailabilityEditor initial={stored} offerings={[]} todayInZone="2026-11-28" />,
  );
}

describe('AvailabilityEditor', () => {
  it('renders the same markup every time, so the browser hydrates what the server sent', () => {
    // The server has rendered other pages before (its draft counters moved on); the browser has not.
    const server = render();
    const browser = render();
    expect(browser).toBe(server);
  });

  it('names each override’s day-off / custom-hours radio group after its date', () => {
    const html = render();
    expect(html.match(/name="override-2026-12-01-mode"/g)).toHaveLength(2);
    expect(html.match(/name="override-2026-12-02-mode"/g)).toHaveLength(2);
  });
});
