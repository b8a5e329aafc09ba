'use client';

import { type FormEvent, useRef, useState } from 'react';
import { formError, NO_ERRORS, type TFormErrors, UNEXPECTED_MESSAGE } from '@/lib/forms';

/** What a submit handler reports: errors to show, or `done` once it has moved on (navigating away). */
export type TSubmitOutcome = TFormErrors | 'done';

/**
 * Submit plumbing shared by the account forms. The form is submitted with JavaScript, so the
 * browser never resets it and every value stays as typed after an error. `pending` stays true
 * after a successful submit until the page navigates away, so the button cannot be pressed twice.
 * Editing a field clears that field's message (the summary keeps it until the next submit).
 */
export function useFormSubmit(handler: (data: FormData) => Promise<TSubmitOutcome>) {
  const [errors, setErrors] = useState<TFormErrors>(NO_ERRORS);
  const [cleared, setCleared] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState(false);
  const busy = useRef(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    let outcome: TSubmitOutcome;
    try {
      outcome = await handler(new FormData(event.currentTarget));
    } catch (error) {
      // Handlers turn every ApiError into messages; reaching this is a bug, not the visitor's fault.
      console.error(error);
      outcome = formError(UNEXPECTED_MESSAGE);
    }
    if (outcome === 'done') return;
    busy.current = false;
    setPending(false);
    setErrors(outcome);
    setCleared(new Set());
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    const name = target.name;
    if (name in errors.fields && !cleared.has(name)) setCleared(new Set(cleared).add(name));
  }

  /** The message to show under a field right now. */
  function fieldError(name: string): string | undefined {
    return cleared.has(name) ? undefined : errors.fields[name];
  }

  return { errors, pending, onSubmit, onChange, fieldError };
}
