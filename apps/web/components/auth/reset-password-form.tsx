'use client';

import { PASSWORD_MIN_LENGTH, ZResetPasswordSchema } from '@ladder/domain';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { resetPassword } from '@/lib/api/auth';
import { isApiError } from '@/lib/api/client';
import { isInvalidLink, RESET_PASSWORD_FIELDS, resetPasswordErrors } from '@/lib/auth/form-errors';
import { formString, NO_ERRORS, requiredErrors, type TFormErrors, zodFormErrors } from '@/lib/forms';
import { useFormSubmit } from '@/lib/hooks/use-form-submit';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { InvalidLinkNotice } from './invalid-link-notice';

const IDS = { password: 'reset-password', confirmPassword: 'reset-password-confirm' };
const LABELS = { password: 'New password', confirmPassword: 'Confirm new password' };

/** Sets a new password with the token from the emailed link, then sends the visitor to sign in. */
export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [linkInvalid, setLinkInvalid] = useState(false);
  const { errors, pending, onSubmit, onChange, fieldError } = useFormSubmit(async (data) => {
    const values = {
      password: formString(data, 'password'),
      confirmPassword: formString(data, 'confirmPassword'),
    };
    const missing = requiredErrors(values, {
      password: 'Choose a new password',
      confirmPassword: 'Type the new password again',
    });
    if (Object.keys(missing).length > 0) return { fields: missing, form: null };
    const parsed = ZResetPasswordSchema.safeParse({ token, password: values.password });
    if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'token')) {
      setLinkInvalid(true); // a truncated or mangled link: no password will make it work
      return 'done';
    }
    const found: TFormErrors = parsed.success
      ? NO_ERRORS
      : zodFormErrors(parsed.error, RESET_PASSWORD_FIELDS);
    if (values.password !== values.confirmPassword) {
      return { fields: { ...found.fields, confirmPassword: 'The passwords don’t match' }, form: null };
    }
    if (!parsed.success) return found;
    try {
      await resetPassword(parsed.data);
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (isInvalidLink(error)) {
        setLinkInvalid(true);
        return 'done';
      }
      return resetPasswordErrors(error);
    }
    router.replace('/sign-in?reset=done');
    return 'done';
  });

  if (linkInvalid) return <InvalidLinkNotice kind="reset" />;

  return (
    <form method="post" noValidate onSubmit={onSubmit} onChange={onChange} className="flex flex-col gap-5">
      <ErrorSummary errors={errors} fieldIds={IDS} labels={LABELS} />
      <TextField
        id={IDS.password}
        name="password"
        type="password"
        label={LABELS.password}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        required
        error={fieldError('password')}
      />
      <TextField
        id={IDS.confirmPassword}
        name="confirmPassword"
        type="password"
        label={LABELS.confirmPassword}
        autoComplete="new-password"
        required
        error={fieldError('confirmPassword')}
      />
      <SubmitButton size="lg" pending={pending} pendingLabel="Saving…" disabled={!hydrated}>
        Set new password
      </SubmitButton>
    </form>
  );
}
