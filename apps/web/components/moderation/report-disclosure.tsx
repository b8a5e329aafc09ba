'use client';

import { REPORT_REASON_MAX, type TReportTargetType } from '@ladder/domain';
import { useActionState, useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { reportTargetAction, type TReportFormState } from '@/lib/actions/moderation';

/**
 * A small "Report" disclosure with a reason box, for a signed-in viewer, on any reportable
 * target (a message, a review, an article). Only Ladder's moderators see the report.
 */
export function ReportDisclosure({
  targetType,
  targetId,
  summary = 'Report',
  question,
}: {
  targetType: TReportTargetType;
  targetId: string;
  summary?: string;
  question: string;
}) {
  const initial: TReportFormState = { status: 'idle' };
  const [state, formAction, pending] = useActionState(
    reportTargetAction.bind(null, targetType, targetId),
    initial,
  );
  const id = useId();
  const failed = state.status === 'failed' ? state : null;

  return (
    <details className="text-xs text-ink-500">
      <summary className="cursor-pointer select-none hover:text-ink-900">{summary}</summary>
      <div className="mt-2 max-w-md">
        {state.status === 'done' ? (
          <Alert tone="success" role="status">
            {state.message}
          </Alert>
        ) : (
          <form action={formAction} className="flex flex-col gap-2">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor={`${id}-reason`}>{question}</Label>
              <Textarea
                id={`${id}-reason`}
                name="reason"
                required
                maxLength={REPORT_REASON_MAX}
                defaultValue={failed?.reason ?? ''}
                aria-describedby={`${id}-hint`}
              />
              <FieldHint id={`${id}-hint`}>Only Ladder’s moderators see your report.</FieldHint>
            </div>
            {failed ? <FieldError>{failed.message}</FieldError> : null}
            <div>
              <Button type="submit" variant="secondary" size="sm" disabled={pending}>
                {pending ? 'Sending…' : 'Send report'}
              </Button>
            </div>
          </form>
        )}
      </div>
    </details>
  );
}
