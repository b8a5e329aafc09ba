'use client';

import { REVIEW_BODY_MAX } from '@ladder/domain';
import { useActionState, useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Textarea } from '@/components/ui/textarea';
import { reviewSessionAction, type TReviewFormState } from '@/lib/actions/sessions';

const STARS = [1, 2, 3, 4, 5] as const;

/** "Leave a review": 1–5 stars as real radio buttons (keyboard and screen-reader friendly) and text. */
export function ReviewForm({ bookingId, mentorName }: { bookingId: string; mentorName: string }) {
  const initial: TReviewFormState = { status: 'idle' };
  const [state, formAction, pending] = useActionState(reviewSessionAction.bind(null, bookingId), initial);
  const id = useId();

  if (state.status === 'done') {
    return (
      <Alert tone="success" role="status" title={state.message}>
        {state.review ? (
          <p>
            You gave {state.review.rating} {state.review.rating === 1 ? 'star' : 'stars'}. It now appears on{' '}
            {mentorName}’s profile.
          </p>
        ) : null}
      </Alert>
    );
  }

  const failed = state.status === 'failed' ? state : null;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-ink-800">
          How was your session with {mentorName}?
        </legend>
        <div className="flex flex-wrap gap-2">
          {STARS.map((n) => (
            <label
              key={n}
              className="flex cursor-pointer items-center gap-1.5 rounded-lg border border-ink-200 px-3 py-1.5 text-sm text-ink-800 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="rating"
                value={n}
                required
                defaultChecked={failed?.rating === String(n)}
              />
              <span aria-hidden="true">{'★'.repeat(n)}</span>
              <span className="sr-only">
                {n} {n === 1 ? 'star' : 'stars'}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-body`}>Your review (optional)</Label>
        <Textarea
          id={`${id}-body`}
          name="body"
          maxLength={REVIEW_BODY_MAX}
          defaultValue={failed?.body ?? ''}
          aria-describedby={`${id}-hint`}
        />
        <FieldHint id={`${id}-hint`}>Plain text, shown publicly with your name.</FieldHint>
      </div>
      {failed ? <FieldError>{failed.message}</FieldError> : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Sending…' : 'Publish review'}
        </Button>
      </div>
    </form>
  );
}
