import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn';

export const alertVariants = cva('flex gap-3 rounded-lg border p-4 text-sm', {
  variants: {
    tone: {
      info: 'border-brand-200 bg-brand-50 text-brand-900',
      success: 'border-success-100 bg-success-50 text-success-700',
      warning: 'border-warning-100 bg-warning-50 text-warning-700',
      danger: 'border-danger-100 bg-danger-50 text-danger-700',
    },
  },
  defaultVariants: { tone: 'info' },
});

const icons: Record<NonNullable<VariantProps<typeof alertVariants>['tone']>, ReactNode> = {
  info: <path d="M12 16v-4m0-4h.01M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0Z" />,
  success: <path d="m8.5 12.5 2.5 2.5 5-5.5M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0Z" />,
  warning: (
    <path d="M12 9v4m0 3.5h.01M10.3 3.9 2.6 17.2A2 2 0 0 0 4.3 20h15.4a2 2 0 0 0 1.7-2.8L13.7 3.9a2 2 0 0 0-3.4 0Z" />
  ),
  danger: <path d="M12 8v5m0 3.5h.01M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0Z" />,
};

/**
 * A message inside the page: a confirmation, a notice, a problem. Give it `role="status"` (polite)
 * or `role="alert"` when it appears in response to something the visitor did.
 */
export function Alert({
  tone,
  title,
  children,
  className,
  ...props
}: Omit<ComponentProps<'div'>, 'title'> & VariantProps<typeof alertVariants> & { title?: ReactNode }) {
  return (
    <div className={cn(alertVariants({ tone }), className)} {...props}>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="mt-0.5 size-5 shrink-0"
      >
        {icons[tone ?? 'info']}
      </svg>
      {/* Emails and links in a message can be longer than a phone is wide: they wrap anywhere. */}
      <div className="min-w-0 flex-1 wrap-anywhere">
        {title ? <p className="font-semibold">{title}</p> : null}
        <div className={cn(title ? 'mt-1' : undefined, '[&_a]:font-medium [&_a]:underline')}>{children}</div>
      </div>
    </div>
  );
}
