import { settle } from '@/lib/api/client';
import { problemOf } from '@/lib/mentor/action-result';
import { stubFetch } from '@/lib/testing/stub-fetch';
import { suspendUserAction, unsuspendUserAction } from './accounts';

// The real helpers read the visitor's cookies through next/headers; here they pass a fixed cookie.
jest.mock('@/lib/api/server-session', () => {
  const headers = { cookie: 'ladder_at=token', origin: 'http://web.test' };
  return {
    actionWithSession: async <T>(call: (h: Record<string, string>) => Promise<T>) => {
      const result = await settle(call(headers));
      return result.ok ? result : { ok: false, problem: problemOf(result.error) };
    },
  };
});

const API = 'http://api.test:4000';
const USER = '0b6a7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d';
const account = {
  id: USER,
  email: 'sam@example.com',
  name: 'Sam',
  roles: ['mentee'],
  status: 'suspended',
  createdAt: '2026-03-09T14:00:00.000Z',
  suspension: { reason: 'Spam', suspendedAt: '2026-03-10T14:00:00.000Z' },
};

describe('suspendUserAction and unsuspendUserAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it('posts the trimmed reason to /admin/users/{id}/suspend with the session', async () => {
    fetchMock.mockResolvedValue(Response.json({ user: account, cancelledBookings: 2 }));
    const result = await suspendUserAction(USER, '  Spam  ');
    expect(result).toEqual({ ok: true, data: { user: account, cancelledBookings: 2 } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/admin/users/${USER}/suspend`);
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ reason: 'Spam' });
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_at=token');
  });

  it('refuses an empty reason or a malformed id without calling the API', async () => {
    expect(await suspendUserAction(USER, '   ')).toMatchObject({
      ok: false,
      problem: { status: 400, errors: [{ path: 'reason' }] },
    });
    expect(await suspendUserAction('../x', 'Spam')).toMatchObject({ ok: false, problem: { status: 400 } });
    expect(await unsuspendUserAction('../x')).toMatchObject({ ok: false, problem: { status: 400 } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('passes the API problem on (422 cannot_suspend_admin)', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'Administrators cannot be suspended',
          status: 422,
          code: 'cannot_suspend_admin',
        }),
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    expect(await suspendUserAction(USER, 'Spam')).toMatchObject({
      ok: false,
      problem: { status: 422, code: 'cannot_suspend_admin' },
    });
  });

  it('unsuspends through POST /admin/users/{id}/unsuspend', async () => {
    fetchMock.mockResolvedValue(Response.json({ ...account, status: 'active', suspension: undefined }));
    expect((await unsuspendUserAction(USER)).ok).toBe(true);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/admin/users/${USER}/unsuspend`);
    expect(init.method).toBe('POST');
  });
});
