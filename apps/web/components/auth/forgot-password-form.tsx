'use client';

import { ZForgotPasswordSchema } from '@ladder/domain';
import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { forgotPassword } from '@/lib/api/auth';
import { isApiError } from '@/lib/api/client';
import { FORGOT_PASSWORD_FIELDS, forgotPasswordErrors } from '@/lib/auth/form-errors';
import { formString, NO_ERRORS, requiredErrors, zodFormErrors } from '@/lib/forms';
import { useFormSubmit } from '@/lib/hooks/use-form-submit';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { authLinkClassName } from './auth-card';
import { EmailField } from './email-field';

const IDS = { email: 'forgot-password-email' };

/**
 * Asks for a reset link. The answer never reveals whether an account exists: after any accepted
 * submit it says the same thing.
 */
export function ForgotPasswordForm({ defaultEmail = '' }: { defaultEmail?: string }) {
  const hydrated = useHydrated();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, pending, onSubmit, onChange, fieldError } = useFormSubmit(async (data) => {
    const values = { email: formString(data, 'email') };
    const missing = requiredErrors(values, { email: 'Enter your email address' });
    if (Object.keys(missing).length > 0) return { fields: missing, form: null };
    const parsed = ZForgotPasswordSchema.safeParse(values);
    if (!parsed.success) return zodFormErrors(parsed.error, FORGOT_PASSWORD_FIELDS);
    try {
      await forgotPassword(parsed.data);
    } catch (error) {
      if (isApiError(error)) return forgotPasswordErrors(error);
      throw error;
    }
    setSentTo(parsed.data.email);
    return NO_ERRORS;
  });

  if (sentTo !== null) {
    return (
      <div className="flex flex-col gap-5">
        <Alert tone="success" role="status" title="Check your inbox">
          <p>
            If an account exists for that email, we sent a link to reset your password. It may take a minute
            to arrive; check your spam folder too.
          </p>
        </Alert>
        <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
          <Button variant="secondary" onClick={() => setSentTo(null)}>
            Use a different email
          </Button>
          <Link href="/sign-in" className={authLinkClassName}>
            Back to sign in
          </Link>
        </div>
      </div>
    );
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit} onChange={onChange} className="flex flex-col gap-5">
      <ErrorSummary errors={errors} fieldIds={IDS} labels={{ email: 'Email' }} />
      <EmailField
        id={IDS.email}
        label="Email"
        autoComplete="email"
        defaultValue={defaultEmail}
        error={fieldError('email')}
      />
      <SubmitButton size="lg" pending={pending} pendingLabel="Sending…" disabled={!hydrated}>
        Send reset link
      </SubmitButton>
    </form>
  );
}
