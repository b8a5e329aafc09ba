import { renderToStaticMarkup } from 'react-dom/server';
import { navItems } from './nav-items';
import { NavLinks } from './nav-links';

jest.mock('next/navigation', () => ({ usePathname: () => '/dashboard/mentor/profile' }));

describe('navItems', () => {
  it('invites visitors and mentees to become a mentor', () => {
    for (const roles of [null, ['mentee'] as const]) {
      expect(navItems(roles).map((i) => i.label)).toEqual(['Find a mentor', 'Articles', 'Become a mentor']);
    }
  });

  it('takes someone with a mentor profile to their dashboard instead', () => {
    expect(navItems(['mentee', 'mentor'])).toEqual([
      { href: '/mentors', label: 'Find a mentor' },
      { href: '/articles', label: 'Articles' },
      { href: '/dashboard/mentor', label: 'Mentor dashboard' },
    ]);
    // The mobile menu has its own Mentoring section with the dashboard: no second link there.
    expect(navItems(['mentee', 'mentor'], { mentorLink: false }).map((i) => i.href)).toEqual([
      '/mentors',
      '/articles',
    ]);
  });

  it('is what the header shows, the dashboard marked current inside the mentor area', () => {
    const mentor = renderToStaticMarkup(<NavLinks roles={['mentee', 'mentor']} />);
    expect(mentor).not.toContain('Become a mentor');
    expect(mentor).toMatch(/<a aria-current="page"[^>]*href="\/dashboard\/mentor">Mentor dashboard<\/a>/);
    expect(renderToStaticMarkup(<NavLinks roles={null} />)).toContain('href="/become-a-mentor"');
  });
});
