'use client';

import { isValidTimeZone, PASSWORD_MIN_LENGTH, ZRegisterSchema } from '@ladder/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { register } from '@/lib/api/auth';
import { isApiError } from '@/lib/api/client';
import { EMAIL_TAKEN_MESSAGE, SIGN_UP_FIELDS, signUpErrors } from '@/lib/auth/form-errors';
import { signInHref } from '@/lib/auth/redirects';
import { setFlash } from '@/lib/flash';
import { describeTimeZone } from '@/lib/format';
import { formString, requiredErrors, zodFormErrors } from '@/lib/forms';
import { track } from '@/lib/funnel';
import { useFormSubmit } from '@/lib/hooks/use-form-submit';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import { authLinkClassName } from './auth-card';
import { EmailField } from './email-field';

const IDS = { name: 'sign-up-name', email: 'sign-up-email', password: 'sign-up-password' };
const LABELS = { name: 'Name', email: 'Email', password: 'Password' };

/** The browser's IANA zone, or null when it reports none Ladder accepts. */
function detectTimeZone(): string | null {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

/**
 * Creates the account through the same-origin API rewrite (the API sets the session cookies), then
 * goes to `next` with a "check your inbox" banner. The time zone comes from the browser, so
 * session times are right from the first visit.
 */
export function SignUpForm({ next }: { next: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  // Detected after hydration: the server cannot know it, and guessing would flash the wrong zone.
  const [timeZone, setTimeZone] = useState<string | null>(null);
  useEffect(() => setTimeZone(detectTimeZone()), []);

  const { errors, pending, onSubmit, onChange, fieldError } = useFormSubmit(async (data) => {
    const values = {
      name: formString(data, 'name'),
      email: formString(data, 'email'),
      password: formString(data, 'password'),
    };
    const missing = requiredErrors(values, {
      name: 'Enter your name',
      email: 'Enter your email address',
      password: 'Choose a password',
    });
    if (Object.keys(missing).length > 0) return { fields: missing, form: null };
    const parsed = ZRegisterSchema.safeParse(timeZone ? { ...values, timezone: timeZone } : values);
    if (!parsed.success) return zodFormErrors(parsed.error, SIGN_UP_FIELDS);
    try {
      await register(parsed.data);
    } catch (error) {
      if (isApiError(error)) return signUpErrors(error);
      throw error;
    }
    track('signup');
    setFlash({
      tone: 'success',
      message: `Welcome to Ladder! Check your inbox to confirm your email — we sent a link to ${parsed.data.email}.`,
    });
    router.replace(next);
    router.refresh();
    return 'done';
  });

  const emailTaken = fieldError('email') === EMAIL_TAKEN_MESSAGE;

  return (
    <form method="post" noValidate onSubmit={onSubmit} onChange={onChange} className="flex flex-col gap-5">
      <ErrorSummary errors={errors} fieldIds={IDS} labels={LABELS} />
      <TextField
        id={IDS.name}
        name="name"
        label={LABELS.name}
        autoComplete="name"
        maxLength={120}
        required
        error={fieldError('name')}
      />
      <div className="flex flex-col gap-1.5">
        <EmailField id={IDS.email} label={LABELS.email} error={fieldError('email')} />
        {emailTaken ? (
          <Link href={signInHref(next)} className={`${authLinkClassName} text-sm`}>
            Sign in with this email
          </Link>
        ) : null}
      </div>
      <TextField
        id={IDS.password}
        name="password"
        type="password"
        label={LABELS.password}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short phrase is easier to remember than symbols.`}
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        required
        error={fieldError('password')}
      />
      <div className="rounded-lg border border-ink-200 bg-ink-50 px-4 py-3 text-sm">
        <p className="font-medium text-ink-800">Your time zone</p>
        <p className="mt-0.5 text-ink-600" aria-live="polite">
          {timeZone ? (
            <>
              {describeTimeZone(timeZone)} <span className="text-ink-500">— detected from this browser.</span>
            </>
          ) : hydrated ? (
            'We couldn’t detect it, so we’ll use UTC for now.'
          ) : (
            'Detecting…'
          )}
        </p>
        <p className="mt-1 text-xs text-ink-500">Session times are shown in this zone.</p>
      </div>
      <SubmitButton size="lg" pending={pending} pendingLabel="Creating your account…" disabled={!hydrated}>
        Create account
      </SubmitButton>
    </form>
  );
}
