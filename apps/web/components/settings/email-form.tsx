'use client';

import Link from 'next/link';
import { useActionState, useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { INITIAL_SETTINGS_FORM } from '@/lib/account/settings-form';
import { changeEmailAction } from '@/lib/actions/account-settings';
import { hasErrors } from '@/lib/forms';

const LABELS = { newEmail: 'New email address', password: 'Your password' };

/**
 * Email change: the new address and the password. Nothing changes until the link sent to the new
 * address is used; the form then says so ("check your inbox"). Accounts without a password are
 * sent to "Forgot password" first, as for the password form.
 */
export function EmailForm({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const [state, formAction, pending] = useActionState(changeEmailAction, INITIAL_SETTINGS_FORM);
  const id = useId();
  const ids = { newEmail: `${id}-email`, password: `${id}-password` };
  const sentTo = state.saved > 0 && !hasErrors(state.errors) ? state.values.sentTo : undefined;

  return (
    <div className="flex flex-col gap-5">
      <p className="text-ink-700">
        Your email address is <strong className="font-medium text-ink-900">{email}</strong>. You sign in with
        it and Ladder sends your bookings there.
      </p>
      {!hasPassword ? (
        <Alert tone="info">
          You sign in with GitHub, so your account has no password to confirm the change with. Set one first
          with{' '}
          <Link href="/forgot-password" className="font-medium underline">
            Forgot password
          </Link>
          , then come back here.
        </Alert>
      ) : (
        <form key={state.saved} action={formAction} className="flex flex-col gap-5" noValidate>
          <ErrorSummary errors={state.errors} fieldIds={ids} labels={LABELS} />
          {sentTo ? (
            <Alert tone="success" role="status" title="Check your inbox">
              If {sentTo} can be used, we sent a confirmation link there; it works for 24 hours, once, while
              you are signed in. Your address stays {email} until you use it. We also told {email} about this
              request.
            </Alert>
          ) : null}
          <TextField
            id={ids.newEmail}
            name="newEmail"
            type="email"
            label={LABELS.newEmail}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            required
            defaultValue={state.values.newEmail ?? ''}
            error={state.errors.fields.newEmail}
          />
          <TextField
            id={ids.password}
            name="password"
            type="password"
            label={LABELS.password}
            hint="To make sure it is you."
            autoComplete="current-password"
            required
            error={state.errors.fields.password}
          />
          <div>
            <SubmitButton pending={pending} pendingLabel="Sending…">
              Send confirmation link
            </SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
