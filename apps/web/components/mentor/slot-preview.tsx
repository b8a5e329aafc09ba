'use client';

import { formatMoney, type TOffering, type TPutAvailability, type TSlotOffering } from '@ladder/domain';
import { useEffect, useId, useMemo, useState } from 'react';
import { Select } from '@/components/ui/select';
import { describeTimeZone, formatDuration } from '@/lib/format';
import { groupSlotsByLocalDay, previewSlots } from '@/lib/mentor/slot-preview';

const EXAMPLE: TSlotOffering & { title: string } = {
  title: 'Example: 60-minute session',
  durationMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
};

/**
 * The slots mentees would see over the next 7 days for the availability being edited, computed
 * in the browser with the API's own `computeSlots` — without existing bookings, which the
 * preview says out loud. `availability` is null while the draft does not validate.
 */
export function SlotPreview({
  availability,
  offerings,
}: {
  availability: TPutAvailability | null;
  offerings: readonly TOffering[];
}) {
  const selectId = useId();
  const choices = useMemo(
    () => [...offerings].sort((a, b) => Number(b.active) - Number(a.active)),
    [offerings],
  );
  const [offeringId, setOfferingId] = useState(choices[0]?.id ?? '');
  const offering = choices.find((o) => o.id === offeringId) ?? null;

  // "Now" only exists in the browser: rendering it on the server would not match after hydration.
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);

  const days = useMemo(() => {
    if (!availability || !now) return null;
    try {
      const slots = previewSlots(availability, offering ?? EXAMPLE, now);
      return groupSlotsByLocalDay(slots, availability.timezone, now);
    } catch {
      return null;
    }
  }, [availability, offering, now]);

  const total = days?.reduce((sum, d) => sum + d.times.length, 0) ?? 0;

  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="preview-heading" className="text-lg font-semibold text-ink-950">
          Preview: the next 7 days
        </h2>
        <p className="mt-1 text-sm text-ink-600">
          The start times mentees would be offered, as they stand in this editor (saved or not).
        </p>
      </div>
      {choices.length > 0 ? (
        <div className="flex flex-col gap-1.5">
          <label htmlFor={selectId} className="text-sm font-medium text-ink-800">
            Session type
          </label>
          <Select
            id={selectId}
            value={offeringId}
            onChange={(event) => setOfferingId(event.target.value)}
            options={choices.map((o) => ({
              value: o.id,
              label: `${o.title} — ${formatDuration(o.durationMinutes)}, ${formatMoney(o.priceAmount, o.currency)}${o.active ? '' : ' (hidden)'}`,
            }))}
          />
        </div>
      ) : (
        <p className="rounded-lg bg-ink-50 p-3 text-sm text-ink-700">
          Showing a 60-minute example. Add a session type to preview its real slots, buffers and notice.
        </p>
      )}
      <p className="rounded-lg border border-brand-200 bg-brand-50 px-3 py-2 text-xs text-brand-900">
        Existing bookings are not shown in this preview. Times already booked (with their buffers) are not
        offered to mentees, and a day stops taking bookings once it reaches your daily cap.
      </p>

      <p aria-live="polite" className="text-sm text-ink-700">
        {!availability ? (
          'Fix the highlighted rows to see the preview.'
        ) : !days ? (
          'Working out your slots…'
        ) : (
          <>
            <span className="font-semibold text-ink-950">{total}</span> slot{total === 1 ? '' : 's'} · times
            in <span className="font-medium">{describeTimeZone(availability.timezone)}</span>
          </>
        )}
      </p>
      {availability && days ? (
        <ol className="flex flex-col divide-y divide-ink-100 rounded-lg border border-ink-200 bg-ink-0">
          {days.map((day) => (
            <li key={day.date} className="flex flex-col gap-2 px-3 py-3 sm:flex-row sm:gap-4">
              <p className="w-24 shrink-0 text-sm font-medium text-ink-900">{day.label}</p>
              {day.times.length === 0 ? (
                <p className="text-sm text-ink-500">No slots</p>
              ) : (
                <ul aria-label={`Slots on ${day.label}`} className="flex flex-wrap gap-1.5">
                  {day.times.map((t) => (
                    <li
                      key={t.start}
                      className="rounded-md border border-brand-200 bg-brand-50 px-2 py-0.5 text-xs font-medium tabular-nums text-brand-800"
                    >
                      {t.label}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
