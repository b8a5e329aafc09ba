'use client';

import * as LabelPrimitive from '@radix-ui/react-label';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

export function Label({ className, ...props }: ComponentProps<typeof LabelPrimitive.Root>) {
  return (
    <LabelPrimitive.Root
      className={cn(
        'text-sm font-medium text-ink-800 peer-disabled:cursor-not-allowed peer-disabled:opacity-60',
        className,
      )}
      {...props}
    />
  );
}

/** Helper text under a field; give it an id and point the field's aria-describedby at it. */
export function FieldHint({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cn('text-xs text-ink-500', className)} {...props} />;
}

/**
 * Error text under a field; announced when it appears. Pass `announce={false}` when something else
 * (an error summary that takes focus) already reads the message out.
 */
export function FieldError({
  className,
  announce = true,
  ...props
}: ComponentProps<'p'> & { announce?: boolean }) {
  return (
    <p
      role={announce ? 'alert' : undefined}
      className={cn('text-xs font-medium text-danger-700', className)}
      {...props}
    />
  );
}
