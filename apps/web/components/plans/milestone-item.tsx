'use client';

import type { TPlanItem } from '@ladder/domain';
import { useActionState, useId } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FieldError } from '@/components/ui/label';
import { SubmitButton } from '@/components/ui/submit-button';
import { deleteItemAction, editItemAction, setItemDoneAction } from '@/lib/actions/learning-plans';
import { cn } from '@/lib/cn';
import { INITIAL_PLAN_FORM } from '@/lib/plans/plan-form';
import { MILESTONE_LABELS, MilestoneFields, milestoneFieldIds } from './milestone-fields';

/** A milestone: tick or untick it, edit it (in a disclosure) or delete it. */
export function MilestoneItem({
  planId,
  item,
  dueLabel,
  overdue,
  startsOn,
  endsOn,
  zone,
}: {
  planId: string;
  item: TPlanItem;
  dueLabel: string;
  overdue: boolean;
  startsOn: string;
  endsOn: string;
  zone: string;
}) {
  const ids = { planId, itemId: item.id };
  const [toggle, toggleAction, toggling] = useActionState(
    setItemDoneAction.bind(null, ids),
    INITIAL_PLAN_FORM,
  );
  const [edit, editAction, saving] = useActionState(editItemAction.bind(null, ids), INITIAL_PLAN_FORM);
  const [removal, deleteAction, deleting] = useActionState(
    deleteItemAction.bind(null, ids),
    INITIAL_PLAN_FORM,
  );
  const prefix = useId();
  const problem = toggle.errors.form ?? removal.errors.form;

  return (
    <li className="flex flex-col gap-2 py-3">
      <div className="flex items-start gap-3">
        <form action={toggleAction}>
          <input type="hidden" name="done" value={item.done ? 'false' : 'true'} />
          <button
            type="submit"
            disabled={toggling}
            aria-pressed={item.done}
            aria-label={`Done: ${item.title}`}
            className={cn(
              'mt-0.5 flex size-5 items-center justify-center rounded border-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600',
              item.done ? 'border-brand-600 bg-brand-600 text-white' : 'border-ink-300 bg-ink-0',
            )}
          >
            {item.done ? (
              <svg
                aria-hidden="true"
                viewBox="0 0 16 16"
                className="size-3"
                fill="none"
                stroke="currentColor"
                strokeWidth="2.5"
              >
                <path d="m3.5 8.5 3 3 6-7" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            ) : null}
          </button>
        </form>
        <div className="min-w-0 flex-1">
          <p
            className={cn(
              'font-medium break-words',
              item.done ? 'text-ink-500 line-through' : 'text-ink-900',
            )}
          >
            {item.title}
          </p>
          <p className="flex flex-wrap items-center gap-2 text-xs text-ink-500">
            <span>Due {dueLabel}</span>
            {overdue ? <Badge tone="warning">Overdue</Badge> : null}
            {item.done ? <Badge tone="success">Done</Badge> : null}
          </p>
          {item.notes ? <p className="mt-1 text-sm whitespace-pre-line text-ink-700">{item.notes}</p> : null}
          {problem ? <FieldError>{problem}</FieldError> : null}
        </div>
        <form action={deleteAction}>
          <Button type="submit" variant="ghost" size="sm" disabled={deleting}>
            {deleting ? 'Deleting…' : 'Delete'}
            <span className="sr-only"> “{item.title}”</span>
          </Button>
        </form>
      </div>
      <details
        className="ml-8 text-sm"
        open={edit.errors.form !== null || Object.keys(edit.errors.fields).length > 0}
      >
        <summary className="cursor-pointer text-brand-700">
          Edit<span className="sr-only"> “{item.title}”</span>
        </summary>
        <form action={editAction} className="mt-3 flex flex-col gap-3" noValidate>
          <ErrorSummary errors={edit.errors} fieldIds={milestoneFieldIds(prefix)} labels={MILESTONE_LABELS} />
          <MilestoneFields
            key={edit.saved}
            idPrefix={prefix}
            values={{
              title: edit.values.title ?? item.title,
              dueOn: edit.values.dueOn ?? item.dueOn,
              notes: edit.values.notes ?? item.notes,
            }}
            errors={edit.errors}
            minDate={startsOn}
            maxDate={endsOn}
            zone={zone}
          />
          <div>
            <SubmitButton pending={saving} pendingLabel="Saving…" size="sm">
              Save milestone
            </SubmitButton>
          </div>
        </form>
      </details>
    </li>
  );
}
