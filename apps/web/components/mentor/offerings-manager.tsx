'use client';

import {
  formatMoney,
  minorUnitDigits,
  type TOffering,
  ZCreateOfferingSchema,
  ZUpdateOfferingSchema,
} from '@ladder/domain';
import { useRouter } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Input } from '@/components/ui/input';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Select, type SelectOption } from '@/components/ui/select';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { Textarea } from '@/components/ui/textarea';
import { addOffering, archiveOffering, editOffering } from '@/lib/actions/mentor';
import { formatDuration } from '@/lib/format';
import { apiFormErrors, formError, formString, UNEXPECTED_MESSAGE, zodFormErrors } from '@/lib/forms';
import { useFormSubmit } from '@/lib/hooks/use-form-submit';
import { apiErrorOf } from '@/lib/mentor/action-result';
import {
  bufferChoices,
  CURRENCY_CHOICES,
  durationChoices,
  newOfferingValues,
  noticeChoices,
  OFFERING_FIELDS,
  OFFERING_LABELS,
  offeringBody,
  offeringRules,
  offeringValuesOf,
  type TOfferingValues,
} from '@/lib/mentor/offering-form';

type TEditing = { mode: 'create' } | { mode: 'edit'; offering: TOffering } | null;

/** The mentor's session types: a list with edit and archive, and a dialog to add or edit one. */
export function OfferingsManager({ initial }: { initial: TOffering[] }) {
  const router = useRouter();
  const [offerings, setOfferings] = useState(initial);
  const [editing, setEditing] = useState<TEditing>(null);
  const [archiving, setArchiving] = useState<TOffering | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);

  const defaultCurrency = offerings[0]?.currency ?? 'USD';

  function saved(offering: TOffering, mode: 'create' | 'edit') {
    setOfferings((list) =>
      mode === 'create' ? [...list, offering] : list.map((o) => (o.id === offering.id ? offering : o)),
    );
    setEditing(null);
    setNotice({
      tone: 'success',
      text: mode === 'create' ? `Added “${offering.title}”.` : `Saved “${offering.title}”.`,
    });
    router.refresh();
  }

  function archived(offering: TOffering) {
    setOfferings((list) => list.filter((o) => o.id !== offering.id));
    setArchiving(null);
    setNotice({
      tone: 'success',
      text: `Archived “${offering.title}”. Sessions already booked are not affected.`,
    });
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-2xl text-sm text-ink-600">
          Each session type has its own length and price. Mentees pick one, then a free slot from your
          availability.
        </p>
        <Button onClick={() => setEditing({ mode: 'create' })}>
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor">
            <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
          </svg>
          Add a session type
        </Button>
      </div>

      <div aria-live="polite">
        {notice ? (
          <Alert tone={notice.tone} role="status">
            {notice.text}
          </Alert>
        ) : null}
      </div>

      {offerings.length === 0 ? (
        <EmptyState
          title="No session types yet"
          description="Start with a free 20-minute intro call or a 60-minute deep dive. You can change prices any time."
          action={<Button onClick={() => setEditing({ mode: 'create' })}>Add your first session type</Button>}
        />
      ) : (
        <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {offerings.map((offering) => (
            <li key={offering.id}>
              <Card className="flex h-full flex-col p-5">
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h2 className="font-semibold break-words text-ink-950">{offering.title}</h2>
                    <p className="mt-0.5 text-sm text-ink-600">
                      {formatDuration(offering.durationMinutes)} ·{' '}
                      <span className="font-medium text-ink-900">
                        {formatMoney(offering.priceAmount, offering.currency)}
                      </span>
                    </p>
                  </div>
                  {offering.active ? <Badge tone="success">Bookable</Badge> : <Badge>Hidden</Badge>}
                </div>
                {offering.description ? (
                  <p className="mt-3 line-clamp-3 text-sm whitespace-pre-line text-ink-700">
                    {offering.description}
                  </p>
                ) : null}
                <p className="mt-3 text-xs text-ink-500">{offeringRules(offering)}</p>
                <div className="mt-auto flex gap-2 pt-4">
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => setEditing({ mode: 'edit', offering })}
                  >
                    Edit<span className="sr-only"> {offering.title}</span>
                  </Button>
                  <Button variant="ghost" size="sm" onClick={() => setArchiving(offering)}>
                    Archive<span className="sr-only"> {offering.title}</span>
                  </Button>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}

      <Dialog open={editing !== null} onOpenChange={(open) => (open ? null : setEditing(null))}>
        {editing ? (
          <DialogContent className="max-h-[calc(100dvh-2rem)] max-w-xl overflow-y-auto">
            <DialogTitle>
              {editing.mode === 'create' ? 'Add a session type' : 'Edit session type'}
            </DialogTitle>
            <DialogDescription>
              {editing.mode === 'create'
                ? 'Mentees see the title, length, price and description on your profile.'
                : 'Changes apply to new bookings; sessions already booked keep their price and length.'}
            </DialogDescription>
            <OfferingForm
              key={editing.mode === 'edit' ? editing.offering.id : 'new'}
              editing={editing}
              defaultCurrency={defaultCurrency}
              onSaved={saved}
            />
          </DialogContent>
        ) : null}
      </Dialog>

      <ArchiveDialog offering={archiving} onClose={() => setArchiving(null)} onArchived={archived} />
    </div>
  );
}

const IDS = {
  title: 'offering-title',
  description: 'offering-description',
  durationMinutes: 'offering-duration',
  priceAmount: 'offering-price',
  currency: 'offering-currency',
  bufferBeforeMinutes: 'offering-buffer-before',
  bufferAfterMinutes: 'offering-buffer-after',
  minimumNoticeMinutes: 'offering-notice',
  active: 'offering-active',
};

function valuesFromForm(data: FormData): TOfferingValues {
  return {
    title: formString(data, 'title'),
    description: formString(data, 'description'),
    durationMinutes: formString(data, 'durationMinutes'),
    price: formString(data, 'price'),
    currency: formString(data, 'currency'),
    bufferBeforeMinutes: formString(data, 'bufferBeforeMinutes'),
    bufferAfterMinutes: formString(data, 'bufferAfterMinutes'),
    minimumNoticeMinutes: formString(data, 'minimumNoticeMinutes'),
    active: data.get('active') === 'on',
  };
}

function OfferingForm({
  editing,
  defaultCurrency,
  onSaved,
}: {
  editing: Exclude<TEditing, null>;
  defaultCurrency: string;
  onSaved: (offering: TOffering, mode: 'create' | 'edit') => void;
}) {
  const initial =
    editing.mode === 'edit' ? offeringValuesOf(editing.offering) : newOfferingValues(defaultCurrency);
  const [currency, setCurrency] = useState(initial.currency);
  const digits = minorUnitDigits(currency);

  const { errors, pending, onSubmit, onChange, fieldError } = useFormSubmit(async (data) => {
    const values = valuesFromForm(data);
    const built = offeringBody(values, editing.mode);
    if (!built.ok) return { fields: built.fields, form: null };
    const schema = editing.mode === 'create' ? ZCreateOfferingSchema : ZUpdateOfferingSchema;
    const parsed = schema.safeParse(built.body);
    if (!parsed.success) return zodFormErrors(parsed.error, OFFERING_FIELDS);
    const result =
      editing.mode === 'create'
        ? await addOffering(built.body)
        : await editOffering(editing.offering.id, built.body);
    if (!result.ok) {
      const error = apiErrorOf(result.problem);
      if (error.status === 404) return formError('This session type no longer exists. Reload the page.');
      if (error.status === 401) return formError('Your session has ended. Sign in again, then save.');
      return apiFormErrors(error, OFFERING_FIELDS);
    }
    onSaved(result.data, editing.mode);
    return 'done';
  });

  const priceExample = digits === 0 ? '4500' : '150 or 149.50';

  return (
    <form
      method="post"
      noValidate
      onSubmit={onSubmit}
      onChange={onChange}
      className="mt-5 flex flex-col gap-5"
    >
      <ErrorSummary errors={errors} fieldIds={IDS} labels={OFFERING_LABELS} />
      <TextField
        id={IDS.title}
        name="title"
        label={OFFERING_LABELS.title}
        hint="e.g. “Career deep dive” or “Mock system design interview”."
        defaultValue={initial.title}
        maxLength={120}
        required
        error={fieldError('title')}
      />
      <Field
        id={IDS.description}
        label={`${OFFERING_LABELS.description} (optional)`}
        hint="What a mentee gets from this session and how to prepare."
        error={fieldError('description')}
      >
        <Textarea
          id={IDS.description}
          name="description"
          rows={3}
          maxLength={2000}
          defaultValue={initial.description}
          aria-invalid={fieldError('description') ? true : undefined}
          aria-describedby={`${IDS.description}-hint`}
        />
      </Field>
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-[1fr_1fr_7rem]">
        <Field
          id={IDS.durationMinutes}
          label={OFFERING_LABELS.durationMinutes}
          error={fieldError('durationMinutes')}
        >
          <Select
            id={IDS.durationMinutes}
            name="durationMinutes"
            options={durationChoices(Number(initial.durationMinutes))}
            defaultValue={initial.durationMinutes}
          />
        </Field>
        <Field
          id={IDS.priceAmount}
          label={OFFERING_LABELS.priceAmount}
          hint={`0 = free intro call. e.g. ${priceExample}`}
          error={fieldError('priceAmount')}
        >
          <Input
            id={IDS.priceAmount}
            name="price"
            inputMode={digits === 0 ? 'numeric' : 'decimal'}
            autoComplete="off"
            defaultValue={initial.price}
            placeholder={digits === 0 ? '0' : '0.00'}
            aria-invalid={fieldError('priceAmount') ? true : undefined}
            aria-describedby={`${IDS.priceAmount}-hint`}
          />
        </Field>
        <Field id={IDS.currency} label={OFFERING_LABELS.currency} error={fieldError('currency')}>
          <Select
            id={IDS.currency}
            name="currency"
            options={CURRENCY_CHOICES as SelectOption[]}
            value={currency}
            onChange={(event) => setCurrency(event.target.value)}
          />
        </Field>
      </div>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-ink-200 p-4">
        <legend className="px-1 text-sm font-semibold text-ink-900">Breathing room</legend>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field
            id={IDS.bufferBeforeMinutes}
            label={OFFERING_LABELS.bufferBeforeMinutes}
            hint="Kept free before each session, to prepare. No other session can be booked into it."
            error={fieldError('bufferBeforeMinutes')}
          >
            <Select
              id={IDS.bufferBeforeMinutes}
              name="bufferBeforeMinutes"
              options={bufferChoices(Number(initial.bufferBeforeMinutes))}
              defaultValue={initial.bufferBeforeMinutes}
              aria-describedby={`${IDS.bufferBeforeMinutes}-hint`}
            />
          </Field>
          <Field
            id={IDS.bufferAfterMinutes}
            label={OFFERING_LABELS.bufferAfterMinutes}
            hint="Kept free after each session, to write notes or take a break."
            error={fieldError('bufferAfterMinutes')}
          >
            <Select
              id={IDS.bufferAfterMinutes}
              name="bufferAfterMinutes"
              options={bufferChoices(Number(initial.bufferAfterMinutes))}
              defaultValue={initial.bufferAfterMinutes}
              aria-describedby={`${IDS.bufferAfterMinutes}-hint`}
            />
          </Field>
        </div>
        <Field
          id={IDS.minimumNoticeMinutes}
          label={OFFERING_LABELS.minimumNoticeMinutes}
          hint="How far ahead a mentee must book. With 12 h, nobody can book you at 9 am for 11 am the same day."
          error={fieldError('minimumNoticeMinutes')}
        >
          <Select
            id={IDS.minimumNoticeMinutes}
            name="minimumNoticeMinutes"
            options={noticeChoices(Number(initial.minimumNoticeMinutes))}
            defaultValue={initial.minimumNoticeMinutes}
            aria-describedby={`${IDS.minimumNoticeMinutes}-hint`}
          />
        </Field>
      </fieldset>

      <div className="flex items-start gap-3">
        <input
          id={IDS.active}
          name="active"
          type="checkbox"
          defaultChecked={initial.active}
          className="mt-0.5 size-4 rounded border-ink-300 accent-brand-600"
          aria-describedby={`${IDS.active}-hint`}
        />
        <div>
          <Label htmlFor={IDS.active}>Show on my profile and accept bookings</Label>
          <FieldHint id={`${IDS.active}-hint`}>
            Untick to pause this session type without archiving it.
          </FieldHint>
        </div>
      </div>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <DialogClose asChild>
          <Button variant="ghost">Cancel</Button>
        </DialogClose>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {editing.mode === 'create' ? 'Add session type' : 'Save changes'}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A label, a control, its hint (id `${id}-hint`) and its error, stacked. */
function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      {error ? (
        <FieldError id={`${id}-error`} announce={false}>
          {error}
        </FieldError>
      ) : null}
    </div>
  );
}

function ArchiveDialog({
  offering,
  onClose,
  onArchived,
}: {
  offering: TOffering | null;
  onClose: () => void;
  onArchived: (offering: TOffering) => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    if (!offering || pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await archiveOffering(offering.id);
      if (result.ok || result.problem.status === 404) onArchived(offering);
      else setError(apiFormErrors(apiErrorOf(result.problem), []).form ?? UNEXPECTED_MESSAGE);
    } catch {
      setError(UNEXPECTED_MESSAGE);
    } finally {
      setPending(false);
    }
  }

  return (
    <ConfirmDialog
      open={offering !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={`Archive “${offering?.title ?? ''}”?`}
      description="It disappears from your profile and can no longer be booked. Sessions already booked with it stay as they are."
      error={error}
      pending={pending}
      backLabel="Keep it"
      actionLabel="Archive"
      busyLabel="Archiving…"
      onAction={confirm}
    />
  );
}
