import type { TAdminUser, TMentorEarnings, TRevenueReport } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { EarningsSummary } from '@/components/mentor/earnings-summary';
import { RevenueReport } from './revenue-report';
import { UserRow, UsersTable } from './users-table';

// The table imports server actions, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ actionWithSession: jest.fn() }));
jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn() }) }));

const ME = 'a0000000-0000-4000-8000-000000000000';
const user = (over: Partial<TAdminUser> = {}): TAdminUser => ({
  id: 'b0000000-0000-4000-8000-000000000000',
  email: 'sam@example.com',
  name: 'Sam Lee',
  roles: ['mentee'],
  status: 'active',
  createdAt: '2026-03-09T14:00:00.000Z',
  ...over,
});
const row = (u: TAdminUser) =>
  renderToStaticMarkup(
    <table>
      <tbody>
        <UserRow
          user={u}
          viewerId={ME}
          busy={false}
          disabled={false}
          onSuspend={() => {}}
          onUnsuspend={() => {}}
        />
      </tbody>
    </table>,
  );

describe('UsersTable', () => {
  it('shows an active account with its roles, join date and a Suspend button', () => {
    const html = row(
      user({ roles: ['mentee', 'mentor'], mentorProfile: { id: ME, slug: 'sam-lee', status: 'approved' } }),
    );
    expect(html).toContain('Sam Lee');
    expect(html).toContain('sam@example.com');
    expect(html).toContain('Active');
    expect(html).toContain('Mentor');
    expect(html).toContain('href="/mentors/sam-lee"');
    expect(html).toContain('Mar 9, 2026');
    expect(html).toContain('Suspend…');
    expect(html).not.toContain('Unsuspend');
  });

  it('shows a suspended account with the reason and an Unsuspend button', () => {
    const html = row(
      user({
        status: 'suspended',
        suspension: { reason: 'Spam <b>offers</b>', suspendedAt: '2026-03-10T10:00:00.000Z' },
      }),
    );
    expect(html).toContain('Suspended');
    expect(html).toContain('Spam &lt;b&gt;offers&lt;/b&gt;');
    expect(html).toContain('Unsuspend');
  });

  it('offers no Suspend for admins or oneself', () => {
    expect(row(user({ roles: ['mentee', 'admin'] }))).not.toContain('Suspend');
    expect(row(user({ id: ME }))).not.toContain('Suspend');
  });

  it('has an empty state', () => {
    expect(renderToStaticMarkup(<UsersTable items={[]} viewerId={ME} />)).toContain('No accounts found');
  });

  it('stacks each account under sm instead of scrolling a wide table sideways (the browser journey checks 375px)', () => {
    const html = renderToStaticMarkup(<UsersTable items={[user()]} viewerId={ME} />);
    expect(html).not.toContain('overflow-x-auto');
    expect(html).toMatch(/<table class="block [^"]*sm:table"/);
    expect(html).toMatch(/<thead class="hidden [^"]*sm:table-header-group"/);
    expect(html).toMatch(/<tr class="flex flex-col [^"]*sm:table-row/);
    // The column header is hidden on phones: the date says what it is.
    expect(html).toMatch(/<span class="sm:hidden">Joined <\/span><time/);
  });
});

const zeros = { gross: 0, platformFees: 0, refunds: 0, refundedFees: 0, netRevenue: 0, paidBookings: 0 };

