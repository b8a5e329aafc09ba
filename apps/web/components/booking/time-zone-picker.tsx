'use client';

import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { cn } from '@/lib/cn';
import { zoneLabel } from '@/lib/time/format';
import { listTimeZones, searchZones, type TZoneOption, zoneOptions } from '@/lib/time/zones';

/**
 * "Change" next to the zone times are shown in: a dialog with a searchable list of every IANA zone
 * (the ARIA combobox pattern: type to filter, arrows to move, Enter to choose). Radix keeps focus in
 * the dialog and returns it to the trigger.
 */
export function TimeZonePicker({
  zone,
  detected,
  onChange,
  triggerClassName,
}: {
  zone: string;
  detected: string | null;
  onChange: (zone: string) => void;
  triggerClassName?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button
          variant="ghost"
          size="sm"
          className={cn('h-7 px-1.5 text-brand-700 underline underline-offset-2', triggerClassName)}
          aria-label={`Change time zone (now ${zoneLabel(zone)})`}
        >
          Change
        </Button>
      </DialogTrigger>
      {open ? (
        <ZoneDialogContent
          zone={zone}
          detected={detected}
          onChoose={(next) => {
            onChange(next);
            setOpen(false);
          }}
        />
      ) : null}
    </Dialog>
  );
}

function ZoneDialogContent({
  zone,
  detected,
  onChoose,
}: {
  zone: string;
  detected: string | null;
  onChoose: (zone: string) => void;
}) {
  const id = useId();
  const inputId = `${id}-search`;
  const listId = `${id}-list`;
  const options = useMemo(() => zoneOptions(listTimeZones()), []);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchZones(options, query), [options, query]);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      matches.findIndex((o) => o.zone === zone),
    ),
  );
  const listRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const activeOption: TZoneOption | undefined = matches[Math.min(active, matches.length - 1)];

  // Open with the current zone in view (it is the active option).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on open
  useEffect(() => {
    listRef.current
      ?.querySelector<HTMLElement>(`[data-index="${active}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, []);

  function move(to: number) {
    const next = Math.max(0, Math.min(matches.length - 1, to));
    setActive(next);
    const el = listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`);
    el?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') move(active + 1);
    else if (event.key === 'ArrowUp') move(active - 1);
    else if (event.key === 'PageDown') move(active + 8);
    else if (event.key === 'PageUp') move(active - 8);
    else if (event.key === 'Enter' && activeOption) onChoose(activeOption.zone);
    else return;
    event.preventDefault();
  }

  return (
    <DialogContent
      className="flex max-h-[min(40rem,90dvh)] flex-col"
      onOpenAutoFocus={(event) => {
        event.preventDefault();
        inputRef.current?.focus();
      }}
    >
      <DialogTitle>Show times in another zone</DialogTitle>
      <DialogDescription>Now: {zoneLabel(zone)}. Your choice is remembered on this device.</DialogDescription>
      {detected && detected !== zone ? (
        <Button variant="secondary" size="sm" className="mt-4 self-start" onClick={() => onChoose(detected)}>
          Use this device’s zone: {zoneLabel(detected)}
        </Button>
      ) : null}
      <div className="mt-4 flex flex-col gap-1.5">
        <Label htmlFor={inputId}>Search time zones</Label>
        <Input
          ref={inputRef}
          id={inputId}
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${id}-opt-${active}` : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder="City, region or offset, e.g. Kolkata, New York, GMT+2"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            listRef.current?.scrollTo({ top: 0 });
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="sr-only" aria-live="polite">
        {matches.length === 0 ? 'No matching time zones' : `${matches.length} time zones`}
      </p>
      <div
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Time zones"
        className="mt-3 min-h-40 flex-1 overflow-y-auto rounded-md border border-ink-200"
      >
        {matches.length === 0 ? (
          <p className="p-4 text-sm text-ink-600">No time zone matches “{query}”.</p>
        ) : (
          matches.map((option, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection happens on the combobox input (aria-activedescendant)
            <div
              key={option.zone}
              id={`${id}-opt-${i}`}
              data-index={i}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              onClick={() => onChoose(option.zone)}
              onMouseMove={() => (i === active ? undefined : setActive(i))}
              className={cn(
                'flex cursor-pointer items-center justify-between gap-3 px-3 py-2 text-sm',
                i === active ? 'bg-brand-50 text-brand-900' : 'text-ink-800',
                option.zone === zone && 'font-semibold',
              )}
            >
              <span className="min-w-0 truncate">{option.label}</span>
              <span className="shrink-0 text-xs text-ink-500 tabular-nums">
                {option.offset}
                {option.zone === zone ? ' · current' : ''}
              </span>
            </div>
          ))
        )}
      </div>
    </DialogContent>
  );
}
