import { ApiError } from '@/lib/api/client';
import {
  ACCOUNT_SUSPENDED_MESSAGE,
  EMAIL_TAKEN_MESSAGE,
  INVALID_CREDENTIALS_MESSAGE,
  INVALID_LINK_MESSAGE,
  isInvalidLink,
  resetPasswordErrors,
  signInErrors,
  signUpErrors,
} from './form-errors';

const problem = (init: ConstructorParameters<typeof ApiError>[0]) => new ApiError(init);

describe('signInErrors', () => {
  it('says the same generic thing for every 401, naming neither field', () => {
    const errors = signInErrors(problem({ status: 401, code: 'invalid_credentials', title: 'Unauthorized' }));
    expect(errors).toEqual({ fields: {}, form: INVALID_CREDENTIALS_MESSAGE });
    expect(INVALID_CREDENTIALS_MESSAGE).toBe('Email or password is incorrect.');
  });

  it('says the account is suspended when the API does (403 account_suspended)', () => {
    const errors = signInErrors(
      problem({ status: 403, code: 'account_suspended', title: 'Account suspended' }),
    );
    expect(errors).toEqual({ fields: {}, form: ACCOUNT_SUSPENDED_MESSAGE });
  });

  it('turns a 429 into a wait time from Retry-After', () => {
    const errors = signInErrors(
      problem({ status: 429, code: 'rate_limited', title: 'Too Many Requests', retryAfterSeconds: 30 }),
    );
    expect(errors.form).toBe('Too many attempts — try again in 30 seconds.');
  });
});

describe('signUpErrors', () => {
  it('puts email_taken on the email field', () => {
    expect(signUpErrors(problem({ status: 409, code: 'email_taken', title: 'Conflict' }))).toEqual({
      fields: { email: EMAIL_TAKEN_MESSAGE },
      form: null,
    });
  });

  it('maps validation errors onto name, email and password', () => {
    const errors = signUpErrors(
      problem({
        status: 400,
        code: 'validation_failed',
        title: 'Validation failed',
        errors: [
          { path: 'name', message: 'Name is required' },
          { path: 'password', message: 'Password must be at least 10 characters' },
        ],
      }),
    );
    expect(errors.fields).toEqual({
      name: 'Name is required',
      password: 'Password must be at least 10 characters',
    });
  });
});

describe('reset password', () => {
  it('treats an expired, used or malformed token as an invalid link', () => {
    const expired = problem({ status: 400, code: 'invalid_token', title: 'Invalid token' });
    const malformed = problem({
      status: 400,
      code: 'validation_failed',
      title: 'Validation failed',
      errors: [{ path: 'token', message: 'Too small' }],
    });
    expect(isInvalidLink(expired)).toBe(true);
    expect(isInvalidLink(malformed)).toBe(true);
    expect(resetPasswordErrors(expired)).toEqual({ fields: {}, form: INVALID_LINK_MESSAGE });
  });

  it('shows a short password next to the password field', () => {
    const short = problem({
      status: 400,
      code: 'validation_failed',
      title: 'Validation failed',
      errors: [{ path: 'password', message: 'Password must be at least 10 characters' }],
    });
    expect(isInvalidLink(short)).toBe(false);
    expect(resetPasswordErrors(short).fields).toEqual({
      password: 'Password must be at least 10 characters',
    });
  });
});
