'use client';

import { type TOffering, ZPutAvailabilitySchema } from '@ladder/domain';
import { useRouter } from 'next/navigation';
import { useId, useMemo, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { Spinner } from '@/components/ui/spinner';
import { saveAvailability } from '@/lib/actions/mentor';
import type { TStoredAvailability } from '@/lib/api/mentor-profile';
import { cn } from '@/lib/cn';
import { formatTimeAgo } from '@/lib/format';
import { apiFormErrors, UNEXPECTED_MESSAGE } from '@/lib/forms';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { apiErrorOf } from '@/lib/mentor/action-result';
import { localDateLabel } from '@/lib/mentor/slot-preview';
import {
  addInterval,
  addOverride,
  availabilityBody,
  availabilityFingerprint,
  copyMondayToWeekdays,
  draftFromStored,
  emptyGrid,
  mapAvailabilityErrors,
  nextInterval,
  removeInterval,
  setOverrideDayOff,
  type TAvailabilityDraft,
  type TAvailabilityErrors,
  type TIntervalDraft,
  type TOverrideDraft,
  type TWeekday,
  updateInterval,
  WEEKDAYS,
  weekdaysPreset,
} from '@/lib/mentor/weekly-grid';
import { IntervalFields } from './interval-fields';
import { SlotPreview } from './slot-preview';
import { TimeZoneSelect } from './time-zone-select';
import { useUnsavedChangesWarning } from './use-unsaved-changes';

type TSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string };

/**
 * The availability editor: time zone, weekly hours (several intervals a day), date overrides,
 * booking horizon and daily cap, and a live preview of the resulting slots. Every change is
 * checked with the shared `ZPutAvailabilitySchema` as it happens; the errors it (or the API)
 * reports are shown on the row they are about. Saving PUTs the whole availability.
 */
