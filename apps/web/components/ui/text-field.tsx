import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { Input } from './input';
import { FieldError, FieldHint, Label } from './label';

/**
 * A labelled input with its hint and error wired up for assistive technology: the hint is shown
 * up front (before anyone gets it wrong), the error replaces nothing and is linked from the input
 * through `aria-describedby`, and the input is marked `aria-invalid`.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  className,
  ...props
}: Omit<ComponentProps<'input'>, 'id'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...props} />
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {/* Not an alert: the error summary is focused and read out, this would only repeat it. */}
      {error ? (
        <FieldError id={errorId} announce={false}>
          {error}
        </FieldError>
      ) : null}
    </div>
  );
}
