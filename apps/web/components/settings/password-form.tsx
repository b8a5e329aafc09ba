'use client';

import { PASSWORD_MIN_LENGTH } from '@ladder/domain';
import Link from 'next/link';
import { useActionState, useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { INITIAL_SETTINGS_FORM } from '@/lib/account/settings-form';
import { changePasswordAction } from '@/lib/actions/account-settings';
import { hasErrors } from '@/lib/forms';

const LABELS = {
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'New password again',
};

/**
 * Password change. Accounts without a password (GitHub sign-in) are sent to "Forgot password",
 * which sets one through an emailed link.
 */
export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, formAction, pending] = useActionState(changePasswordAction, INITIAL_SETTINGS_FORM);
  const id = useId();
  const ids = {
    currentPassword: `${id}-current`,
    newPassword: `${id}-new`,
    confirmPassword: `${id}-confirm`,
  };

  if (!hasPassword) {
    return (
      <Alert tone="info">
        You sign in with GitHub, so your account has no password. To add one, use{' '}
        <Link href="/forgot-password" className="font-medium underline">
          Forgot password
        </Link>{' '}
        — we email you a link to set it.
      </Alert>
    );
  }

  return (
    <form key={state.saved} action={formAction} className="flex flex-col gap-5" noValidate>
      <ErrorSummary errors={state.errors} fieldIds={ids} labels={LABELS} />
      {state.saved > 0 && !hasErrors(state.errors) ? (
        <Alert tone="success" role="status">
          Password changed. You stay signed in here; every other device was signed out, and we emailed you a
          confirmation.
        </Alert>
      ) : null}
      <TextField
        id={ids.currentPassword}
        name="currentPassword"
        type="password"
        label={LABELS.currentPassword}
        autoComplete="current-password"
        required
        error={state.errors.fields.currentPassword}
      />
      <TextField
        id={ids.newPassword}
        name="newPassword"
        type="password"
        label={LABELS.newPassword}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        required
        error={state.errors.fields.newPassword}
      />
      <TextField
        id={ids.confirmPassword}
        name="confirmPassword"
        type="password"
        label={LABELS.confirmPassword}
        autoComplete="new-password"
        required
        error={state.errors.fields.confirmPassword}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Changing…">
          Change password
        </SubmitButton>
      </div>
    </form>
  );
}
