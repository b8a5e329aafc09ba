import type { TRole } from '@ladder/domain';

/** `icon` is the `d` of a 24×24 stroked path, drawn like the menu's other icons. */
export type TAccountLink = { href: string; label: string; icon: string };
export type TAccountLinkGroup = { label: string; links: readonly TAccountLink[] };

const MENTOR_LINKS: TAccountLinkGroup = {
  label: 'Mentoring',
  links: [
    {
      href: '/dashboard/mentor',
      label: 'Mentor dashboard',
      icon: 'M4 4h7v7H4zM13 4h7v4h-7zM13 10h7v10h-7zM4 13h7v7H4z',
    },
    {
      href: '/dashboard/mentor/profile',
      label: 'My profile',
      icon: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0',
    },
    { href: '/dashboard/mentor/offerings', label: 'Offerings', icon: 'M4 7h16M4 12h16M4 17h10' },
    {
      href: '/dashboard/mentor/availability',
      label: 'Availability',
      icon: 'M4 6.5h16v13H4zM4 10.5h16M8.5 4v4M15.5 4v4',
    },
    {
      href: '/dashboard/mentor/articles',
      label: 'My articles',
      icon: 'M7 3.5h7l4 4v13H7zM14 3.5v4h4M10 12h5M10 15.5h5',
    },
    { href: '/dashboard/mentor/calcom', label: 'Cal.com', icon: 'M4 6.5h16v13H4zM4 10.5h16M9 15l2 2 4-4' },
    { href: '/dashboard/mentor/payouts', label: 'Payouts', icon: 'M3.5 6.5h17v11h-17zM3.5 10h17M7 14.5h3' },
    { href: '/dashboard/mentor/earnings', label: 'Earnings', icon: 'M4 19h16M7 16V9m5 7V5m5 11v-4' },
  ],
};

const ADMIN_LINKS: TAccountLinkGroup = {
  label: 'Admin',
  links: [
    {
      href: '/admin/mentors',
      label: 'Applications',
      icon: 'M9 5h6M9 3.5h6v3H9zM7 5H5.5v15.5h13V5H17M9 12l2 2 4-4',
    },
    { href: '/admin/funnel', label: 'Funnel', icon: 'M4 5h16l-6 7v6l-4 2v-8z' },
    { href: '/admin/reports', label: 'Reports', icon: 'M5 21V4m0 0h11l-2 4 2 4H5' },
    {
      href: '/admin/users',
      label: 'Users',
      icon: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6 9a6 6 0 0 1 12 0m2-9a3 3 0 1 0 0-6m4 15a6 6 0 0 0-4-5.6',
    },
    { href: '/admin/revenue', label: 'Revenue', icon: 'M4 19h16M7 16V9m5 7V5m5 11v-4' },
  ],
};

/** The extra menu sections a user's roles open: mentor pages, admin pages. */
export function accountLinkGroups(roles: readonly TRole[]): TAccountLinkGroup[] {
  const groups: TAccountLinkGroup[] = [];
  if (roles.includes('mentor')) groups.push(MENTOR_LINKS);
  if (roles.includes('admin')) groups.push(ADMIN_LINKS);
  return groups;
}
