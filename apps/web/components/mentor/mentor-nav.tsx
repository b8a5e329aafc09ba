import { SectionNav } from '@/components/ui/section-nav';

export const MENTOR_NAV = [
  { href: '/dashboard/mentor', label: 'Overview', exact: true },
  { href: '/dashboard/mentor/profile', label: 'Profile', exact: false },
  { href: '/dashboard/mentor/offerings', label: 'Offerings', exact: false },
  { href: '/dashboard/mentor/availability', label: 'Availability', exact: false },
  { href: '/dashboard/mentor/articles', label: 'Articles', exact: false },
  { href: '/dashboard/mentor/calcom', label: 'Cal.com', exact: false },
  { href: '/dashboard/mentor/payouts', label: 'Payouts', exact: false },
  { href: '/dashboard/mentor/earnings', label: 'Earnings', exact: false },
] as const;

/** The mentor area's sections. */
export function MentorNav() {
  return <SectionNav label="Mentor" items={MENTOR_NAV} />;
}
