'use client';

import { useActionState, useId } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { addItemAction } from '@/lib/actions/learning-plans';
import { INITIAL_PLAN_FORM } from '@/lib/plans/plan-form';
import { MILESTONE_LABELS, MilestoneFields, milestoneFieldIds } from './milestone-fields';

/** Adds a milestone to the plan; the form empties after each success. */
export function AddMilestoneForm({
  planId,
  startsOn,
  endsOn,
  defaultDueOn,
  zone,
}: {
  planId: string;
  startsOn: string;
  endsOn: string;
  defaultDueOn: string;
  zone: string;
}) {
  const [state, formAction, pending] = useActionState(addItemAction.bind(null, planId), INITIAL_PLAN_FORM);
  const prefix = useId();
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <ErrorSummary errors={state.errors} fieldIds={milestoneFieldIds(prefix)} labels={MILESTONE_LABELS} />
      <MilestoneFields
        // A new key after each success empties the inputs; a failure keeps what was typed.
        key={state.saved}
        idPrefix={prefix}
        values={{
          title: state.values.title ?? '',
          dueOn: state.values.dueOn ?? defaultDueOn,
          notes: state.values.notes ?? '',
        }}
        errors={state.errors}
        minDate={startsOn}
        maxDate={endsOn}
        zone={zone}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Adding…">
          Add milestone
        </SubmitButton>
      </div>
    </form>
  );
}