export function AvailabilityEditor({
  initial,
  offerings,
  todayInZone,
}: {
  initial: TStoredAvailability;
  offerings: TOffering[];
  /** The mentor's local date when the page was rendered, the earliest date an override can take. */
  todayInZone: string;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [draft, setDraft] = useState<TAvailabilityDraft>(() => draftFromStored(initial));
  // The availability as last saved: what "Discard changes" goes back to.
  const [saved, setSaved] = useState<TStoredAvailability>(initial);
  const savedPrint = useMemo(() => availabilityFingerprint(draftFromStored(saved)), [saved]);
  const [serverErrors, setServerErrors] = useState<TAvailabilityErrors>({});
  const [save, setSave] = useState<TSaveState>({ kind: 'idle' });
  const [showErrors, setShowErrors] = useState(false);

  const { body, index } = useMemo(() => availabilityBody(draft), [draft]);
  const parsed = useMemo(() => ZPutAvailabilitySchema.safeParse(body), [body]);
  const liveErrors = useMemo(
    () =>
      parsed.success
        ? {}
        : mapAvailabilityErrors(
            parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
            index,
          ),
    [parsed, index],
  );
  const errors: TAvailabilityErrors = { ...serverErrors, ...liveErrors };
  const errorCount = Object.keys(errors).length;
  const dirty = availabilityFingerprint(draft) !== savedPrint;
  useUnsavedChangesWarning(dirty);

  function change(update: (d: TAvailabilityDraft) => TAvailabilityDraft) {
    setDraft((d) => update(d));
    setServerErrors({});
    if (save.kind !== 'saving') setSave({ kind: 'idle' });
  }

  const setGrid = (update: (grid: TAvailabilityDraft['grid']) => TAvailabilityDraft['grid']) =>
    change((d) => ({ ...d, grid: update(d.grid) }));
  const setOverrides = (update: (list: TOverrideDraft[]) => TOverrideDraft[]) =>
    change((d) => ({ ...d, overrides: update(d.overrides) }));

  async function onSave() {
    if (save.kind === 'saving') return;
    if (!parsed.success) {
      setShowErrors(true);
      focusFirstError();
      return;
    }
    setSave({ kind: 'saving' });
    try {
      const result = await saveAvailability(body);
      if (!result.ok) {
        const error = apiErrorOf(result.problem);
        if (error.code === 'validation_failed') {
          setServerErrors(mapAvailabilityErrors(error.errors, index));
          setShowErrors(true);
          setSave({ kind: 'failed', message: 'Some rows need attention — see the messages next to them.' });
          focusFirstError();
        } else if (error.status === 401) {
          setSave({
            kind: 'failed',
            message: 'Your session has ended. Sign in again in another tab, then save.',
          });
        } else {
          setSave({ kind: 'failed', message: apiFormErrors(error, []).form ?? UNEXPECTED_MESSAGE });
        }
        return;
      }
      setSaved(result.data);
      setShowErrors(false);
      setSave({ kind: 'saved', at: result.data.updatedAt ?? new Date().toISOString() });
      router.refresh();
    } catch {
      setSave({ kind: 'failed', message: UNEXPECTED_MESSAGE });
    }
  }

  function discard() {
    setDraft(draftFromStored(saved));
    setServerErrors({});
    setShowErrors(false);
    setSave({ kind: 'idle' });
  }

  const rowError = (id: string) =>
    showErrors || serverErrors[id] || isOverlap(liveErrors[id]) ? errors[id] : undefined;

  return (
    <div className="flex flex-col gap-6">
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-6">
          <Card className="p-5 sm:p-6">
            <TimeZoneSelect
              id="availability-timezone"
              label="Time zone of these hours"
              hint="Your hours are wall-clock time here — 09:00 stays 09:00 when the clocks change. Mentees see them in their own zone."
              value={draft.timezone}
              onChange={(zone) => change((d) => ({ ...d, timezone: zone }))}
              error={errors.timezone}
            />
          </Card>

          <WeeklyGrid grid={draft.grid} setGrid={setGrid} rowError={rowError} weeklyError={errors.weekly} />

          <Overrides
            overrides={draft.overrides}
            setOverrides={setOverrides}
            rowError={rowError}
            todayInZone={todayInZone}
          />

          <Card className="p-5 sm:p-6">
            <h2 className="text-lg font-semibold text-ink-950">Limits</h2>
            <div className="mt-4 grid grid-cols-1 gap-5 sm:grid-cols-2">
              <NumberField
                id="availability-horizon"
                label="Booking horizon (days)"
                hint="How far ahead mentees can book you: 1 to 365 days."
                value={draft.horizonDays}
                min={1}
                max={365}
                onChange={(value) => change((d) => ({ ...d, horizonDays: value }))}
                error={errors.horizonDays}
              />
              <NumberField
                id="availability-cap"
                label="Daily cap (optional)"
                hint="At most this many sessions on one day. Leave empty for no limit."
                value={draft.dailyCap}
                min={1}
                max={48}
                placeholder="No limit"
                onChange={(value) => change((d) => ({ ...d, dailyCap: value }))}
                error={errors.dailyCap}
              />
            </div>
          </Card>
        </div>

        <Card className="p-5 sm:p-6 lg:sticky lg:top-24 lg:max-h-[calc(100dvh-8rem)] lg:overflow-y-auto">
          <SlotPreview availability={parsed.success ? parsed.data : null} offerings={offerings} />
        </Card>
      </div>

      <div className="sticky bottom-0 z-20 -mx-gutter border-t border-ink-200 bg-ink-0/95 px-gutter py-3 backdrop-blur">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p
            aria-live="polite"
            className={cn('text-sm', save.kind === 'failed' ? 'text-danger-700' : 'text-ink-600')}
          >
            {save.kind === 'saving'
              ? 'Saving…'
              : save.kind === 'failed'
                ? save.message
                : showErrors && errorCount > 0
                  ? `Fix ${errorCount} highlighted ${errorCount === 1 ? 'row' : 'rows'} before saving.`
                  : dirty
                    ? 'You have unsaved changes.'
                    : save.kind === 'saved'
                      ? 'Saved. Mentees see your new hours now.'
                      : saved.updatedAt
                        ? `All changes saved${hydrated ? ` · last saved ${formatTimeAgo(saved.updatedAt, Date.now())}` : ''}`
                        : 'You haven’t saved any hours yet.'}
          </p>
          <div className="flex gap-2">
            <Button variant="ghost" onClick={discard} disabled={!dirty || save.kind === 'saving'}>
              Discard changes
            </Button>
            <Button
              onClick={onSave}
              disabled={save.kind === 'saving' || (!dirty && save.kind !== 'failed')}
              aria-busy={save.kind === 'saving' || undefined}
            >
              {save.kind === 'saving' ? (
                <>
                  <Spinner />
                  Saving…
                </>
              ) : (
                'Save availability'
              )}
            </Button>
          </div>
        </div>
      </div>
    </div>
  );
}

/** Overlaps are worth showing as soon as they happen; other problems wait for a save attempt. */
function isOverlap(message: string | undefined): boolean {
  return !!message && /overlap|later than the start/i.test(message);
}

function focusFirstError() {
  // After React has painted the messages.
  window.requestAnimationFrame(() => {
    const first = document.querySelector<HTMLElement>('[data-error="true"]');
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first?.querySelector<HTMLElement>('select, input, button')?.focus({ preventScroll: true });
  });
}

function WeeklyGrid({
  grid,
  setGrid,
  rowError,
  weeklyError,
}: {
  grid: TAvailabilityDraft['grid'];
  setGrid: (update: (grid: TAvailabilityDraft['grid']) => TAvailabilityDraft['grid']) => void;
  rowError: (id: string) => string | undefined;
  weeklyError: string | undefined;
}) {
  return (
    <Card className="p-5 sm:p-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold text-ink-950">Weekly hours</h2>
          <p className="mt-1 text-sm text-ink-600">
            When you are usually free to mentor. Add several ranges for split days.
          </p>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => setGrid(() => weekdaysPreset())}>
          Weekdays 9–17
        </Button>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => setGrid(copyMondayToWeekdays)}
          disabled={grid[1].length === 0}
        >
          Copy Monday to Tue–Fri
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setGrid(() => emptyGrid())}>
          Clear all
        </Button>
      </div>
      {weeklyError ? <FieldError className="mt-3">{weeklyError}</FieldError> : null}
      <ul className="mt-5 flex flex-col divide-y divide-ink-100">
        {WEEKDAYS.map(({ weekday, name }) => (
          <DayRow
            key={weekday}
            weekday={weekday}
            name={name}
            intervals={grid[weekday]}
            setGrid={setGrid}
            rowError={rowError}
          />
        ))}
      </ul>
    </Card>
  );
}

