'use client';

import { useId, useState } from 'react';
import { useViewerZone } from '@/components/booking/use-viewer-zone';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { TWorkingHours } from '@/lib/api/mentor-query';
import { zoneLabel } from '@/lib/time/format';

const DEFAULT_FROM = '09:00';
const DEFAULT_TO = '17:00';

/**
 * "Free during my working hours" for the mentor search's GET form: a tick box, then the hours as
 * `freeFrom`/`freeTo` and the zone they are in as `freeTz`. Unticked, the fields are disabled, so
 * the form leaves them out of the URL. The zone is the one in the URL when the search already has
 * it, else the visitor's own (the same one the booking widget shows times in).
 */
export function WorkingHoursFields({ value }: { value?: TWorkingHours | undefined }) {
  const id = useId();
  const { zone: viewerZone } = useViewerZone();
  const [on, setOn] = useState(value !== undefined);
  const zone = value?.tz ?? viewerZone;
  const disabled = !on || zone === null;

  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">Free during my working hours</legend>
      <div className="flex items-start gap-3">
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={on}
          onChange={(event) => setOn(event.currentTarget.checked)}
          className="mt-0.5 size-4 rounded border-ink-300 accent-brand-600"
          aria-describedby={`${id}-hint`}
        />
        <div>
          <Label htmlFor={`${id}-on`}>Free during my working hours</Label>
          <p id={`${id}-hint`} className="text-xs text-ink-500">
            {zone
              ? `A free slot between these times on one of the next 7 days, in ${zoneLabel(zone)}.`
              : 'A free slot between these times on one of the next 7 days, in your time zone.'}
          </p>
        </div>
      </div>
      <div className="grid grid-cols-2 gap-3 lg:gap-2">
        <div className="space-y-1.5">
          <Label htmlFor={`${id}-from`}>From</Label>
          <Input
            id={`${id}-from`}
            name="freeFrom"
            type="time"
            step={900}
            className="px-2"
            defaultValue={value?.from ?? DEFAULT_FROM}
            disabled={disabled}
            required={!disabled}
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor={`${id}-to`}>To</Label>
          <Input
            id={`${id}-to`}
            name="freeTo"
            type="time"
            step={900}
            className="px-2"
            defaultValue={value?.to ?? DEFAULT_TO}
            disabled={disabled}
            required={!disabled}
          />
        </div>
      </div>
      {zone && !disabled ? <input type="hidden" name="freeTz" value={zone} /> : null}
    </fieldset>
  );
}
