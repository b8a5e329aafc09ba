import { cn } from '@/lib/cn';
import { formatRating } from '@/lib/format';

export function Rating({
  rating,
  className,
}: {
  rating: { average: number | null; count: number };
  className?: string;
}) {
  const shown = formatRating(rating);
  if (!shown) {
    return <span className={cn('text-sm text-ink-500', className)}>New mentor</span>;
  }
  return (
    <span className={cn('inline-flex items-center gap-1 text-sm', className)}>
      <svg viewBox="0 0 20 20" aria-hidden="true" className="size-4 fill-accent-500">
        <path d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8L1.5 7.7l5.9-.9L10 1.5z" />
      </svg>
      <span className="sr-only">{shown.label}</span>
      <span aria-hidden="true" className="font-semibold text-ink-900">
        {shown.value}
      </span>
      <span aria-hidden="true" className="text-ink-500">
        ({rating.count})
      </span>
    </span>
  );
}
