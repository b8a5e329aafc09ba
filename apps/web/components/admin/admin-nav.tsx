import { SectionNav } from '@/components/ui/section-nav';

/** The admin area's pages (app/admin/*), in the order of the account menu's Admin section. */
export const ADMIN_NAV = [
  { href: '/admin/mentors', label: 'Applications', exact: false },
  { href: '/admin/funnel', label: 'Funnel', exact: false },
  { href: '/admin/reports', label: 'Reports', exact: false },
  { href: '/admin/users', label: 'Users', exact: false },
  { href: '/admin/revenue', label: 'Revenue', exact: false },
] as const;

/** The admin area's sections, like the mentor area's. */
export function AdminNav() {
  return <SectionNav label="Admin" items={ADMIN_NAV} />;
}
