'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/cn';

export type TSectionNavItem = { href: string; label: string; exact: boolean };

/** An area's sections (mentor, admin) as a row of tabs-like links that scrolls sideways on phones. */
export function SectionNav({ label, items }: { label: string; items: readonly TSectionNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mx-gutter overflow-x-auto border-b border-ink-200 px-gutter">
      <ul className="flex min-w-max gap-0.5 sm:gap-1">
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  '-mb-px inline-flex h-11 items-center border-b-2 px-2 text-sm font-medium transition-colors sm:px-3',
                  current
                    ? 'border-brand-600 text-brand-800'
                    : 'border-transparent text-ink-600 hover:border-ink-300 hover:text-ink-900',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
