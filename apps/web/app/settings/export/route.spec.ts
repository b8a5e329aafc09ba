import { stubFetch } from '@/lib/testing/stub-fetch';
import { GET } from './route';

jest.mock('@/lib/api/server-session', () => ({
  sessionHeaders: async () => ({ cookie: 'ladder_access=token', origin: 'http://web.test' }),
}));

const API = 'http://api.test:4000';
const request = () => new Request('http://web.test/settings/export');

describe('GET /settings/export', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it('passes the API’s JSON attachment on, with the session’s cookies, never cached', async () => {
    fetchMock.mockResolvedValue(
      new Response('{"format":"ladder-account-export"}', {
        status: 200,
        headers: {
          'content-type': 'application/json',
          'content-disposition': 'attachment; filename="ladder-export-2026-11-28.json"',
        },
      }),
    );
    const res = await GET(request());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="ladder-export-2026-11-28.json"',
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('{"format":"ladder-account-export"}');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/me/export`);
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_access=token');
  });

  it('sends a signed-out visitor to sign in, and failures back to the settings with what happened', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 401 }));
    const signedOut = await GET(request());
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('http://web.test/sign-in?next=%2Fsettings');
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 429 }));
    expect((await GET(request())).headers.get('location')).toBe(
      'http://web.test/settings?export=rate-limited',
    );
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 500 }));
    expect((await GET(request())).headers.get('location')).toBe('http://web.test/settings?export=failed');
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    expect((await GET(request())).headers.get('location')).toBe(
      'http://web.test/settings?export=unreachable',
    );
  });
});
