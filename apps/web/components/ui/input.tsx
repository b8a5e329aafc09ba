import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

/** Shared look of single-line and multi-line text fields. */
export const fieldClassName = cn(
  'w-full rounded-md border border-ink-300 bg-ink-0 px-3 text-base text-ink-900 shadow-xs sm:text-sm',
  'placeholder:text-ink-400 transition-colors',
  'hover:border-ink-400',
  'focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600/30',
  'disabled:cursor-not-allowed disabled:bg-ink-50 disabled:text-ink-500',
  'aria-invalid:border-danger-600 aria-invalid:focus-visible:outline-danger-600/30',
);

export function Input({ className, type, ...props }: ComponentProps<'input'>) {
  return <input type={type ?? 'text'} className={cn(fieldClassName, 'h-10', className)} {...props} />;
}
