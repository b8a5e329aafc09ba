'use server';

import {
  ACCOUNT_DELETE_PHRASE,
  type TDeleteAccount,
  ZChangeEmailSchema,
  ZChangePasswordSchema,
  ZConfirmEmailChangeSchema,
  ZDeleteAccountSchema,
  ZUpdateMeSchema,
} from '@ladder/domain';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { TSettingsFormState } from '@/lib/account/settings-form';
import {
  changePassword,
  confirmEmailChange,
  deleteAccount,
  requestEmailChange,
  updateMe,
} from '@/lib/api/account';
import type { ApiError } from '@/lib/api/client';
import { callWithSession } from '@/lib/api/server-session';
import { SESSION_COOKIES } from '@/lib/auth/cookies';
import {
  apiFormErrors,
  formError,
  formString,
  NO_ERRORS,
  type TFormErrors,
  zodFormErrors,
} from '@/lib/forms';

/*
 * The settings page's forms (`useActionState`; they work without JavaScript too). The API checks
 * the session and the password on every call; these turn form fields into its bodies and its
 * problems into sentences next to the right field.
 */

const SESSION_ENDED = 'Your session has ended. Please sign in again.';

function common(error: ApiError, fields: readonly string[]): TFormErrors {
  if (error.status === 401) return formError(SESSION_ENDED);
  return apiFormErrors(error, fields);
}

const PROFILE_FIELDS = ['name', 'timezone'] as const;

/** Saves the name and the time zone. */
export async function updateProfileAction(
  previous: TSettingsFormState,
  formData: FormData,
): Promise<TSettingsFormState> {
  const values = { name: formString(formData, 'name'), timezone: formString(formData, 'timezone') };
  const parsed = ZUpdateMeSchema.safeParse(values);
  if (!parsed.success)
    return { errors: zodFormErrors(parsed.error, PROFILE_FIELDS), values, saved: previous.saved };
  const result = await callWithSession((headers) => updateMe(parsed.data, { headers }));
  if (!result.ok) return { errors: common(result.error, PROFILE_FIELDS), values, saved: previous.saved };
  // The header shows the name and every page its times in the zone: render them again.
  revalidatePath('/', 'layout');
  return { errors: NO_ERRORS, values: {}, saved: previous.saved + 1 };
}

const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/** Changes the password; this browser stays signed in, every other device is signed out. */
export async function changePasswordAction(
  previous: TSettingsFormState,
  formData: FormData,
): Promise<TSettingsFormState> {
  const fail = (errors: TFormErrors): TSettingsFormState => ({ errors, values: {}, saved: previous.saved });
  const input = {
    currentPassword: formString(formData, 'currentPassword'),
    newPassword: formString(formData, 'newPassword'),
  };
  if (input.currentPassword === '')
    return fail({ fields: { currentPassword: 'Enter your current password' }, form: null });
  const parsed = ZChangePasswordSchema.safeParse(input);
  if (!parsed.success) return fail(zodFormErrors(parsed.error, PASSWORD_FIELDS));
  if (formString(formData, 'confirmPassword') !== input.newPassword)
    return fail({ fields: { confirmPassword: 'The two new passwords do not match' }, form: null });
  const result = await callWithSession((headers) => changePassword(parsed.data, { headers }));
  if (result.ok) return { errors: NO_ERRORS, values: {}, saved: previous.saved + 1 };
  const { error } = result;
  if (error.code === 'wrong_password')
    return fail({ fields: { currentPassword: 'This is not your current password' }, form: null });
  if (error.code === 'no_password')
    return fail(
      formError(
        'Your account has no password yet (you sign in with GitHub). Use “Forgot password” on the sign-in page to set one.',
      ),
    );
  return fail(common(error, PASSWORD_FIELDS));
}

const EMAIL_FIELDS = ['newEmail', 'password'] as const;

/**
 * Asks to change the email address. On success `values.sentTo` names the address the link went
 * to (the API answers the same whether or not that address already has an account, so this says
 * "if it can be used, a link is on its way").
 */
