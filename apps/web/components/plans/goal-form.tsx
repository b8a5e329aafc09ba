'use client';

import { PLAN_GOAL_MAX } from '@ladder/domain';
import { useActionState, useId } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError, Label } from '@/components/ui/label';
import { SubmitButton } from '@/components/ui/submit-button';
import { Textarea } from '@/components/ui/textarea';
import { updateGoalAction } from '@/lib/actions/learning-plans';
import { INITIAL_PLAN_FORM } from '@/lib/plans/plan-form';

/** Changes the plan's goal, in a disclosure under it. */
export function GoalForm({ planId, goal }: { planId: string; goal: string }) {
  const [state, formAction, pending] = useActionState(updateGoalAction.bind(null, planId), INITIAL_PLAN_FORM);
  const id = useId();
  const goalId = `${id}-goal`;
  const error = state.errors.fields.goal;
  const failed = error !== undefined || state.errors.form !== null;
  return (
    <details className="text-sm" open={failed}>
      <summary className="cursor-pointer text-brand-700">Edit goal</summary>
      <form action={formAction} className="mt-3 flex flex-col gap-3" noValidate>
        <ErrorSummary errors={state.errors} fieldIds={{ goal: goalId }} labels={{ goal: 'Goal' }} />
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={goalId}>Goal</Label>
          <Textarea
            key={state.saved}
            id={goalId}
            name="goal"
            rows={2}
            required
            maxLength={PLAN_GOAL_MAX}
            defaultValue={state.values.goal ?? goal}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${goalId}-error` : undefined}
          />
          {error ? (
            <FieldError id={`${goalId}-error`} announce={false}>
              {error}
            </FieldError>
          ) : null}
        </div>
        <div>
          <SubmitButton pending={pending} pendingLabel="Saving…" size="sm">
            Save goal
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
