'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { getSlots } from '@/lib/api/bookings';
import { isApiError } from '@/lib/api/client';
import { cn } from '@/lib/cn';
import {
  addDays,
  dateInZone,
  daysBetween,
  laterDate,
  type TDateKey,
  weekRangeInZone,
  weekStartInZone,
} from '@/lib/time/calendar-date';
import { formatDateKey, formatShortDate, formatTime, formatWeekLabel, zoneName } from '@/lib/time/format';
import { buildWeekGrid, isEmptyWeek, type TSlot } from '@/lib/time/week-grid';

/** How far "next available" looks past an empty week (the API answers at most 62 days at once). */
const LOOKAHEAD_DAYS = 56;
/** Times shown per day before "Show all times": keeps a week of 20-minute slots scannable. */
const TIMES_PER_DAY = 8;
/** Weeks ahead one may page to; mentors' booking horizons are about 60 days. */
const MAX_WEEKS_AHEAD = 12;

type TWeekData =
  | { status: 'loading' }
  | { status: 'error'; unreachable: boolean }
  | { status: 'ready'; slots: TSlot[]; mentorZone: string };

/** `undefined` while looking, `null` when nothing is free in the lookahead either. */
type TNextAvailable = TSlot | null | undefined;

export type TLoadedWeek = { from: Date; to: Date; slots: TSlot[]; mentorZone: string };

/**
 * A week of free start times of one offering, in the viewer's zone: seven columns on wider screens,
 * a day-by-day list on phones. Fetches `GET /mentors/{slug}/slots` for exactly the visible week
 * (local midnight Monday to local midnight next Monday, which DST can make 167 or 169 hours long),
 * with previous/next week, a jump to the next free time when a week is empty, a skeleton while
 * loading and a retry on failure. Each time is a toggle button named by its date, time and zone.
 */
