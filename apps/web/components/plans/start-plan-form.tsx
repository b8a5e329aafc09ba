'use client';

import { PLAN_GOAL_MAX } from '@ladder/domain';
import { useActionState, useId } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';
import { startPlanAction } from '@/lib/actions/learning-plans';
import { INITIAL_PLAN_FORM } from '@/lib/plans/plan-form';

/** Starts the pair's 90-day learning plan from one of their sessions, with its goal. */
export function StartPlanForm({
  bookingId,
  menteeId,
  mentorId,
  party,
}: {
  bookingId: string;
  menteeId: string;
  mentorId: string;
  party: 'mentee' | 'mentor';
}) {
  const [state, formAction, pending] = useActionState(
    startPlanAction.bind(null, { bookingId, menteeId, mentorId }),
    INITIAL_PLAN_FORM,
  );
  const id = useId();
  const goalId = `${id}-goal`;
  const error = state.errors.fields.goal;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <ErrorSummary errors={state.errors} fieldIds={{ goal: goalId }} labels={{ goal: 'Goal' }} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={goalId}>Goal for the next 90 days</Label>
        <Textarea
          id={goalId}
          name="goal"
          rows={2}
          required
          maxLength={PLAN_GOAL_MAX}
          defaultValue={state.values.goal ?? ''}
          placeholder="e.g. Lead the design of a cross-team project"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${goalId}-hint${error ? ` ${goalId}-error` : ''}`}
        />
        <FieldHint id={`${goalId}-hint`}>
          {party === 'mentee'
            ? 'Your mentor sees and edits the plan with you. It starts today and runs for 90 days.'
            : 'Your mentee sees and edits the plan with you. It starts today in their time zone and runs for 90 days.'}
        </FieldHint>
        {error ? (
          <FieldError id={`${goalId}-error`} announce={false}>
            {error}
          </FieldError>
        ) : null}
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Starting…">
          Start a 90-day plan
        </SubmitButton>
      </div>
    </form>
  );
}
