export type TNavItem = { href: string; label: string };

export const NAV_ITEMS: readonly TNavItem[] = [
  { href: '/mentors', label: 'Find a mentor' },
  { href: '/articles', label: 'Articles' },
  { href: '/become-a-mentor', label: 'Become a mentor' },
];

export const SIGN_IN: TNavItem = { href: '/sign-in', label: 'Sign in' };

/** A nav item is current on its own page and on any page below it (`/mentors/ada`). */
export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