describe('RevenueReport', () => {
  it('shows totals formatted per currency and every day, newest first, with a bar', () => {
    const report: TRevenueReport = {
      days: 7,
      from: '2026-03-03T00:00:00.000Z',
      to: '2026-03-09T12:00:00.000Z',
      currencies: [
        {
          currency: 'USD',
          gross: 30_000,
          platformFees: 4_500,
          refunds: 15_000,
          refundedFees: 2_250,
          netRevenue: 2_250,
          paidBookings: 3,
          series: [
            { date: '2026-03-08', ...zeros },
            {
              date: '2026-03-09',
              ...zeros,
              gross: 30_000,
              platformFees: 4_500,
              refunds: 15_000,
              refundedFees: 2_250,
              netRevenue: 2_250,
              paidBookings: 3,
            },
          ],
        },
      ],
    };
    const html = renderToStaticMarkup(<RevenueReport report={report} />);
    expect(html).toContain('$300.00');
    expect(html).toContain('$45.00');
    expect(html).toContain('$150.00');
    expect(html).toContain('$22.50');
    expect(html).toContain('$0.00');
    expect(html.indexOf('Mon 9 Mar')).toBeLessThan(html.indexOf('Sun 8 Mar'));
    expect(html).toContain('width:100%');
    expect(html).toContain('width:0%');
  });

  it('has an empty state', () => {
    const html = renderToStaticMarkup(
      <RevenueReport
        report={{
          days: 30,
          from: '2026-02-08T00:00:00.000Z',
          to: '2026-03-09T00:00:00.000Z',
          currencies: [],
        }}
      />,
    );
    expect(html).toContain('No payments in this period');
  });
});

describe('EarningsSummary', () => {
  it('shows earned, upcoming and refunded, and recent payments in the named zone', () => {
    const earnings: TMentorEarnings = {
      currencies: [{ currency: 'EUR', earned: 12_750, upcoming: 8_500, refunded: 15_000, paidBookings: 4 }],
      recent: [
        {
          bookingId: 'c0000000-0000-4000-8000-000000000000',
          menteeName: 'Priya',
          startsAt: '2026-03-10T09:00:00.000Z',
          status: 'cancelled',
          currency: 'EUR',
          amount: 10_000,
          platformFee: 1_500,
          refunded: 5_000,
          mentorShare: 4_250,
          paidAt: '2026-03-09T09:00:00.000Z',
        },
      ],
    };
    const html = renderToStaticMarkup(<EarningsSummary earnings={earnings} zone="Europe/Berlin" />);
    expect(html).toContain('€127.50');
    expect(html).toContain('€85.00');
    expect(html).toContain('€150.00');
    expect(html).toContain('€42.50');
    expect(html).toContain('Priya');
    expect(html).toContain('Europe/Berlin');
    expect(html).toContain('10:00 AM');
    expect(html).toContain('Cancelled');
  });

  it('shows the fee Ladder keeps: none after a full refund, the unrefunded share after a partial one', () => {
    const payment = {
      menteeName: 'Rex',
      startsAt: '2026-03-10T09:00:00.000Z',
      status: 'cancelled' as const,
      currency: 'EUR',
      paidAt: '2026-03-09T09:00:00.000Z',
    };
    const html = renderToStaticMarkup(
      <EarningsSummary
        earnings={{
          currencies: [{ currency: 'EUR', earned: 4_250, upcoming: 0, refunded: 17_050, paidBookings: 2 }],
          recent: [
            {
              ...payment,
              bookingId: 'c0000000-0000-4000-8000-000000000001',
              amount: 12_050,
              platformFee: 1_807,
              refunded: 12_050,
              mentorShare: 0,
            },
            {
              ...payment,
              bookingId: 'c0000000-0000-4000-8000-000000000002',
              amount: 10_000,
              platformFee: 1_500,
              refunded: 5_000,
              mentorShare: 4_250,
            },
          ],
        }}
        zone="UTC"
      />,
    );
    const cells = (bookingId: string) =>
      [
        ...html
          .split(bookingId)[1]!
          .split('</tr>')[0]!
          .matchAll(/<td[^>]*>([^<]*)<\/td>/g),
      ].map((m) => m[1]);
    // Paid, fee kept, refunded, yours: they add up to what was paid.
    expect(cells('c0000000-0000-4000-8000-000000000001')).toEqual(['€120.50', '€0.00', '€120.50', '€0.00']);
    expect(cells('c0000000-0000-4000-8000-000000000002')).toEqual(['€100.00', '€7.50', '€50.00', '€42.50']);
    expect(html).not.toContain('€18.07');
  });

  it('has an empty state', () => {
    const html = renderToStaticMarkup(
      <EarningsSummary earnings={{ currencies: [], recent: [] }} zone="UTC" />,
    );
    expect(html).toContain('No paid sessions yet');
  });
});
