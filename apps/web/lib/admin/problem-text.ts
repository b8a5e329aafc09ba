import { UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE } from '@/lib/forms';
import type { TActionProblem } from '@/lib/mentor/action-result';

/**
 * An admin action's failure as a sentence: known codes first, then by status. `gone` says what
 * no longer exists on a 404 ("This report no longer exists."); `tooMany` is for a 429.
 */
export function adminProblemText(
  problem: TActionProblem,
  words: { gone: string; tooMany?: string; codes?: Readonly<Record<string, string>> },
): string {
  if (problem.status === 0) return UNREACHABLE_MESSAGE;
  const known = problem.code ? words.codes?.[problem.code] : undefined;
  if (known) return known;
  if (problem.status === 401) return 'Your session has ended. Sign in again and retry.';
  if (problem.status === 403) return 'Only admins can do this.';
  if (problem.status === 404) return words.gone;
  if (problem.status === 429 && words.tooMany) return words.tooMany;
  if (problem.status >= 500) return UNEXPECTED_MESSAGE;
  return problem.errors?.[0]?.message ?? problem.detail ?? problem.title;
}
