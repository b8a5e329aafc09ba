import type { z } from 'zod';
import type { ApiError } from '@/lib/api/client';

/**
 * What a form shows after a failed submit: one message per field (under the input and in the
 * summary) and at most one message about the form as a whole.
 */
export type TFormErrors = {
  fields: Record<string, string>;
  form: string | null;
};

export const NO_ERRORS: TFormErrors = { fields: {}, form: null };

export function hasErrors(errors: TFormErrors): boolean {
  return errors.form !== null || Object.keys(errors.fields).length > 0;
}

/** A form-level message only. */
export function formError(message: string): TFormErrors {
  return { fields: {}, form: message };
}

const GENERIC_INVALID = 'Some details need attention. Check the form and try again.';

/**
 * Maps `[{ path, message }]` (the API's problem+json `errors`, or zod issues joined the same way)
 * onto the form's own fields. The first message per field wins. Errors about fields the form does
 * not show (`(body)`, an unknown key …) cannot be put next to an input, so they become the form
 * message instead of being dropped.
 */
export function mapFieldErrors(
  errors: readonly { path: string; message: string }[],
  fields: readonly string[],
): TFormErrors {
  const out: Record<string, string> = {};
  let form: string | null = null;
  for (const { path, message } of errors) {
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`));
    if (field) out[field] ??= message;
    else form ??= message;
  }
  return { fields: out, form: form ?? (Object.keys(out).length === 0 ? GENERIC_INVALID : null) };
}

/** Client-side validation with the shared `@ladder/domain` schema, in the API's error shape. */
export function zodFormErrors(error: z.ZodError, fields: readonly string[]): TFormErrors {
  return mapFieldErrors(
    error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    fields,
  );
}

/** `Too many attempts — try again in 42 seconds`; minutes once it is more than two of them. */
export function tooManyAttemptsMessage(retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined) return 'Too many attempts — try again in a few minutes.';
  if (retryAfterSeconds > 120) {
    return `Too many attempts — try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`;
  }
  const unit = retryAfterSeconds === 1 ? 'second' : 'seconds';
  return `Too many attempts — try again in ${retryAfterSeconds} ${unit}.`;
}

export const UNREACHABLE_MESSAGE =
  'We couldn’t reach Ladder. Check your connection and try again in a moment.';
export const UNEXPECTED_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

/**
 * The errors every form handles the same way: field validation, rate limiting, an unreachable
 * API and anything unexpected. Forms handle their own codes (`invalid_credentials` …) first.
 */
export function apiFormErrors(error: ApiError, fields: readonly string[]): TFormErrors {
  if (error.code === 'validation_failed') return mapFieldErrors(error.errors, fields);
  if (error.status === 429) return formError(tooManyAttemptsMessage(error.retryAfterSeconds));
  if (error.isUnreachable) return formError(UNREACHABLE_MESSAGE);
  return formError(UNEXPECTED_MESSAGE);
}

/** A text field's value from FormData ('' when missing or a file). */
export function formString(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * "Enter your email" style messages for fields left blank, checked before the schema so an empty
 * field gets a plain request instead of a validation rule.
 */
export function requiredErrors(
  values: Record<string, string>,
  messages: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(messages)) {
    if ((values[field] ?? '').trim() === '') out[field] = message;
  }
  return out;
}
