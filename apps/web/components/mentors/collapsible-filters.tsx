'use client';

import { type ReactNode, useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';

/**
 * On phones the filters fold away behind a toggle; from the `lg` breakpoint they are always shown.
 * Rendered open on the server when filters are active, so nothing is hidden without JavaScript
 * that the person already chose.
 */
export function CollapsibleFilters({
  defaultOpen,
  activeCount,
  children,
}: {
  defaultOpen: boolean;
  activeCount: number;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="flex w-full items-center justify-between rounded-md border border-ink-200 bg-ink-0 px-3 py-2 text-sm font-medium text-ink-800 hover:bg-ink-50 lg:hidden"
      >
        <span className="inline-flex items-center gap-2">
          Filters and sorting
          {activeCount > 0 ? <Badge tone="brand">{activeCount} active</Badge> : null}
        </span>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          fill="currentColor"
          className={cn('size-4 text-ink-500 transition-transform', open && 'rotate-180')}
        >
          <path
            fillRule="evenodd"
            d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z"
            clipRule="evenodd"
          />
        </svg>
      </button>
      <div id={id} className={cn('space-y-5', open ? 'block' : 'hidden', 'lg:block')}>
        {children}
      </div>
    </>
  );
}
