import { NO_ERRORS, type TFormErrors } from '@/lib/forms';

/**
 * The state of every learning-plan form: errors to show, the values to keep in the inputs after
 * a failure, and a counter of successes (a new `key` after each one empties the form).
 */
export type TPlanFormState = { errors: TFormErrors; values: Record<string, string>; saved: number };

export const INITIAL_PLAN_FORM: TPlanFormState = { errors: NO_ERRORS, values: {}, saved: 0 };
