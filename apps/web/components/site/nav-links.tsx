'use client';

import type { TRole } from '@ladder/domain';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/cn';
import { isCurrent, navItems } from './nav-items';

export function NavLinks({ roles, className }: { roles: readonly TRole[] | null; className?: string }) {
  const pathname = usePathname();
  return (
    <ul className={cn('flex items-center gap-1', className)}>
      {navItems(roles).map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? 'page' : undefined}
              className={cn(
                'rounded-md px-3 py-2 text-sm font-medium text-ink-700 transition-colors hover:bg-ink-100 hover:text-ink-950',
                current && 'bg-brand-50 text-brand-800 hover:bg-brand-100 hover:text-brand-900',
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
