import { ZRegisterSchema } from '@ladder/domain';
import { ApiError } from '@/lib/api/client';
import {
  apiFormErrors,
  formString,
  hasErrors,
  mapFieldErrors,
  NO_ERRORS,
  requiredErrors,
  tooManyAttemptsMessage,
  UNEXPECTED_MESSAGE,
  UNREACHABLE_MESSAGE,
  zodFormErrors,
} from './forms';

const FIELDS = ['name', 'email', 'password'] as const;

describe('mapFieldErrors', () => {
  it('puts each problem+json error next to its field, first message winning', () => {
    expect(
      mapFieldErrors(
        [
          { path: 'email', message: 'Must be a valid email address' },
          { path: 'password', message: 'Password must be at least 10 characters' },
          { path: 'password', message: 'a second message is not shown' },
        ],
        FIELDS,
      ),
    ).toEqual({
      fields: {
        email: 'Must be a valid email address',
        password: 'Password must be at least 10 characters',
      },
      form: null,
    });
  });

  it('matches nested paths to their field', () => {
    expect(mapFieldErrors([{ path: 'email.0', message: 'Bad' }], FIELDS).fields).toEqual({ email: 'Bad' });
  });

  it('keeps errors about fields the form does not show as the form message instead of dropping them', () => {
    expect(
      mapFieldErrors(
        [
          { path: '(body)', message: 'Unrecognized key: "admin"' },
          { path: 'name', message: 'Name is required' },
        ],
        FIELDS,
      ),
    ).toEqual({ fields: { name: 'Name is required' }, form: 'Unrecognized key: "admin"' });
  });

  it('never leaves a failed submit without any message', () => {
    const errors = mapFieldErrors([], FIELDS);
    expect(errors.fields).toEqual({});
    expect(errors.form).toMatch(/check the form/i);
  });
});

describe('zodFormErrors', () => {
  it('gives the shared schema’s messages in the same shape as the API', () => {
    const result = ZRegisterSchema.safeParse({ name: 'Ada', email: 'not-an-email', password: 'short' });
    if (result.success) throw new Error('expected the schema to fail');
    expect(zodFormErrors(result.error, FIELDS)).toEqual({
      fields: {
        email: 'Must be a valid email address',
        password: 'Password must be at least 10 characters',
      },
      form: null,
    });
  });
});

describe('apiFormErrors', () => {
  it('maps validation_failed onto fields', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      title: 'Validation failed',
      errors: [{ path: 'password', message: 'Password must be at least 10 characters' }],
    });
    expect(apiFormErrors(error, FIELDS)).toEqual({
      fields: { password: 'Password must be at least 10 characters' },
      form: null,
    });
  });

  it('uses Retry-After for 429', () => {
    const error = new ApiError({
      status: 429,
      code: 'rate_limited',
      title: 'Too Many',
      retryAfterSeconds: 42,
    });
    expect(apiFormErrors(error, FIELDS)).toEqual({
      fields: {},
      form: 'Too many attempts — try again in 42 seconds.',
    });
  });

  it('separates an unreachable API from an unexpected answer', () => {
    const down = new ApiError({ status: 0, code: 'network_error', title: 'down' });
    const broken = new ApiError({ status: 500, code: 'server_error', title: 'oops' });
    expect(apiFormErrors(down, FIELDS).form).toBe(UNREACHABLE_MESSAGE);
    expect(apiFormErrors(broken, FIELDS).form).toBe(UNEXPECTED_MESSAGE);
  });
});

describe('tooManyAttemptsMessage', () => {
  it('counts seconds, switching to minutes for long waits', () => {
    expect(tooManyAttemptsMessage(1)).toBe('Too many attempts — try again in 1 second.');
    expect(tooManyAttemptsMessage(30)).toBe('Too many attempts — try again in 30 seconds.');
    expect(tooManyAttemptsMessage(120)).toBe('Too many attempts — try again in 120 seconds.');
    expect(tooManyAttemptsMessage(121)).toBe('Too many attempts — try again in 3 minutes.');
    expect(tooManyAttemptsMessage(900)).toBe('Too many attempts — try again in 15 minutes.');
    expect(tooManyAttemptsMessage(undefined)).toBe('Too many attempts — try again in a few minutes.');
  });
});

describe('requiredErrors / formString / hasErrors', () => {
  it('asks for blank fields only', () => {
    expect(
      requiredErrors(
        { email: '  ', password: 'secret' },
        { email: 'Enter your email address', password: 'Enter your password' },
      ),
    ).toEqual({ email: 'Enter your email address' });
  });

  it('reads strings from FormData and ignores files', () => {
    const data = new FormData();
    data.set('email', 'ada@example.com');
    data.set('avatar', new Blob(['x']), 'a.png');
    expect(formString(data, 'email')).toBe('ada@example.com');
    expect(formString(data, 'avatar')).toBe('');
    expect(formString(data, 'missing')).toBe('');
  });

  it('knows when there is nothing to show', () => {
    expect(hasErrors(NO_ERRORS)).toBe(false);
    expect(hasErrors({ fields: { a: 'x' }, form: null })).toBe(true);
    expect(hasErrors({ fields: {}, form: 'x' })).toBe(true);
  });
});
