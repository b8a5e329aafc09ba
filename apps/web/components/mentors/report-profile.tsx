'use client';

import { REPORT_REASON_MAX } from '@ladder/domain';
import Link from 'next/link';
import { useActionState, useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { reportTargetAction, type TReportFormState } from '@/lib/actions/moderation';

/**
 * "Report this profile": a small disclosure with a reason box. Signed-out visitors get a sign-in
 * link that brings them back here (`signInHref`).
 */
export function ReportProfile({ mentorId, signInHref }: { mentorId: string; signInHref: string | null }) {
  const initial: TReportFormState = { status: 'idle' };
  const [state, formAction, pending] = useActionState(
    reportTargetAction.bind(null, 'mentor', mentorId),
    initial,
  );
  const id = useId();
  const failed = state.status === 'failed' ? state : null;

  return (
    <details className="text-sm text-ink-600">
      <summary className="cursor-pointer select-none hover:text-ink-900">Report this profile</summary>
      <div className="mt-3 max-w-xl">
        {signInHref ? (
          <p>
            <Link href={signInHref} className="underline">
              Sign in
            </Link>{' '}
            to report this profile.
          </p>
        ) : state.status === 'done' ? (
          <Alert tone="success" role="status">
            {state.message}
          </Alert>
        ) : (
          <form action={formAction} className="flex flex-col gap-3">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor={`${id}-reason`}>What is wrong with this profile?</Label>
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
