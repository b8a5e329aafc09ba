'use client';

import { REPORT_REASON_MAX, type TReportTargetType } from '@ladder/domain';
import Link from 'next/link';
import { useActionState, useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { reportTargetAction, type TReportFormState } from '@/lib/actions/moderation';

const WORDS: Record<TReportTargetType, { noun: string; summary: string }> = {
  mentor: { noun: 'profile', summary: 'Report this profile' },
  review: { noun: 'review', summary: 'Report' },
  article: { noun: 'article', summary: 'Report this article' },
  message: { noun: 'message', summary: 'Report this message' },
};

/**
 * "Report …": a small disclosure with a reason box, for a mentor profile, a review or an article.
 * Signed-out visitors get a sign-in link that brings them back (`signInHref`). Pages leave it out
 * on the viewer's own content.
 */
export function ReportDisclosure({
  targetType,
  targetId,
  signInHref,
  summary,
}: {
  targetType: TReportTargetType;
  targetId: string;
  signInHref: string | null;
  /** The disclosure's label; "Report this profile" etc. by default. */
  summary?: string;
}) {
  const initial: TReportFormState = { status: 'idle' };
  const [state, formAction, pending] = useActionState(
    reportTargetAction.bind(null, targetType, targetId),
    initial,
  );
  const id = useId();
  const failed = state.status === 'failed' ? state : null;
  const words = WORDS[targetType];

  return (
    <details className="text-sm text-ink-600">
      <summary className="cursor-pointer select-none hover:text-ink-900">{summary ?? words.summary}</summary>
      <div className="mt-3 max-w-xl">
        {signInHref ? (
          <p>
            <Link href={signInHref} className="underline">
              Sign in
            </Link>{' '}
            to report this {words.noun}.
          </p>
        ) : state.status === 'done' ? (
          <Alert tone="success" role="status">
            {state.message}
          </Alert>
        ) : (
          <form action={formAction} className="flex flex-col gap-3">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor={`${id}-reason`}>What is wrong with this {words.noun}?</Label>
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
