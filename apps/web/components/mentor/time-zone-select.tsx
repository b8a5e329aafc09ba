'use client';

import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { fieldClassName } from '@/components/ui/input';
import { FieldError, FieldHint, Label } from '@/components/ui/label';
import { cn } from '@/lib/cn';
import { describeTimeZone } from '@/lib/format';
import { filterZoneOptions, type TZoneOption, timeZoneNames, zoneOption } from '@/lib/mentor/time-zones';

/**
 * A searchable time-zone picker that names zones the way people say them ("Central European
 * Time (Berlin, GMT+1)") and keeps the IANA name beside it. A button opens a panel with a search
 * field (an ARIA combobox) over a listbox: arrows move, Enter picks, Escape closes. The chosen
 * zone is submitted as a hidden input named `name`.
 */
export function TimeZoneSelect({
  id,
  name,
  label,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  name?: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (zone: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const hintId = useId();
  const errorId = useId();

  // Naming ~400 zones takes a few hundred Intl calls: only once the list is first opened.
  const [options, setOptions] = useState<TZoneOption[] | null>(null);
  useEffect(() => {
    if (open && options === null) setOptions(timeZoneNames(value).map((zone) => zoneOption(zone)));
  }, [open, options, value]);

  const matches = useMemo(() => filterZoneOptions(options ?? [], query), [options, query]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    listRef.current
      ?.querySelector<HTMLElement>(`[data-index="${active}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [active, open]);

  function openPanel() {
    setQuery('');
    setOpen(true);
    setActive(0);
  }

  function choose(zone: string) {
    onChange(zone);
    setOpen(false);
    triggerRef.current?.focus();
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, Math.max(matches.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = matches[active];
      if (option) choose(option.value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      triggerRef.current?.focus();
    }
  }

  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const activeOption = matches[active];

  return (
    <div ref={rootRef} className="relative flex min-w-0 flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {name ? <input type="hidden" name={name} value={value} /> : null}
      <button
        ref={triggerRef}
        id={id}
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onClick={() => (open ? setOpen(false) : openPanel())}
        onKeyDown={(event) => {
          if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !open) {
            event.preventDefault();
            openPanel();
          }
        }}
        className={cn(
          fieldClassName,
          'flex h-auto min-h-10 items-center justify-between gap-2 py-1.5 text-left',
        )}
      >
        <span className="min-w-0">
          <span className="block truncate">{value ? describeTimeZone(value) : 'Choose a time zone'}</span>
          {value ? <span className="block truncate text-xs text-ink-500">{value}</span> : null}
        </span>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          fill="currentColor"
          className="size-4 shrink-0 text-ink-500"
        >
          <path
            fillRule="evenodd"
            d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z"
            clipRule="evenodd"
          />
        </svg>
      </button>
      {open ? (
        <div className="absolute top-full right-0 left-0 z-30 mt-1 rounded-lg border border-ink-200 bg-ink-0 p-2 shadow-raised">
          <input
            // biome-ignore lint/a11y/noAutofocus: the panel opens on request; the search field is where typing goes
            autoFocus
            role="combobox"
            aria-label="Search time zones"
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onSearchKeyDown}
            placeholder="City, country or zone — e.g. Berlin, Kolkata, Pacific"
            className={cn(fieldClassName, 'h-9')}
          />
          {options === null || matches.length === 0 ? (
            <p className="mt-2 px-3 py-2 text-sm text-ink-500">
              {options === null ? 'Loading time zones…' : `No time zone matches “${query}”.`}
            </p>
          ) : (
            <div
              ref={listRef}
              id={listId}
              role="listbox"
              aria-label={label}
              className="mt-2 max-h-64 overflow-y-auto"
            >
              {matches.map((option, index) => (
                // Options are not focused themselves: the search field keeps focus and points at
                // the active one with aria-activedescendant, and handles the keys (combobox pattern).
                // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard handled by the combobox input
                <div
                  key={option.value}
                  id={`${listId}-${index}`}
                  data-index={index}
                  role="option"
                  tabIndex={-1}
                  aria-selected={option.value === value}
                  onPointerDown={(event) => event.preventDefault()}
                  onClick={() => choose(option.value)}
                  onMouseMove={() => setActive(index)}
                  className={cn(
                    'cursor-pointer rounded-md px-3 py-2 text-sm',
                    index === active && 'bg-ink-100',
                    option.value === value && 'font-semibold text-brand-800',
                  )}
                >
                  <span className="block">{option.label}</span>
                  <span className="block text-xs text-ink-500">{option.value}</span>
                </div>
              ))}
            </div>
          )}
        </div>
      ) : null}
      {hint ? <FieldHint id={hintId}>{hint}</FieldHint> : null}
      {error ? (
        <FieldError id={errorId} announce={false}>
          {error}
        </FieldError>
      ) : null}
    </div>
  );
}
