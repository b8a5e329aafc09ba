import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

export const badgeVariants = cva(
  'inline-flex max-w-full items-center gap-1 truncate rounded-pill border px-2.5 py-0.5 text-xs font-medium',
  {
    variants: {
      tone: {
        neutral: 'border-ink-200 bg-ink-50 text-ink-700',
        brand: 'border-brand-200 bg-brand-50 text-brand-800',
        success: 'border-success-100 bg-success-50 text-success-700',
        warning: 'border-warning-100 bg-warning-50 text-warning-700',
        danger: 'border-danger-100 bg-danger-50 text-danger-700',
      },
    },
    defaultVariants: { tone: 'neutral' },
  },
);

export type BadgeProps = ComponentProps<'span'> & VariantProps<typeof badgeVariants>;

/** A small label: a status, a skill, a topic. */
export function Badge({ className, tone, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}

/** A list of tags, rendered as a real list for assistive technology. */
export function TagList({
  tags,
  label,
  max,
  tone = 'neutral',
  className,
}: {
  tags: readonly string[];
  label: string;
  max?: number;
  tone?: BadgeProps['tone'];
  className?: string;
}) {
  if (tags.length === 0) return null;
  const shown = max === undefined ? tags : tags.slice(0, max);
  const hidden = tags.length - shown.length;
  return (
    <ul aria-label={label} className={cn('flex flex-wrap gap-1.5', className)}>
      {shown.map((tag) => (
        <li key={tag}>
          <Badge tone={tone}>{tag}</Badge>
        </li>
      ))}
      {hidden > 0 ? (
        <li>
          <Badge tone="neutral" title={tags.slice(shown.length).join(', ')}>
            +{hidden} more
          </Badge>
        </li>
      ) : null}
    </ul>
  );
}
