import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { INITIAL_SETTINGS_FORM } from '@/lib/account/settings-form';
import { settle } from '@/lib/api/client';
import { stubFetch } from '@/lib/testing/stub-fetch';
import {
  changeEmailAction,
  changePasswordAction,
  confirmEmailChangeAction,
  deleteAccountAction,
  updateProfileAction,
} from './account-settings';

// The real helper reads the visitor's cookies through next/headers; here it passes a fixed cookie.
jest.mock('@/lib/api/server-session', () => ({
  callWithSession: <T>(call: (headers: Record<string, string>) => Promise<T>) =>
    settle(call({ cookie: 'ladder_access=token', origin: 'http://web.test' })),
}));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const jar = { delete: jest.fn() };
jest.mock('next/headers', () => ({ cookies: jest.fn(async () => jar) }));
// Next's redirect throws to end the action; so does this stand-in.
jest.mock('next/navigation', () => ({
  redirect: jest.fn((to: string) => {
    throw new Error(`redirect:${to}`);
  }),
  unstable_rethrow: jest.fn(),
}));

const API = 'http://api.test:4000';
const ME = {
  id: '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c',
  email: 'ada@x.dev',
  name: 'Ada',
  roles: ['mentee'],
  timezone: 'Asia/Kolkata',
  emailVerified: true,
  hasPassword: true,
};

