'use client';

import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { fieldClassName } from '@/components/ui/input';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { cn } from '@/lib/cn';
import { addTags, removeTag, type TTagKind, tagSuggestions } from '@/lib/mentor/tags';

/**
 * Tags as removable chips: type and press Enter (or a comma) to add, Backspace on an empty field
 * removes the last one, suggestions are one click away. The chips are submitted as repeated
 * hidden inputs named `name`; whatever is still typed in the field is submitted as `${name}Draft`,
 * so the form can add it instead of silently dropping it.
 */
export function TagInput({
  id,
  name,
  label,
  hint,
  error,
  value,
  onChange,
  kind,
  suggestions,
  placeholder,
}: {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  kind: TTagKind;
  suggestions: readonly string[];
  placeholder?: string;
}) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const hintId = useId();
  const errorId = useId();
  const suggestionsId = useId();

  function commit(raw: string) {
    const result = addTags(value, raw, kind);
    const added = result.tags.filter((t) => !value.includes(t));
    if (added.length > 0) {
      onChange(result.tags);
      setAnnouncement(`Added ${added.join(', ')}`);
    }
    setProblem(result.problem);
    setDraft('');
  }

  function remove(tag: string) {
    onChange(removeTag(value, tag));
    setProblem(null);
    setAnnouncement(`Removed ${tag}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      if (draft.trim()) commit(draft);
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      const last = value[value.length - 1];
      if (last) remove(last);
    }
  }

  const message = error ?? problem ?? undefined;
  const shown = tagSuggestions(suggestions, value, draft, kind);
  const describedBy = [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div
        className={cn(
          fieldClassName,
          'flex min-h-10 flex-wrap items-center gap-1.5 px-2 py-1.5 focus-within:border-brand-600 focus-within:outline-2 focus-within:outline-brand-600/30',
          message && 'border-danger-600',
        )}
      >
        {value.length > 0 ? (
          <ul aria-label={`Chosen ${kind.noun}s`} className="contents">
            {value.map((tag) => (
              <li
                key={tag}
                className="inline-flex items-center gap-1 rounded-pill border border-brand-200 bg-brand-50 py-0.5 pr-1 pl-2.5 text-xs font-medium text-brand-800"
              >
                {tag}
                <input type="hidden" name={name} value={tag} />
                <button
                  type="button"
                  onClick={() => remove(tag)}
                  className="inline-flex size-5 items-center justify-center rounded-pill text-brand-700 hover:bg-brand-100 hover:text-brand-900"
                  aria-label={`Remove ${tag}`}
                >
                  <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-3.5">
                    <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
                  </svg>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id={id}
          name={`${name}Draft`}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setProblem(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (draft.trim()) commit(draft);
          }}
          placeholder={value.length === 0 ? placeholder : `Add another ${kind.noun}`}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          className="h-7 min-w-32 flex-1 border-0 bg-transparent px-1 text-base text-ink-900 outline-none placeholder:text-ink-400 sm:text-sm"
        />
      </div>
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {message ? (
        <FieldError id={errorId} announce={!error}>
          {message}
        </FieldError>
      ) : null}
      {shown.length > 0 ? (
        <div className="flex flex-wrap items-center gap-1.5">
          <span id={suggestionsId} className="text-xs text-ink-500">
            Suggestions:
          </span>
          <ul aria-labelledby={suggestionsId} className="contents">
            {shown.map((suggestion) => (
              <li key={suggestion}>
                <button
                  type="button"
                  onClick={() => commit(suggestion)}
                  className="rounded-pill border border-dashed border-ink-300 px-2 py-0.5 text-xs text-ink-700 hover:border-brand-400 hover:bg-brand-50 hover:text-brand-800"
                  aria-label={`Add ${suggestion}`}
                >
                  + {suggestion}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