export function WeekSlotPicker({
  slug,
  offeringId,
  zone,
  selected,
  onSelect,
  focusInstant,
  reloadToken = 0,
  onLoaded,
  mentorFirstName,
}: {
  slug: string;
  offeringId: string;
  /** The viewer's zone: days and times are shown in it. */
  zone: string;
  /** The selected slot's start (ISO), if any. */
  selected: string | null;
  onSelect: (slot: TSlot) => void;
  /** Open on the week containing this instant (e.g. a time picked before signing in). */
  focusInstant?: string | null;
  /** Bump to drop cached weeks and fetch again (after a slot was taken). */
  reloadToken?: number;
  onLoaded?: (week: TLoadedWeek) => void;
  mentorFirstName: string;
}) {
  const headingId = useId();
  const today = useMemo(() => dateInZone(new Date(), zone), [zone]);
  const currentWeek = useMemo(() => weekStartInZone(new Date(), zone), [zone]);
  const [weekStart, setWeekStart] = useState<TDateKey>(() => {
    const wanted = focusInstant ? weekStartInZone(focusInstant, zone) : currentWeek;
    return laterDate(wanted, currentWeek);
  });
  const [attempt, setAttempt] = useState(0);
  const [data, setData] = useState<TWeekData>({ status: 'loading' });
  const [nextAvailable, setNextAvailable] = useState<TNextAvailable>(undefined);
  const [expanded, setExpanded] = useState(false);
  const cache = useRef(new Map<string, { slots: TSlot[]; mentorZone: string }>());
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onLoadedRef.current = onLoaded;
  });

  // A new zone keeps the same calendar week, unless that week is now in the past.
  useEffect(() => {
    setWeekStart((w) => laterDate(w, currentWeek));
  }, [currentWeek]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadToken only invalidates the cache
  useEffect(() => {
    cache.current.clear();
  }, [reloadToken, offeringId]);

  const range = useMemo(() => weekRangeInZone(weekStart, zone), [weekStart, zone]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt and reloadToken re-run the fetch on purpose
  useEffect(() => {
    const controller = new AbortController();
    const key = `${offeringId}|${range.from.toISOString()}|${range.to.toISOString()}`;
    const cached = cache.current.get(key);
    setNextAvailable(undefined);
    if (cached) {
      setData({ status: 'ready', ...cached });
      onLoadedRef.current?.({ ...range, ...cached });
    } else {
      setData({ status: 'loading' });
      getSlots(
        slug,
        { offeringId, from: range.from.toISOString(), to: range.to.toISOString() },
        { signal: controller.signal },
      ).then(
        (answer) => {
          if (controller.signal.aborted) return;
          const value = { slots: answer.slots, mentorZone: answer.timezone };
          cache.current.set(key, value);
          setData({ status: 'ready', ...value });
          onLoadedRef.current?.({ ...range, ...value });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          if (!isApiError(error)) console.error(error);
          setData({ status: 'error', unreachable: isApiError(error) && error.isUnreachable });
        },
      );
    }
    return () => controller.abort();
  }, [slug, offeringId, range, attempt, reloadToken]);

  const days = useMemo(
    () => (data.status === 'ready' ? buildWeekGrid(data.slots, zone, weekStart, today) : null),
    [data, zone, weekStart, today],
  );
  const empty = days !== null && isEmptyWeek(days);
  const hiddenCount = days?.reduce((n, d) => n + Math.max(0, d.slots.length - TIMES_PER_DAY), 0) ?? 0;
  // A selected time is never hidden (e.g. one picked before signing in, late in the day).
  const selectedHidden =
    days?.some((d) => d.slots.findIndex((slot) => slot.start === selected) >= TIMES_PER_DAY) ?? false;
  const showAll = expanded || selectedHidden;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new week starts collapsed
  useEffect(() => {
    setExpanded(false);
  }, [weekStart]);

  // An empty week: look further ahead once, for "next available".
  useEffect(() => {
    if (!empty) return;
    const controller = new AbortController();
    const from = range.to;
    const to = new Date(from.getTime() + LOOKAHEAD_DAYS * 86_400_000);
    getSlots(
      slug,
      { offeringId, from: from.toISOString(), to: to.toISOString() },
      { signal: controller.signal },
    ).then(
      (answer) => {
        if (!controller.signal.aborted) setNextAvailable(answer.slots[0] ?? null);
      },
      () => {
        if (!controller.signal.aborted) setNextAvailable(null);
      },
    );
    return () => controller.abort();
  }, [empty, range, slug, offeringId]);

  const weekEnd = addDays(weekStart, 6);
  const weekLabel = formatWeekLabel(weekStart, weekEnd);
  const canGoBack = weekStart > currentWeek;
  const canGoForward = daysBetween(currentWeek, weekStart) < MAX_WEEKS_AHEAD * 7;
  const freeCount = days?.reduce((n, d) => n + d.slots.length, 0) ?? 0;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => setWeekStart(addDays(weekStart, -7))}
          disabled={!canGoBack}
          aria-label="Previous week"
        >
          <ChevronIcon direction="left" />
          <span className="hidden sm:inline">Previous</span>
        </Button>
        <h4 id={headingId} className="text-center text-sm font-semibold text-ink-900 tabular-nums">
          {weekLabel}
        </h4>
        <Button
          variant="secondary"
          size="sm"
          onClick={() => setWeekStart(addDays(weekStart, 7))}
          disabled={!canGoForward}
          aria-label="Next week"
        >
          <span className="hidden sm:inline">Next</span>
          <ChevronIcon direction="right" />
        </Button>
      </div>

      <p className="sr-only" aria-live="polite">
        {data.status === 'loading'
          ? `Loading free times for ${weekLabel}`
          : data.status === 'error'
            ? `Free times for ${weekLabel} could not be loaded`
            : `${weekLabel}: ${freeCount === 0 ? 'no free times' : `${freeCount} free time${freeCount === 1 ? '' : 's'}`}`}
      </p>

      {data.status === 'error' ? (
        <div
          role="alert"
          className="flex min-h-48 flex-col items-center justify-center gap-3 rounded-lg border border-danger-100 bg-danger-50/60 p-6 text-center text-sm text-danger-700"
        >
          <p className="font-semibold">We couldn’t load free times for this week.</p>
          <p className="text-ink-700">
            {data.unreachable ? 'Check your connection and try again.' : 'Please try again in a moment.'}
          </p>
          <Button variant="secondary" size="sm" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </Button>
        </div>
      ) : days === null ? (
        <WeekSkeleton />
      ) : (
        <fieldset
          aria-labelledby={headingId}
          className="grid min-w-0 grid-cols-1 gap-2 md:min-h-48 md:grid-cols-7 md:gap-1.5"
        >
          {days.map((day) => {
            const label = formatDateKey(day.date);
            return (
              <div
                key={day.date}
                className={cn(
                  'flex items-start gap-3 rounded-lg border border-ink-100 p-2 md:flex-col md:items-stretch md:gap-2 md:border-0 md:p-0',
                  day.isPast && 'hidden md:flex',
                  day.slots.length === 0 && !day.isPast && 'max-md:py-1.5',
                )}
              >
                <div
                  className={cn(
                    'w-16 shrink-0 text-sm md:w-auto md:rounded-md md:py-1 md:text-center',
                    day.isToday ? 'text-brand-800 md:bg-brand-50' : 'text-ink-700',
                    day.isPast && 'text-ink-400',
                  )}
                >
                  <span className="block font-semibold">{day.isToday ? 'Today' : label.weekday}</span>
                  <span className="block text-xs text-ink-500 tabular-nums">{label.day}</span>
                </div>
                {day.slots.length === 0 ? (
                  <p className="self-center text-xs text-ink-400 md:text-center">
                    <span aria-hidden="true" className="hidden md:inline">
                      –
                    </span>
                    <span className="md:sr-only">No free times</span>
                  </p>
                ) : (
                  <ul
                    className="flex flex-1 flex-wrap gap-1.5 md:flex-col md:flex-nowrap"
                    aria-label={label.long}
                  >
                    {(showAll ? day.slots : day.slots.slice(0, TIMES_PER_DAY)).map((slot) => {
                      const isSelected = slot.start === selected;
                      const time = formatTime(slot.start, zone);
                      return (
                        <li key={slot.start}>
                          <button
                            type="button"
                            aria-pressed={isSelected}
                            aria-label={`${label.long}, ${time} (${zoneName(zone)})`}
                            onClick={() => onSelect(slot)}
                            className={cn(
                              'h-9 w-full min-w-[5.5rem] rounded-md border px-2 text-sm font-medium tabular-nums transition-colors',
                              'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600',
                              isSelected
                                ? 'border-brand-700 bg-brand-700 text-white'
                                : 'border-brand-200 bg-ink-0 text-brand-800 hover:border-brand-500 hover:bg-brand-50',
                            )}
                          >
                            {time}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </div>
            );
          })}
        </fieldset>
      )}

      {days !== null && hiddenCount > 0 && !selectedHidden ? (
        <Button
          variant="ghost"
          size="sm"
          className="self-center"
          aria-expanded={showAll}
          onClick={() => setExpanded((v) => !v)}
        >
          {showAll ? 'Show fewer times' : `Show all times (${hiddenCount} more)`}
        </Button>
      ) : null}

      {empty ? (
        <div className="rounded-lg bg-ink-50 p-4 text-sm text-ink-700" aria-live="polite">
          {nextAvailable === undefined ? (
            <p>No free times this week. Looking for the next available time…</p>
          ) : nextAvailable === null ? (
            <p>
              No free times this week or in the {LOOKAHEAD_DAYS / 7} weeks after it. {mentorFirstName} may
              open more hours soon.
            </p>
          ) : (
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p>
                No free times this week — next available:{' '}
                <strong className="font-semibold text-ink-900">
                  {formatShortDate(nextAvailable.start, zone)}, {formatTime(nextAvailable.start, zone)}
                </strong>
              </p>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => setWeekStart(weekStartInZone(nextAvailable.start, zone))}
              >
                Go to that week
              </Button>
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}

function WeekSkeleton() {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Loading free times"
      className="grid grid-cols-1 gap-2 md:min-h-48 md:grid-cols-7 md:gap-1.5"
    >
      {Array.from({ length: 7 }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div key={i} className="flex items-start gap-3 p-2 md:flex-col md:items-stretch md:gap-2 md:p-0">
          <Skeleton className="h-9 w-16 md:w-full" />
          <div className="flex flex-1 flex-wrap gap-1.5 md:flex-col">
            <Skeleton className="h-9 w-[5.5rem] md:w-full" />
            <Skeleton className="h-9 w-[5.5rem] md:w-full" />
            <Skeleton className="hidden h-9 w-full md:block" />
          </div>
        </div>
      ))}
    </div>
  );
}

function ChevronIcon({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor">
      <path
        fillRule="evenodd"
        d={
          direction === 'left'
            ? 'M12.79 5.23a.75.75 0 0 1-.02 1.06L8.832 10l3.938 3.71a.75.75 0 1 1-1.04 1.08l-4.5-4.25a.75.75 0 0 1 0-1.08l4.5-4.25a.75.75 0 0 1 1.06.02Z'
            : 'M7.21 14.77a.75.75 0 0 1 .02-1.06L11.168 10 7.23 6.29a.75.75 0 1 1 1.04-1.08l4.5 4.25a.75.75 0 0 1 0 1.08l-4.5 4.25a.75.75 0 0 1-1.06-.02Z'
        }
        clipRule="evenodd"
      />
    </svg>
  );
}
