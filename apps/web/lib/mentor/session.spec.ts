import { stubFetch } from '@/lib/testing/stub-fetch';
import { loadMyMentorProfile } from './session';

// A Next.js build marker (resolved by Next, not installed for jest).
jest.mock('server-only', () => ({}), { virtual: true });
// The real helper reads the visitor's cookies through next/headers; here it passes a fixed cookie.
jest.mock('@/lib/api/server-session', () => ({
  sessionHeaders: async () => ({ cookie: 'ladder_at=token' }),
}));

const API = 'http://api.test:4000';

function problem(status: number, code: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Failed', status, code, detail: 'x' }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

describe('loadMyMentorProfile', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it('answers the profile from GET /mentors/me with the session', async () => {
    fetchMock.mockResolvedValue(Response.json({ id: 'p1', status: 'pending' }));
    await expect(loadMyMentorProfile()).resolves.toEqual({ ok: true, data: { id: 'p1', status: 'pending' } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/mentors/me`);
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_at=token');
  });

  it('answers no profile for a user who has not applied (403: no mentor role) or has none (404)', async () => {
    for (const status of [403, 404]) {
      fetchMock.mockResolvedValueOnce(problem(status, status === 403 ? 'forbidden' : 'not_found'));
      await expect(loadMyMentorProfile()).resolves.toEqual({ ok: true, data: null });
    }
  });

  it('passes any other failure on', async () => {
    fetchMock.mockResolvedValueOnce(problem(503, 'unavailable'));
    const result = await loadMyMentorProfile();
    expect(result.ok).toBe(false);
  });
});
