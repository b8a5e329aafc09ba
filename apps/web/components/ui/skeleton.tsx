import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

/** A placeholder block; decorative, so hidden from assistive technology. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      aria-hidden="true"
      className={cn('animate-pulse-soft rounded-md bg-ink-200/70', className)}
      {...props}
    />
  );
}

/** Announces a loading region once, while the skeletons stay silent. */
export function LoadingRegion({ label, children, className }: ComponentProps<'div'> & { label: string }) {
  return (
    <div role="status" aria-busy="true" aria-live="polite" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
