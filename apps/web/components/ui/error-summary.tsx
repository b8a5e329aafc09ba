'use client';

import { useEffect, useRef } from 'react';
import { cn } from '@/lib/cn';
import { hasErrors, type TFormErrors } from '@/lib/forms';

/**
 * The list of what went wrong, at the top of a form. It is announced and takes focus whenever a
 * submit fails, so keyboard and screen-reader users land on it; each field message links to its input.
 */
export function ErrorSummary({
  errors,
  fieldIds,
  labels,
  className,
}: {
  errors: TFormErrors;
  /** Field name → the id of its input, for the links. */
  fieldIds: Record<string, string>;
  /** Field name → its label, so "Password: …" reads well out of context. */
  labels?: Record<string, string>;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = hasErrors(errors);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus on every failed submit, i.e. each new errors object
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [errors, visible]);

  if (!visible) return null;
  const fieldEntries = Object.entries(errors.fields);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className={cn(
        'rounded-lg border border-danger-100 bg-danger-50 p-4 text-sm text-danger-700 focus:outline-2 focus:outline-offset-2 focus:outline-danger-600',
        className,
      )}
    >
      <h2 className="font-semibold">{errors.form ?? 'Please check the form'}</h2>
      {fieldEntries.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {fieldEntries.map(([field, message]) => (
            <li key={field}>
              <a
                href={`#${fieldIds[field] ?? field}`}
                className="underline underline-offset-2 hover:text-danger-600"
              >
                {labels?.[field] ? `${labels[field]}: ${message}` : message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
