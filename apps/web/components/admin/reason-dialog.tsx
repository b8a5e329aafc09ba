'use client';

import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';

/**
 * An admin decision that needs a written reason the person will receive (reject an application,
 * suspend an account): a confirm dialog with a checked reason box. Open while `target` is set.
 */
export function ReasonDialog<T>({
  target,
  title,
  description,
  placeholder,
  maxLength,
  rows = 4,
  hint,
  problemWith,
  submitLabel,
  onClose,
  onSubmit,
}: {
  target: T | null;
  title: (target: T) => string;
  description: ReactNode;
  placeholder: string;
  maxLength: number;
  rows?: number;
  /** Under the box, from the trimmed length typed so far. */
  hint: (length: number) => string;
  /** What is wrong with the reason, or null when it can be sent as its trimmed self. */
  problemWith: (reason: string) => string | null;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (target: T, reason: string) => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (target === null) return;
    const problem = problemWith(reason);
    if (problem) {
      setError(problem);
      return;
    }
    onSubmit(target, reason.trim());
    setReason('');
    setError(null);
  }

  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => {
        if (!open) {
          setError(null);
          onClose();
        }
      }}
    >
      {target !== null ? (
        <DialogContent>
          <DialogTitle>{title(target)}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
          <form onSubmit={submit} noValidate className="mt-5 flex flex-col gap-4">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor={fieldId}>Reason</Label>
              <Textarea
                id={fieldId}
                rows={rows}
                value={reason}
                onChange={(event) => {
                  setReason(event.target.value);
                  setError(null);
                }}
                maxLength={maxLength}
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={`${fieldId}-hint${error ? ` ${fieldId}-error` : ''}`}
                placeholder={placeholder}
              />
              <FieldHint id={`${fieldId}-hint`}>{hint(reason.trim().length)}</FieldHint>
              {error ? <FieldError id={`${fieldId}-error`}>{error}</FieldError> : null}
            </div>
            <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
              <DialogClose asChild>
                <Button variant="ghost">Cancel</Button>
              </DialogClose>
              <Button type="submit" variant="danger">
                {submitLabel}
              </Button>
            </div>
          </form>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
