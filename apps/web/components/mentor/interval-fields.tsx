'use client';

import { Button } from '@/components/ui/button';
import { fieldClassName } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { type TIntervalDraft, timeChoices } from '@/lib/mentor/weekly-grid';

/**
 * One "09:00 – 12:00" interval: two 15-minute-step selects and a remove button. `label` names the
 * interval for assistive technology ("Monday, hours 1").
 */
export function IntervalFields({
  interval,
  label,
  error,
  onChange,
  onRemove,
}: {
  interval: TIntervalDraft;
  label: string;
  error?: string | undefined;
  onChange: (patch: { start?: string; end?: string }) => void;
  onRemove: () => void;
}) {
  const errorId = `${interval.id}-error`;
  const invalid = error ? true : undefined;
  const describedBy = error ? errorId : undefined;
  const selectClass = cn(fieldClassName, 'h-9 w-[5.75rem] cursor-pointer px-2 tabular-nums');
  return (
    <div data-error={error ? 'true' : undefined} className="flex flex-col gap-1">
      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">{label}</legend>
        <select
          aria-label={`${label} from`}
          value={interval.start}
          onChange={(event) => onChange({ start: event.target.value })}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={selectClass}
        >
          {timeChoices('start', 15, interval.start).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <span aria-hidden="true" className="text-ink-500">
          –
        </span>
        <select
          aria-label={`${label} until`}
          value={interval.end}
          onChange={(event) => onChange({ end: event.target.value })}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={selectClass}
        >
          {timeChoices('end', 15, interval.end).map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <Button
          variant="ghost"
          size="icon"
          className="size-9"
          onClick={onRemove}
          aria-label={`Remove ${label}`}
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75">
            <path
              d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </Button>
      </fieldset>
      {error ? (
        <p id={errorId} className="text-xs font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
