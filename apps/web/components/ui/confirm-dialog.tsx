'use client';

import { type ReactNode, useId } from 'react';
import {
  Dialog,
  DialogConfirmActions,
  DialogContent,
  DialogDescription,
  DialogTitle,
} from '@/components/ui/dialog';

/**
 * "Are you sure?" for a destructive action: a title, what will happen, the error of a failed
 * attempt, and the way back or the action (busy while it runs). It cannot be dismissed while
 * pending; `onClose` is called when the person leaves it (the caller clears its error there).
 */
export function ConfirmDialog({
  open,
  onClose,
  title,
  description,
  error,
  pending,
  backLabel,
  actionLabel,
  busyLabel,
  onAction,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description: ReactNode;
  error: string | null;
  pending: boolean;
  backLabel: string;
  actionLabel: string;
  busyLabel: string;
  onAction: () => void;
}) {
  const errorId = useId();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next && !pending) onClose();
      }}
    >
      {open ? (
        <DialogContent role="alertdialog" aria-describedby={error ? errorId : undefined}>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
          {error ? (
            <p id={errorId} role="alert" className="mt-4 text-sm font-medium text-danger-700">
              {error}
            </p>
          ) : null}
          <DialogConfirmActions
            backLabel={backLabel}
            actionLabel={actionLabel}
            busyLabel={busyLabel}
            pending={pending}
            onAction={onAction}
          />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
