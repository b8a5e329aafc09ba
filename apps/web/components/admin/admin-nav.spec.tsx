import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { accountLinkGroups } from '@/components/site/account-links';
import { ADMIN_NAV, AdminNav } from './admin-nav';

jest.mock('next/navigation', () => ({ usePathname: () => '/admin/users' }));

describe('AdminNav', () => {
  it('links every admin page (each folder of app/admin), as the account menu does', () => {
    const pages = readdirSync(join(__dirname, '../../app/admin'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/admin/${d.name}`);
    const hrefs = ADMIN_NAV.map((item) => item.href);
    expect([...hrefs].sort()).toEqual(pages.sort());
    expect(accountLinkGroups(['admin'])[0]!.links.map((l) => l.href)).toEqual(hrefs);
  });

  it('is a named navigation with the current page marked', () => {
    const html = renderToStaticMarkup(<AdminNav />);
    expect(html).toContain('<nav aria-label="Admin"');
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/admin\/users">Users<\/a>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });
});
