import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/**
 * What a page shows instead of crashing when data could not be loaded. It is a polite live region
 * so screen readers hear about the failure.
 */
export function ErrorState({
  title,
  description = 'Please try again in a moment. If it keeps happening, we are probably already on it.',
  action,
  reference,
  className,
}: {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  /** A request id or error digest the user can quote to support. */
  reference?: string;
  className?: string;
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={cn(
        'flex flex-col items-center rounded-card border border-danger-100 bg-danger-50/60 px-6 py-12 text-center',
        className,
      )}
    >
      <div
        aria-hidden="true"
        className="mb-4 flex size-12 items-center justify-center rounded-pill bg-danger-100 text-danger-700"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          className="size-6"
        >
          <path d="M12 8v5" strokeLinecap="round" />
          <circle cx="12" cy="16.5" r="0.75" fill="currentColor" />
          <path d="M10.3 3.9 2.6 17.2A2 2 0 0 0 4.3 20h15.4a2 2 0 0 0 1.7-2.8L13.7 3.9a2 2 0 0 0-3.4 0Z" />
        </svg>
      </div>
      <h2 className="text-lg font-semibold text-ink-950">{title}</h2>
      <div className="mt-1 max-w-md text-sm text-ink-700">{description}</div>
      {action ? <div className="mt-6 flex flex-wrap justify-center gap-3">{action}</div> : null}
      {reference ? <p className="mt-4 font-mono text-xs text-ink-500">Reference: {reference}</p> : null}
    </div>
  );
}
