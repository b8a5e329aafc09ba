import { MENTOR_NAV } from '@/components/mentor/mentor-nav';
import { accountLinkGroups } from './account-links';

describe('accountLinkGroups', () => {
  it('gives a mentee no extra sections', () => {
    expect(accountLinkGroups(['mentee'])).toEqual([]);
  });

  it('opens every page of the mentor area from the account menu, the overview first', () => {
    const [mentoring] = accountLinkGroups(['mentee', 'mentor']);
    const hrefs = mentoring!.links.map((l) => l.href);
    expect(hrefs[0]).toBe('/dashboard/mentor');
    expect([...hrefs].sort()).toEqual(MENTOR_NAV.map((item) => item.href).sort());
  });

  it('opens every admin page for an admin', () => {
    const groups = accountLinkGroups(['mentee', 'admin']);
    expect(groups.map((g) => g.label)).toEqual(['Admin']);
    expect(groups[0]!.links.map((l) => l.href).sort()).toEqual(
      ['/admin/funnel', '/admin/mentors', '/admin/reports', '/admin/revenue', '/admin/users'].sort(),
    );
  });
});