function DayRow({
  weekday,
  name,
  intervals,
  setGrid,
  rowError,
}: {
  weekday: TWeekday;
  name: string;
  intervals: TIntervalDraft[];
  setGrid: (update: (grid: TAvailabilityDraft['grid']) => TAvailabilityDraft['grid']) => void;
  rowError: (id: string) => string | undefined;
}) {
  const canAdd = nextInterval(intervals) !== null;
  return (
    <li className="flex flex-col gap-3 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-start">
      <div className="flex items-center justify-between sm:w-32 sm:shrink-0 sm:pt-2">
        <h3 className="text-sm font-semibold text-ink-900">{name}</h3>
        {intervals.length === 0 ? <Badge className="sm:hidden">Unavailable</Badge> : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        {intervals.length === 0 ? (
          <p className="hidden pt-2 text-sm text-ink-500 sm:block">Unavailable</p>
        ) : (
          intervals.map((iv, i) => (
            <IntervalFields
              key={iv.id}
              interval={iv}
              label={`${name}, hours ${i + 1}`}
              error={rowError(iv.id)}
              onChange={(patch) => setGrid((g) => updateInterval(g, weekday, iv.id, patch))}
              onRemove={() => setGrid((g) => removeInterval(g, weekday, iv.id))}
            />
          ))
        )}
      </div>
      <Button
        variant="ghost"
        size="sm"
        className="self-start sm:mt-0.5"
        onClick={() => setGrid((g) => addInterval(g, weekday))}
        disabled={!canAdd}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor">
          <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
        </svg>
        Add hours<span className="sr-only"> on {name}</span>
      </Button>
    </li>
  );
}

function Overrides({
  overrides,
  setOverrides,
  rowError,
  todayInZone,
}: {
  overrides: TOverrideDraft[];
  setOverrides: (update: (list: TOverrideDraft[]) => TOverrideDraft[]) => void;
  rowError: (id: string) => string | undefined;
  todayInZone: string;
}) {
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const dateId = useId();
  const problemId = useId();

  function add() {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setProblem('Pick a date first');
      return;
    }
    const next = addOverride(overrides, date);
    if (!next) {
      setProblem(`${localDateLabel(date)} already has an entry below — change it there.`);
      return;
    }
    setOverrides(() => next);
    setProblem(null);
    setDate('');
  }

  const update = (id: string, fn: (o: TOverrideDraft) => TOverrideDraft) =>
    setOverrides((list) => list.map((o) => (o.id === id ? fn(o) : o)));

  return (
    <Card className="p-5 sm:p-6">
      <h2 className="text-lg font-semibold text-ink-950">Date overrides</h2>
      <p className="mt-1 text-sm text-ink-600">
        Days off and days with different hours. An override replaces your weekly hours for that date.
      </p>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={dateId}>Date</Label>
          <Input
            id={dateId}
            type="date"
            min={todayInZone}
            value={date}
            onChange={(event) => {
              setDate(event.target.value);
              setProblem(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            className="w-44"
          />
        </div>
        <Button variant="secondary" onClick={add}>
          Add override
        </Button>
      </div>
      {problem ? (
        <FieldError id={problemId} className="mt-2">
          {problem}
        </FieldError>
      ) : null}

      {overrides.length === 0 ? (
        <p className="mt-5 rounded-lg bg-ink-50 p-3 text-sm text-ink-600">
          No overrides. Your weekly hours apply every week.
        </p>
      ) : (
        <ul className="mt-5 flex flex-col gap-3">
          {overrides.map((o) => {
            // Named by date (one override per date), not by the draft id: ids come from a counter
            // that differs between the server render and the browser, and would break hydration.
            const error = rowError(o.id);
            const label = localDateLabel(o.date);
            return (
              <li
                key={o.id}
                data-error={error ? 'true' : undefined}
                className={cn('rounded-lg border p-4', error ? 'border-danger-600' : 'border-ink-200')}
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="text-sm font-semibold text-ink-900">
                    {label}
                    <span className="ml-2 font-normal text-ink-500">{o.date.slice(0, 4)}</span>
                    {o.date < todayInZone ? (
                      <Badge className="ml-2" tone="neutral">
                        Past
                      </Badge>
                    ) : null}
                  </h3>
                  <Button
                    variant="ghost"
                    size="sm"
                    onClick={() => setOverrides((list) => list.filter((x) => x.id !== o.id))}
                  >
                    Remove<span className="sr-only"> the override on {label}</span>
                  </Button>
                </div>
                <fieldset className="mt-2">
                  <legend className="sr-only">What happens on {label}</legend>
                  <div className="flex flex-wrap gap-4 text-sm">
                    <label className="inline-flex cursor-pointer items-center gap-2">
                      <input
                        type="radio"
                        name={`override-${o.date}-mode`}
                        checked={o.dayOff}
                        onChange={() => update(o.id, (x) => setOverrideDayOff(x, true))}
                        className="size-4 accent-brand-600"
                      />
                      Day off
                    </label>
                    <label className="inline-flex cursor-pointer items-center gap-2">
                      <input
                        type="radio"
                        name={`override-${o.date}-mode`}
                        checked={!o.dayOff}
                        onChange={() => update(o.id, (x) => setOverrideDayOff(x, false))}
                        className="size-4 accent-brand-600"
                      />
                      Custom hours
                    </label>
                  </div>
                </fieldset>
                {!o.dayOff ? (
                  <div className="mt-3 flex flex-col gap-2">
                    {o.intervals.map((iv, i) => (
                      <IntervalFields
                        key={iv.id}
                        interval={iv}
                        label={`${label}, hours ${i + 1}`}
                        error={rowError(iv.id)}
                        onChange={(patch) =>
                          update(o.id, (x) => ({
                            ...x,
                            intervals: x.intervals.map((y) => (y.id === iv.id ? { ...y, ...patch } : y)),
                          }))
                        }
                        onRemove={() =>
                          update(o.id, (x) => {
                            const intervals = x.intervals.filter((y) => y.id !== iv.id);
                            return { ...x, intervals, dayOff: intervals.length === 0 };
                          })
                        }
                      />
                    ))}
                    <Button
                      variant="ghost"
                      size="sm"
                      className="self-start"
                      disabled={nextInterval(o.intervals) === null}
                      onClick={() =>
                        update(o.id, (x) => {
                          const next = nextInterval(x.intervals);
                          return next ? { ...x, intervals: [...x.intervals, next] } : x;
                        })
                      }
                    >
                      Add hours<span className="sr-only"> on {label}</span>
                    </Button>
                  </div>
                ) : (
                  <p className="mt-2 text-sm text-ink-500">No sessions can be booked on this day.</p>
                )}
                {error ? <p className="mt-2 text-xs font-medium text-danger-700">{error}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function NumberField({
  id,
  label,
  hint,
  value,
  min,
  max,
  placeholder,
  onChange,
  error,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  min: number;
  max: number;
  placeholder?: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <div data-error={error ? 'true' : undefined} className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        className="w-36"
      />
      <FieldHint id={`${id}-hint`}>{hint}</FieldHint>
      {error ? (
        <FieldError id={`${id}-error`} announce={false}>
          {error}
        </FieldError>
      ) : null}
    </div>
  );
}
