import type { TRole } from '@ladder/domain';

export type TNavItem = { href: string; label: string };

export const NAV_ITEMS: readonly TNavItem[] = [
  { href: '/mentors', label: 'Find a mentor' },
  { href: '/articles', label: 'Articles' },
  { href: '/become-a-mentor', label: 'Become a mentor' },
];

const MENTOR_DASHBOARD: TNavItem = { href: '/dashboard/mentor', label: 'Mentor dashboard' };

/**
 * The main navigation for a visitor with these roles. Someone who has applied (the mentor role
 * comes with the application) gets their dashboard instead of "Become a mentor", which would only
 * redirect them there. The mobile menu lists the dashboard in its Mentoring section already, so it
 * passes `mentorLink: false` and just drops the item.
 */
export function navItems(roles: readonly TRole[] | null, { mentorLink = true } = {}): TNavItem[] {
  if (!roles?.includes('mentor')) return [...NAV_ITEMS];
  return NAV_ITEMS.flatMap((item) =>
    item.href === '/become-a-mentor' ? (mentorLink ? [MENTOR_DASHBOARD] : []) : [item],
  );
}

export const SIGN_IN: TNavItem = { href: '/sign-in', label: 'Sign in' };

/** A nav item is current on its own page and on any page below it (`/mentors/ada`). */
export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
