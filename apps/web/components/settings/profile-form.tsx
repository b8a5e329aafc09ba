'use client';

import { USER_NAME_MAX } from '@ladder/domain';
import { useActionState, useEffect, useId, useState } from 'react';
import { TimeZoneSelect } from '@/components/mentor/time-zone-select';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { INITIAL_SETTINGS_FORM, zoneSuggestion } from '@/lib/account/settings-form';
import { updateProfileAction } from '@/lib/actions/account-settings';
import { describeTimeZone } from '@/lib/format';
import { detectTimeZone } from '@/lib/time/zones';

/** Name and time zone. The browser's zone is offered when it differs from the saved one. */
export function ProfileForm({ name, timezone }: { name: string; timezone: string }) {
  const [state, formAction, pending] = useActionState(updateProfileAction, INITIAL_SETTINGS_FORM);
  const [zone, setZone] = useState(state.values.timezone ?? timezone);
  const [detected, setDetected] = useState<string | null>(null);
  const id = useId();
  const ids = { name: `${id}-name`, timezone: `${id}-timezone` };

  // The browser's zone is only known in the browser.
  useEffect(() => setDetected(detectTimeZone()), []);
  // After a save the page re-renders with the stored zone.
  useEffect(() => setZone(timezone), [timezone]);

  const suggestion = zoneSuggestion(zone, detected);
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <ErrorSummary errors={state.errors} fieldIds={ids} labels={{ name: 'Name', timezone: 'Time zone' }} />
      {state.saved > 0 && state.errors.form === null && Object.keys(state.errors.fields).length === 0 ? (
        <Alert tone="success" role="status">
          Saved. Times on Ladder and in your emails now use {describeTimeZone(timezone)}.
        </Alert>
      ) : null}
      <TextField
        key={`name-${state.saved}`}
        id={ids.name}
        name="name"
        label="Name"
        hint="Shown to the mentors and mentees you book with."
        autoComplete="name"
        required
        maxLength={USER_NAME_MAX}
        defaultValue={state.values.name ?? name}
        error={state.errors.fields.name}
      />
      <div className="flex flex-col gap-2">
        <TimeZoneSelect
          id={ids.timezone}
          name="timezone"
          label="Time zone"
          hint="Session times, reminders and emails are shown in this zone. Upcoming sessions follow a change."
          value={zone}
          onChange={setZone}
          error={state.errors.fields.timezone}
        />
        {suggestion ? (
          <p className="flex flex-wrap items-center gap-2 text-sm text-ink-600">
            <span>This browser is in {describeTimeZone(suggestion)}.</span>
            <Button type="button" variant="secondary" size="sm" onClick={() => setZone(suggestion)}>
              Use {suggestion}
            </Button>
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save profile
        </SubmitButton>
      </div>
    </form>
  );
}