export async function changeEmailAction(
  previous: TSettingsFormState,
  formData: FormData,
): Promise<TSettingsFormState> {
  const newEmail = formString(formData, 'newEmail');
  const fail = (errors: TFormErrors): TSettingsFormState => ({
    errors,
    values: { newEmail },
    saved: previous.saved,
  });
  const input = { newEmail, password: formString(formData, 'password') };
  if (input.password === '')
    return fail({ fields: { password: 'Enter your password to confirm' }, form: null });
  const parsed = ZChangeEmailSchema.safeParse(input);
  if (!parsed.success) return fail(zodFormErrors(parsed.error, EMAIL_FIELDS));
  const result = await callWithSession((headers) => requestEmailChange(parsed.data, { headers }));
  if (result.ok)
    return { errors: NO_ERRORS, values: { sentTo: parsed.data.newEmail }, saved: previous.saved + 1 };
  const { error } = result;
  if (error.code === 'wrong_password')
    return fail({ fields: { password: 'This is not your password' }, form: null });
  if (error.code === 'same_email')
    return fail({ fields: { newEmail: 'This is already your email address' }, form: null });
  if (error.code === 'no_password')
    return fail(
      formError(
        'Your account has no password yet (you sign in with GitHub). Use “Forgot password” on the sign-in page to set one, then change your email here.',
      ),
    );
  return fail(common(error, EMAIL_FIELDS));
}

export type TConfirmEmailChangeResult =
  | { status: 'changed'; email: string }
  | { status: 'invalid' }
  | { status: 'expired' }
  | { status: 'taken' }
  | { status: 'signed-out' }
  | { status: 'failed' };

/**
 * Confirms an email change with the token from the link sent to the new address. Called by the
 * confirmation page once it runs in the browser (a mail scanner fetching the link does not spend
 * it). The token only works for the account that asked, so the visitor's session goes with it.
 */
export async function confirmEmailChangeAction(token: string): Promise<TConfirmEmailChangeResult> {
  const parsed = ZConfirmEmailChangeSchema.safeParse({ token });
  if (!parsed.success) return { status: 'invalid' };
  const result = await callWithSession((headers) => confirmEmailChange(parsed.data.token, { headers }));
  if (result.ok) {
    // The header, the settings page and every "signed in as" read the address: render them again.
    revalidatePath('/', 'layout');
    return { status: 'changed', email: result.data.email };
  }
  const { error } = result;
  if (error.status === 401) return { status: 'signed-out' };
  if (error.code === 'invalid_token' || error.code === 'validation_failed') return { status: 'invalid' };
  if (error.code === 'token_expired') return { status: 'expired' };
  if (error.code === 'email_taken') return { status: 'taken' };
  return { status: 'failed' };
}

const DELETE_FIELDS = ['password', 'confirmation'] as const;

/**
 * Deletes the account for good, confirmed by the password (or, for an account without one, by
 * typing ACCOUNT_DELETE_PHRASE). On success the session cookies go and the visitor is sent to
 * /account-deleted (redirecting here, on the server, keeps Next from re-rendering the settings page
 * for a visitor who is no longer signed in).
 */
export async function deleteAccountAction(
  previous: TSettingsFormState,
  formData: FormData,
): Promise<TSettingsFormState> {
  const fail = (errors: TFormErrors): TSettingsFormState => ({
    errors,
    values: { confirmation: formString(formData, 'confirmation') },
    saved: previous.saved,
  });
  const hasPassword = formString(formData, 'method') !== 'phrase';
  const body: TDeleteAccount = hasPassword
    ? { password: formString(formData, 'password') }
    : { confirmation: formString(formData, 'confirmation') };
  if (hasPassword && !body.password)
    return fail({ fields: { password: 'Enter your password to confirm' }, form: null });
  if (!hasPassword && body.confirmation?.trim().toLowerCase() !== ACCOUNT_DELETE_PHRASE)
    return fail({ fields: { confirmation: `Type “${ACCOUNT_DELETE_PHRASE}” to confirm` }, form: null });
  const parsed = ZDeleteAccountSchema.safeParse(body);
  if (!parsed.success) return fail(zodFormErrors(parsed.error, DELETE_FIELDS));
  const result = await callWithSession((headers) => deleteAccount(parsed.data, { headers }));
  if (!result.ok) {
    const { error } = result;
    if (error.code === 'wrong_password' || error.code === 'password_required')
      return fail({ fields: { password: 'This is not your password' }, form: null });
    if (error.code === 'confirmation_required')
      return fail({ fields: { confirmation: `Type “${ACCOUNT_DELETE_PHRASE}” to confirm` }, form: null });
    if (error.code === 'cannot_delete_admin')
      return fail(
        formError(
          'Administrators cannot delete their account. Ask another administrator to remove your admin role first.',
        ),
      );
    return fail(common(error, DELETE_FIELDS));
  }
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect('/account-deleted');
}
