import Link from 'next/link';
import { cn } from '@/lib/cn';

/** "Last 7 / 30 / 90 days" links for an admin report at `path` (`?days=`), the current one marked. */
export function PeriodPicker({
  path,
  windows,
  current,
}: {
  path: string;
  windows: readonly number[];
  current: number;
}) {
  return (
    <nav aria-label="Period" className="mb-6 flex gap-2">
      {windows.map((d) => (
        <Link
          key={d}
          href={`${path}?days=${d}`}
          aria-current={d === current ? 'page' : undefined}
          className={cn(
            'inline-flex h-9 items-center rounded-pill border px-3 text-sm font-medium',
            d === current
              ? 'border-brand-600 bg-brand-50 text-brand-800'
              : 'border-ink-200 text-ink-600 hover:border-ink-300 hover:text-ink-900',
          )}
        >
          Last {d} days
        </Link>
      ))}
    </nav>
  );
}
