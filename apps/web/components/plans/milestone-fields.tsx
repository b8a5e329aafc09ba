import { PLAN_ITEM_NOTES_MAX, PLAN_ITEM_TITLE_MAX } from '@ladder/domain';
import { FieldError, Label } from '@/components/ui/label';
import { TextField } from '@/components/ui/text-field';
import { Textarea } from '@/components/ui/textarea';
import type { TFormErrors } from '@/lib/forms';

/** Title, due date (a day of the plan) and notes of a milestone, for adding and editing. */
export function MilestoneFields({
  idPrefix,
  values,
  errors,
  minDate,
  maxDate,
  zone,
}: {
  idPrefix: string;
  values: { title: string; dueOn: string; notes: string };
  errors: TFormErrors;
  minDate: string;
  maxDate: string;
  zone: string;
}) {
  const notesId = `${idPrefix}-notes`;
  return (
    <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_11rem]">
      <TextField
        id={`${idPrefix}-title`}
        name="title"
        label="Milestone"
        required
        maxLength={PLAN_ITEM_TITLE_MAX}
        defaultValue={values.title}
        error={errors.fields.title}
      />
      <TextField
        id={`${idPrefix}-dueOn`}
        name="dueOn"
        type="date"
        label="Due"
        hint={`A day of the plan (${zone})`}
        required
        min={minDate}
        max={maxDate}
        defaultValue={values.dueOn}
        error={errors.fields.dueOn}
      />
      <div className="flex flex-col gap-1.5 sm:col-span-2">
        <Label htmlFor={notesId}>Notes (optional)</Label>
        <Textarea
          id={notesId}
          name="notes"
          rows={2}
          maxLength={PLAN_ITEM_NOTES_MAX}
          defaultValue={values.notes}
          aria-invalid={errors.fields.notes ? true : undefined}
          aria-describedby={errors.fields.notes ? `${notesId}-error` : undefined}
        />
        {errors.fields.notes ? (
          <FieldError id={`${notesId}-error`} announce={false}>
            {errors.fields.notes}
          </FieldError>
        ) : null}
      </div>
    </div>
  );
}

export const MILESTONE_LABELS = { title: 'Milestone', dueOn: 'Due', notes: 'Notes' };

export const milestoneFieldIds = (prefix: string) => ({
  title: `${prefix}-title`,
  dueOn: `${prefix}-dueOn`,
  notes: `${prefix}-notes`,
});
