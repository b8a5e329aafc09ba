import { stubFetch } from '@/lib/testing/stub-fetch';
import { refreshSessionOnce, requestRefresh } from './refresh-session';

const OPTIONS = { origin: 'http://localhost:3000', forwardedFor: '203.0.113.7' };

function refreshed(access = 'new.access.jwt', refresh = 'new-refresh'): Response {
  const headers = new Headers({ 'content-type': 'application/json' });
  headers.append('set-cookie', `ladder_access=${access}; Max-Age=900; Path=/; HttpOnly; SameSite=Lax`);
  headers.append(
    'set-cookie',
    `ladder_refresh=${refresh}; Expires=Wed, 08 Apr 2099 14:00:00 GMT; Path=/; HttpOnly; SameSite=Lax`,
  );
  return new Response(JSON.stringify({ accessToken: access }), { status: 200, headers });
}

describe('requestRefresh', () => {
  const fetchMock = stubFetch({ apiUrl: 'http://api.test:4000' });

  it('posts the refresh cookie with Origin and the client address, and returns the new cookies', async () => {
    fetchMock.mockResolvedValue(refreshed());

    const outcome = await requestRefresh('old-refresh', OPTIONS);

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://api.test:4000/api/v1/auth/refresh');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({
      cookie: 'ladder_refresh=old-refresh',
      origin: 'http://localhost:3000',
      'x-forwarded-for': '203.0.113.7',
    });
    expect(outcome).toEqual({
      kind: 'refreshed',
      accessToken: 'new.access.jwt',
      refreshToken: 'new-refresh',
      setCookies: [
        'ladder_access=new.access.jwt; Max-Age=900; Path=/; HttpOnly; SameSite=Lax',
        'ladder_refresh=new-refresh; Expires=Wed, 08 Apr 2099 14:00:00 GMT; Path=/; HttpOnly; SameSite=Lax',
      ],
    });
  });

  it('falls back to the body when no access cookie came back', async () => {
    fetchMock.mockResolvedValue(Response.json({ accessToken: 'from-body' }));
    await expect(requestRefresh('t', OPTIONS)).resolves.toMatchObject({
      kind: 'refreshed',
      accessToken: 'from-body',
      refreshToken: null,
    });
  });

  it('reports a refused token (401) as rejected', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 401 }));
    await expect(requestRefresh('t', OPTIONS)).resolves.toEqual({ kind: 'rejected' });
  });

  it('reports an outage, a 5xx or a 429 as unavailable, so the cookies are kept', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(requestRefresh('t', OPTIONS)).resolves.toEqual({ kind: 'unavailable' });
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 503 }));
    await expect(requestRefresh('t', OPTIONS)).resolves.toEqual({ kind: 'unavailable' });
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 429 }));
    await expect(requestRefresh('t', OPTIONS)).resolves.toEqual({ kind: 'unavailable' });
  });
});

describe('refreshSessionOnce', () => {
  const fetchMock = stubFetch();

  it('refreshes a token once for concurrent requests, which all get the same new cookies', async () => {
    fetchMock.mockImplementation(async () => refreshed('a1', 'r1'));

    const outcomes = await Promise.all([
      refreshSessionOnce('shared-token', OPTIONS),
      refreshSessionOnce('shared-token', OPTIONS),
      refreshSessionOnce('shared-token', OPTIONS),
    ]);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ kind: 'refreshed', accessToken: 'a1' });
  });

  it('shares the outcome with requests that follow shortly, then forgets it', async () => {
    fetchMock.mockImplementation(async () => refreshed('a2', 'r2'));
    const start = Date.now();

    await refreshSessionOnce('late-token', OPTIONS, start);
    await refreshSessionOnce('late-token', OPTIONS, start + 5_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await refreshSessionOnce('late-token', OPTIONS, start + 11_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does not remember an unavailable API: the next request tries again', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    fetchMock.mockResolvedValueOnce(refreshed('a3', 'r3'));

    await expect(refreshSessionOnce('retry-token', OPTIONS)).resolves.toEqual({ kind: 'unavailable' });
    await Promise.resolve(); // let the bookkeeping after the failure run
    await expect(refreshSessionOnce('retry-token', OPTIONS)).resolves.toMatchObject({ kind: 'refreshed' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('keeps different tokens apart', async () => {
    fetchMock.mockImplementation(async () => refreshed());
    await Promise.all([refreshSessionOnce('token-a', OPTIONS), refreshSessionOnce('token-b', OPTIONS)]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
