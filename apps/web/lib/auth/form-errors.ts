import type { ApiError } from '@/lib/api/client';
import { apiFormErrors, formError, type TFormErrors } from '@/lib/forms';

export const SIGN_IN_FIELDS = ['email', 'password'] as const;
export const SIGN_UP_FIELDS = ['name', 'email', 'password'] as const;
export const FORGOT_PASSWORD_FIELDS = ['email'] as const;
export const RESET_PASSWORD_FIELDS = ['password', 'confirmPassword'] as const;

export const INVALID_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';
export const EMAIL_TAKEN_MESSAGE = 'An account with this email already exists. Sign in instead?';
export const ACCOUNT_SUSPENDED_MESSAGE =
  'This account is suspended. We emailed you the reason; reply to that email if you think it is a mistake.';
export const INVALID_LINK_MESSAGE = 'This link has expired or was already used.';

/**
 * Sign-in never says which half was wrong: the API answers 401 for an unknown email and for a
 * wrong password alike, and so does the form.
 */
export function signInErrors(error: ApiError): TFormErrors {
  if (error.status === 401) return formError(INVALID_CREDENTIALS_MESSAGE);
  // Only said after the right password (the API's rule), so it reveals nothing to a guesser.
  if (error.code === 'account_suspended') return formError(ACCOUNT_SUSPENDED_MESSAGE);
  return apiFormErrors(error, SIGN_IN_FIELDS);
}

export function signUpErrors(error: ApiError): TFormErrors {
  if (error.code === 'email_taken') return { fields: { email: EMAIL_TAKEN_MESSAGE }, form: null };
  return apiFormErrors(error, SIGN_UP_FIELDS);
}

export function forgotPasswordErrors(error: ApiError): TFormErrors {
  return apiFormErrors(error, FORGOT_PASSWORD_FIELDS);
}

/** A malformed token (a truncated link) is reported like an expired one: either way, ask for a new link. */
export function isInvalidLink(error: ApiError): boolean {
  return error.code === 'invalid_token' || error.errors.some((e) => e.path === 'token');
}

export function resetPasswordErrors(error: ApiError): TFormErrors {
  if (isInvalidLink(error)) return formError(INVALID_LINK_MESSAGE);
  return apiFormErrors(error, RESET_PASSWORD_FIELDS);
}
