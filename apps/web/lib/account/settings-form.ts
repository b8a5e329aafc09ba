import { NO_ERRORS, type TFormErrors } from '@/lib/forms';

/**
 * The state of the settings forms: errors to show, the values to keep in the inputs after a
 * failure (never passwords), a counter of successes (a new `key` after each one resets the form,
 * and a "Saved" note appears).
 */
export type TSettingsFormState = {
  errors: TFormErrors;
  values: Record<string, string>;
  saved: number;
};

export const INITIAL_SETTINGS_FORM: TSettingsFormState = { errors: NO_ERRORS, values: {}, saved: 0 };

/**
 * The zone to suggest: the browser's, when it differs from the one saved. Null when there is
 * nothing to suggest (same zone, or the browser could not tell).
 */
export function zoneSuggestion(saved: string, detected: string | null | undefined): string | null {
  if (!detected || detected === saved) return null;
  return detected;
}
