import Link from 'next/link';
import { Container } from '@/components/ui/container';
import { Logo } from './logo';

const columns = [
  {
    title: 'Mentees',
    links: [
      { href: '/mentors', label: 'Find a mentor' },
      { href: '/mentors?sort=soonest', label: 'Available this week' },
      { href: '/articles', label: 'Articles' },
    ],
  },
  {
    title: 'Mentors',
    links: [
      { href: '/become-a-mentor', label: 'Become a mentor' },
      { href: '/sign-in', label: 'Mentor sign in' },
    ],
  },
] as const;

export function SiteFooter() {
  return (
    <footer className="mt-section border-t border-ink-200 bg-ink-0">
      <Container className="grid gap-10 py-12 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <Logo />
          <p className="mt-3 max-w-sm text-sm text-ink-600">
            One-to-one growth sessions with engineers who have already made the move you are working on.
          </p>
        </div>
        {columns.map((column) => (
          <nav key={column.title} aria-label={column.title}>
            <h2 className="text-sm font-semibold text-ink-950">{column.title}</h2>
            <ul className="mt-3 space-y-2">
              {column.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-sm text-ink-600 hover:text-brand-700">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </Container>
      <Container className="flex flex-col gap-2 border-t border-ink-100 py-6 text-xs text-ink-500 sm:flex-row sm:justify-between">
        <p>© {new Date().getUTCFullYear()} Ladder. All rights reserved.</p>
        <p>Prices shown in each mentor’s currency. Times shown in your time zone when you book.</p>
      </Container>
    </footer>
  );
}