function problem(status: number, code: string, errors: { path: string; message: string }[] = []): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Failed', status, code, errors }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe('settings actions', () => {
  const fetchMock = stubFetch({ apiUrl: API });
  beforeEach(() => {
    jest.mocked(revalidatePath).mockClear();
    jar.delete.mockClear();
    jest.mocked(cookies).mockClear();
  });

  describe('updateProfileAction', () => {
    it('PATCHes /me with the trimmed name and the zone, then re-renders every page', async () => {
      fetchMock.mockResolvedValue(Response.json(ME));
      const state = await updateProfileAction(
        INITIAL_SETTINGS_FORM,
        form({ name: '  Ada  ', timezone: 'Asia/Kolkata' }),
      );
      expect(state).toEqual({ errors: { fields: {}, form: null }, values: {}, saved: 1 });
      const [url, init] = fetchMock.mock.calls[0]!;
      expect(url).toBe(`${API}/api/v1/me`);
      expect(init.method).toBe('PATCH');
      expect(JSON.parse(String(init.body))).toEqual({ name: 'Ada', timezone: 'Asia/Kolkata' });
      expect(new Headers(init.headers).get('cookie')).toBe('ladder_access=token');
      expect(revalidatePath).toHaveBeenCalledWith('/', 'layout');
    });

    it('checks the zone and the name before calling, keeping what was typed', async () => {
      const state = await updateProfileAction(INITIAL_SETTINGS_FORM, form({ name: ' ', timezone: 'CEST' }));
      expect(fetchMock).not.toHaveBeenCalled();
      expect(Object.keys(state.errors.fields).sort()).toEqual(['name', 'timezone']);
      expect(state.values).toEqual({ name: ' ', timezone: 'CEST' });
      expect(state.saved).toBe(0);
    });

    it('puts the API’s field errors by their fields and says when the session ended', async () => {
      fetchMock.mockResolvedValueOnce(
        problem(400, 'validation_failed', [{ path: 'timezone', message: 'Must be an IANA time-zone name' }]),
      );
      const invalid = await updateProfileAction(
        INITIAL_SETTINGS_FORM,
        form({ name: 'Ada', timezone: 'UTC' }),
      );
      expect(invalid.errors.fields).toEqual({ timezone: 'Must be an IANA time-zone name' });
      fetchMock.mockResolvedValueOnce(problem(401, 'unauthorized'));
      const ended = await updateProfileAction(INITIAL_SETTINGS_FORM, form({ name: 'Ada', timezone: 'UTC' }));
      expect(ended.errors.form).toMatch(/session has ended/);
      expect(revalidatePath).not.toHaveBeenCalled();
    });
  });

  describe('changePasswordAction', () => {
    const valid = {
      currentPassword: 'old password',
      newPassword: 'a new passphrase',
      confirmPassword: 'a new passphrase',
    };

    it('POSTs both passwords (not the confirmation) and never keeps passwords in the state', async () => {
      fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
      const state = await changePasswordAction(INITIAL_SETTINGS_FORM, form(valid));
      expect(state).toEqual({ errors: { fields: {}, form: null }, values: {}, saved: 1 });
      const [url, init] = fetchMock.mock.calls[0]!;
      expect(url).toBe(`${API}/api/v1/me/password`);
      expect(init.method).toBe('POST');
      expect(JSON.parse(String(init.body))).toEqual({
        currentPassword: 'old password',
        newPassword: 'a new passphrase',
      });
    });

    it('refuses a short password or a mismatched confirmation without calling the API', async () => {
      const short = await changePasswordAction(
        INITIAL_SETTINGS_FORM,
        form({ ...valid, newPassword: 'short', confirmPassword: 'short' }),
      );
      expect(short.errors.fields.newPassword).toMatch(/at least 10/);
      const mismatch = await changePasswordAction(
        INITIAL_SETTINGS_FORM,
        form({ ...valid, confirmPassword: 'something else' }),
      );
      expect(mismatch.errors.fields).toEqual({ confirmPassword: 'The two new passwords do not match' });
      const empty = await changePasswordAction(
        INITIAL_SETTINGS_FORM,
        form({ ...valid, currentPassword: '' }),
      );
      expect(empty.errors.fields).toEqual({ currentPassword: 'Enter your current password' });
      expect(fetchMock).not.toHaveBeenCalled();
      expect(JSON.stringify([short, mismatch, empty])).not.toContain('a new passphrase');
    });

    it('names the wrong current password, points GitHub accounts to “Forgot password”, explains 429', async () => {
      fetchMock.mockResolvedValueOnce(problem(422, 'wrong_password'));
      const wrong = await changePasswordAction(INITIAL_SETTINGS_FORM, form(valid));
      expect(wrong.errors.fields).toEqual({ currentPassword: 'This is not your current password' });
      fetchMock.mockResolvedValueOnce(problem(422, 'no_password'));
      const none = await changePasswordAction(INITIAL_SETTINGS_FORM, form(valid));
      expect(none.errors.form).toMatch(/Forgot password/);
      fetchMock.mockResolvedValueOnce(
        new Response(
          JSON.stringify({ type: 'about:blank', title: 'Slow down', status: 429, code: 'rate_limited' }),
          {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '30' },
          },
        ),
      );
      const limited = await changePasswordAction(INITIAL_SETTINGS_FORM, form(valid));
      expect(limited.errors.form).toBe('Too many attempts — try again in 30 seconds.');
    });
  });

  describe('changeEmailAction', () => {
    const valid = { newEmail: ' ada@new.dev ', password: 'my password' };

    it('POSTs the trimmed address and the password, then names where the link went (never the password)', async () => {
      fetchMock.mockResolvedValue(new Response(null, { status: 202 }));
      const state = await changeEmailAction(INITIAL_SETTINGS_FORM, form(valid));
      expect(state).toEqual({
        errors: { fields: {}, form: null },
        values: { sentTo: 'ada@new.dev' },
        saved: 1,
      });
      const [url, init] = fetchMock.mock.calls[0]!;
      expect(url).toBe(`${API}/api/v1/me/email`);
      expect(init.method).toBe('POST');
      expect(JSON.parse(String(init.body))).toEqual({ newEmail: 'ada@new.dev', password: 'my password' });
      expect(JSON.stringify(state)).not.toContain('my password');
    });

    it('refuses a malformed address or a missing password without calling the API, keeping the address', async () => {
      const bad = await changeEmailAction(INITIAL_SETTINGS_FORM, form({ ...valid, newEmail: 'nope' }));
      expect(bad.errors.fields.newEmail).toMatch(/valid email/);
      expect(bad.values).toEqual({ newEmail: 'nope' });
      const empty = await changeEmailAction(INITIAL_SETTINGS_FORM, form({ ...valid, password: '' }));
      expect(empty.errors.fields).toEqual({ password: 'Enter your password to confirm' });
      expect(fetchMock).not.toHaveBeenCalled();
    });

    it('names the wrong password and the current address, points GitHub accounts to “Forgot password”', async () => {
      fetchMock.mockResolvedValueOnce(problem(422, 'wrong_password'));
      const wrong = await changeEmailAction(INITIAL_SETTINGS_FORM, form(valid));
      expect(wrong.errors.fields).toEqual({ password: 'This is not your password' });
      expect(wrong.saved).toBe(0);
      fetchMock.mockResolvedValueOnce(problem(422, 'same_email'));
      const same = await changeEmailAction(INITIAL_SETTINGS_FORM, form(valid));
      expect(same.errors.fields).toEqual({ newEmail: 'This is already your email address' });
      fetchMock.mockResolvedValueOnce(problem(422, 'no_password'));
      const none = await changeEmailAction(INITIAL_SETTINGS_FORM, form(valid));
      expect(none.errors.form).toMatch(/Forgot password/);
      fetchMock.mockResolvedValueOnce(problem(401, 'unauthorized'));
      const gone = await changeEmailAction(INITIAL_SETTINGS_FORM, form(valid));
      expect(gone.errors.form).toBe('Your session has ended. Please sign in again.');
    });
  });

  describe('confirmEmailChangeAction', () => {
    const token = 'a'.repeat(43);

    it('POSTs the token with the session, answers the new address and re-renders every page', async () => {
      fetchMock.mockResolvedValue(Response.json({ ...ME, email: 'ada@new.dev' }));
      expect(await confirmEmailChangeAction(token)).toEqual({ status: 'changed', email: 'ada@new.dev' });
      const [url, init] = fetchMock.mock.calls[0]!;
      expect(url).toBe(`${API}/api/v1/me/email/confirm`);
      expect(JSON.parse(String(init.body))).toEqual({ token });
      expect(new Headers(init.headers).get('cookie')).toBe('ladder_access=token');
      expect(revalidatePath).toHaveBeenCalledWith('/', 'layout');
    });

    it('maps each problem to its state, and a malformed token to invalid without calling the API', async () => {
      expect(await confirmEmailChangeAction('short')).toEqual({ status: 'invalid' });
      expect(fetchMock).not.toHaveBeenCalled();
      const cases: [Response, string][] = [
        [problem(400, 'invalid_token'), 'invalid'],
        [problem(400, 'token_expired'), 'expired'],
        [problem(409, 'email_taken'), 'taken'],
        [problem(401, 'unauthorized'), 'signed-out'],
        [problem(500, 'internal'), 'failed'],
      ];
      for (const [response, status] of cases) {
        fetchMock.mockResolvedValueOnce(response);
        expect(await confirmEmailChangeAction(token)).toEqual({ status });
      }
      expect(revalidatePath).not.toHaveBeenCalled();
    });
  });

  describe('deleteAccountAction', () => {
    it('sends the password, then drops the session cookies and leaves for /account-deleted', async () => {
      fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
      await expect(
        deleteAccountAction(INITIAL_SETTINGS_FORM, form({ method: 'password', password: 'my password' })),
      ).rejects.toThrow('redirect:/account-deleted');
      const [url, init] = fetchMock.mock.calls[0]!;
      expect(url).toBe(`${API}/api/v1/me`);
      expect(init.method).toBe('DELETE');
      expect(JSON.parse(String(init.body))).toEqual({ password: 'my password' });
      expect(jar.delete.mock.calls.map(([name]) => name)).toEqual(['ladder_access', 'ladder_refresh']);
    });

    it('an account without a password sends the typed phrase, checked first', async () => {
      const typo = await deleteAccountAction(
        INITIAL_SETTINGS_FORM,
        form({ method: 'phrase', confirmation: 'delete my acount' }),
      );
      expect(typo.errors.fields.confirmation).toMatch(/delete my account/);
      expect(typo.values).toEqual({ confirmation: 'delete my acount' });
      expect(fetchMock).not.toHaveBeenCalled();
      fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
      await expect(
        deleteAccountAction(
          INITIAL_SETTINGS_FORM,
          form({ method: 'phrase', confirmation: 'Delete my account' }),
        ),
      ).rejects.toThrow('redirect:/account-deleted');
      expect(JSON.parse(String(fetchMock.mock.calls[0]![1].body))).toEqual({
        confirmation: 'Delete my account',
      });
    });

    it('keeps the session on a wrong password or an admin account, with the reason', async () => {
      fetchMock.mockResolvedValueOnce(problem(422, 'wrong_password'));
      const wrong = await deleteAccountAction(
        INITIAL_SETTINGS_FORM,
        form({ method: 'password', password: 'nope' }),
      );
      expect(wrong.errors.fields).toEqual({ password: 'This is not your password' });
      fetchMock.mockResolvedValueOnce(problem(422, 'cannot_delete_admin'));
      const admin = await deleteAccountAction(
        INITIAL_SETTINGS_FORM,
        form({ method: 'password', password: 'x' }),
      );
      expect(admin.errors.form).toMatch(/Administrators cannot delete/);
      const empty = await deleteAccountAction(
        INITIAL_SETTINGS_FORM,
        form({ method: 'password', password: '' }),
      );
      expect(empty.errors.fields).toEqual({ password: 'Enter your password to confirm' });
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(jar.delete).not.toHaveBeenCalled();
    });
  });
});
