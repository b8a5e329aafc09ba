'use client';

import { ZLoginSchema } from '@ladder/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { login } from '@/lib/api/auth';
import { isApiError } from '@/lib/api/client';
import { SIGN_IN_FIELDS, signInErrors } from '@/lib/auth/form-errors';
import { forgotPasswordHref } from '@/lib/auth/redirects';
import { formString, requiredErrors, zodFormErrors } from '@/lib/forms';
import { useFormSubmit } from '@/lib/hooks/use-form-submit';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { authLinkClassName } from './auth-card';
import { EmailField } from './email-field';

const IDS = { email: 'sign-in-email', password: 'sign-in-password' };
const LABELS = { email: 'Email', password: 'Password' };

/**
 * Signs in through the same-origin API rewrite, so the API's httpOnly cookies land on this site
 * directly. Then goes to `next` and re-renders the server components (header included) signed in.
 */
export function SignInForm({ next, defaultEmail = '' }: { next: string; defaultEmail?: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  // The address typed so far, so "Forgot your password?" can carry it over (never the password).
  const [email, setEmail] = useState(defaultEmail);
  const { errors, pending, onSubmit, onChange, fieldError } = useFormSubmit(async (data) => {
    const values = { email: formString(data, 'email'), password: formString(data, 'password') };
    const missing = requiredErrors(values, {
      email: 'Enter your email address',
      password: 'Enter your password',
    });
    if (Object.keys(missing).length > 0) return { fields: missing, form: null };
    const parsed = ZLoginSchema.safeParse(values);
    if (!parsed.success) return zodFormErrors(parsed.error, SIGN_IN_FIELDS);
    try {
      await login(parsed.data);
    } catch (error) {
      if (isApiError(error)) return signInErrors(error);
      throw error;
    }
    router.replace(next);
    router.refresh();
    return 'done';
  });

  const onFormChange = (event: FormEvent<HTMLFormElement>) => {
    onChange(event);
    const target = event.target;
    if (target instanceof HTMLInputElement && target.name === 'email') setEmail(target.value);
  };

  return (
    <form
      method="post"
      noValidate
      onSubmit={onSubmit}
      onChange={onFormChange}
      className="flex flex-col gap-5"
    >
      <ErrorSummary errors={errors} fieldIds={IDS} labels={LABELS} />
      <EmailField
        id={IDS.email}
        label={LABELS.email}
        defaultValue={defaultEmail}
        error={fieldError('email')}
      />
      <div className="flex flex-col gap-1.5">
        <TextField
          id={IDS.password}
          name="password"
          type="password"
          label={LABELS.password}
          autoComplete="current-password"
          required
          error={fieldError('password')}
        />
        <Link href={forgotPasswordHref(email)} className={`${authLinkClassName} self-end text-sm`}>
          Forgot your password?
        </Link>
      </div>
      <SubmitButton size="lg" pending={pending} pendingLabel="Signing in…" disabled={!hydrated}>
        Sign in
      </SubmitButton>
    </form>
  );
}
