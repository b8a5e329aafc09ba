'use client';

import { useActionState } from 'react';
import { FieldError } from '@/components/ui/label';
import { SubmitButton } from '@/components/ui/submit-button';
import { addItemAction } from '@/lib/actions/learning-plans';
import { INITIAL_PLAN_FORM } from '@/lib/plans/plan-form';
import type { TSuggestion } from '@/lib/plans/plan-view';

/** One suggested first milestone, added with one click (its due date already set). */
export function SuggestedMilestone({
  planId,
  suggestion,
  dueLabel,
}: {
  planId: string;
  suggestion: TSuggestion;
  dueLabel: string;
}) {
  const [state, formAction, pending] = useActionState(addItemAction.bind(null, planId), INITIAL_PLAN_FORM);
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-ink-200 p-3 sm:flex-row sm:items-center sm:justify-between">
      <div>
        <p className="font-medium text-ink-900">{suggestion.title}</p>
        <p className="text-xs text-ink-500">Due {dueLabel}</p>
        {state.errors.form ? <FieldError>{state.errors.form}</FieldError> : null}
      </div>
      <form action={formAction}>
        <input type="hidden" name="title" value={suggestion.title} />
        <input type="hidden" name="dueOn" value={suggestion.dueOn} />
        <input type="hidden" name="notes" value={suggestion.notes} />
        <SubmitButton pending={pending} pendingLabel="Adding…" size="sm" variant="secondary">
          Add<span className="sr-only"> “{suggestion.title}”</span>
        </SubmitButton>
      </form>
    </li>
  );
}
