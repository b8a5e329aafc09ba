'use server';

import {
  REPORT_ACTIONS,
  REPORT_TARGET_TYPES,
  type TReport,
  type TReportAction,
  type TReportTargetType,
  ZCreateReportSchema,
  ZUuid,
} from '@ladder/domain';
import { resolveReport, restoreReport } from '@/lib/api/admin';
import { createReport } from '@/lib/api/reports';
import { actionWithSession, callWithSession } from '@/lib/api/server-session';
import { formString, tooManyAttemptsMessage, UNEXPECTED_MESSAGE, UNREACHABLE_MESSAGE } from '@/lib/forms';
import { type TActionResult, validationProblem } from '@/lib/mentor/action-result';

/*
 * Reports by users (the "Report" disclosure) and the admin's decisions in the moderation queue.
 * The API decides who may do what; these re-validate input and turn problems into sentences.
 */

export type TReportFormState =
  | { status: 'idle' }
  | { status: 'done'; message: string }
  | { status: 'failed'; message: string; reason: string };

const REPORT_MESSAGES: Record<number, string> = {
  401: 'Your session has ended. Please sign in again to report.',
  404: 'This is no longer public, so there is nothing to report.',
};

function isTargetType(value: string): value is TReportTargetType {
  return (REPORT_TARGET_TYPES as readonly string[]).includes(value);
}

/** Reports a target (`reason` from the form); bind `targetType` and `targetId` in the page. */
export async function reportTargetAction(
  targetType: string,
  targetId: string,
  _previous: TReportFormState,
  formData: FormData,
): Promise<TReportFormState> {
  const reason = formString(formData, 'reason');
  const failed = (message: string): TReportFormState => ({ status: 'failed', message, reason });
  if (!isTargetType(targetType) || !ZUuid.safeParse(targetId).success) {
    return failed(REPORT_MESSAGES[404] ?? UNEXPECTED_MESSAGE);
  }
  const parsed = ZCreateReportSchema.safeParse({ targetType, targetId, reason });
  if (!parsed.success) return failed(parsed.error.issues[0]?.message ?? 'Please check your report.');
  const result = await callWithSession((headers) => createReport(parsed.data, { headers }));
  if (result.ok) {
    return { status: 'done', message: 'Thank you. Our team will look at your report.' };
  }
  const error = result.error;
  if (error.isUnreachable) return failed(UNREACHABLE_MESSAGE);
  if (error.status === 429) return failed(tooManyAttemptsMessage(error.retryAfterSeconds));
  if (error.code === 'validation_failed')
    return failed(error.errors[0]?.message ?? 'Please check your report.');
  return failed(REPORT_MESSAGES[error.status] ?? UNEXPECTED_MESSAGE);
}

function isAction(value: string): value is TReportAction {
  return (REPORT_ACTIONS as readonly string[]).includes(value);
}

const unknownReport = () => validationProblem([{ path: 'id', message: 'Unknown report' }]);

/** The admin's decision (`hide` or `dismiss`) on a report's target. */
export async function resolveReportAction(id: string, action: string): Promise<TActionResult<TReport>> {
  if (!ZUuid.safeParse(id).success) return { ok: false, problem: unknownReport() };
  if (!isAction(action)) {
    return { ok: false, problem: validationProblem([{ path: 'action', message: 'Choose hide or dismiss' }]) };
  }
  return actionWithSession((headers) => resolveReport(id, action, { headers }));
}

/** Undoes a `hide`: the report's target is public again. */
export async function restoreReportAction(id: string): Promise<TActionResult<TReport>> {
  if (!ZUuid.safeParse(id).success) return { ok: false, problem: unknownReport() };
  return actionWithSession((headers) => restoreReport(id, { headers }));
}
