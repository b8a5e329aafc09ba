'use client';

import * as DialogPrimitive from '@radix-ui/react-dialog';
import type { ComponentProps, ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { cn } from '@/lib/cn';

export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

export function DialogContent({
  className,
  children,
  side = 'center',
  closeLabel = 'Close',
  ...props
}: ComponentProps<typeof DialogPrimitive.Content> & {
  /** `center` for a modal dialog, `right` for a full-height sheet (e.g. the mobile menu). */
  side?: 'center' | 'right';
  closeLabel?: string;
  children: ReactNode;
}) {
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-ink-950/40 backdrop-blur-[2px] data-[state=open]:animate-fade-in" />
      <DialogPrimitive.Content
        className={cn(
          'fixed z-50 bg-ink-0 shadow-raised focus:outline-none',
          side === 'center' &&
            'top-1/2 left-1/2 w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 rounded-card p-6 data-[state=open]:animate-fade-in',
          side === 'right' &&
            'inset-y-0 right-0 flex h-full w-[min(20rem,100%)] flex-col p-5 data-[state=open]:animate-slide-in-right',
          className,
        )}
        {...props}
      >
        {children}
        <DialogPrimitive.Close
          className="absolute top-4 right-4 inline-flex size-9 items-center justify-center rounded-md text-ink-500 hover:bg-ink-100 hover:text-ink-900"
          aria-label={closeLabel}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
          </svg>
        </DialogPrimitive.Close>
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof DialogPrimitive.Title>) {
  return (
    <DialogPrimitive.Title
      className={cn('pr-10 text-lg font-semibold tracking-tight text-ink-950', className)}
      {...props}
    />
  );
}

export function DialogDescription({
  className,
  ...props
}: ComponentProps<typeof DialogPrimitive.Description>) {
  return <DialogPrimitive.Description className={cn('mt-1 text-sm text-ink-600', className)} {...props} />;
}

/**
 * A confirmation's buttons: the way back (closes the dialog) and the action, which shows
 * `busyLabel` with a spinner while `pending`. Side by side from `sm`, stacked (action on top) below.
 */
export function DialogConfirmActions({
  backLabel,
  backVariant = 'ghost',
  actionLabel,
  busyLabel,
  pending,
  onAction,
}: {
  backLabel: string;
  backVariant?: 'ghost' | 'secondary';
  actionLabel: string;
  busyLabel: string;
  pending: boolean;
  onAction: () => void;
}) {
  return (
    <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
      <DialogPrimitive.Close asChild>
        <Button variant={backVariant} disabled={pending}>
          {backLabel}
        </Button>
      </DialogPrimitive.Close>
      <Button variant="danger" onClick={onAction} disabled={pending} aria-busy={pending || undefined}>
        {pending ? (
          <>
            <Spinner />
            {busyLabel}
          </>
        ) : (
          actionLabel
        )}
      </Button>
    </div>
  );
}
