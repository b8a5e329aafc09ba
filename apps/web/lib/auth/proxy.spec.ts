import { NextRequest } from 'next/server';
import { stubFetch } from '@/lib/testing/stub-fetch';
import { proxy } from '@/proxy';

function jwt(expiresInSeconds: number): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256' })}.${encode({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + expiresInSeconds })}.sig`;
}

function request(cookie: string | null, url = 'http://localhost:3000/dashboard'): NextRequest {
  const headers = new Headers({ 'x-forwarded-for': '198.51.100.4' });
  if (cookie) headers.set('cookie', cookie);
  return new NextRequest(url, { headers });
}

/** The Cookie header the page render will see, as NextResponse.next({ request }) hands it on. */
function forwardedCookie(response: Response): string | null {
  const overridden = response.headers.get('x-middleware-override-headers')?.split(',') ?? [];
  if (!overridden.includes('cookie')) return null;
  return response.headers.get('x-middleware-request-cookie');
}

describe('proxy (session refresh)', () => {
  const fetchMock = stubFetch();

  it('does nothing for a visitor without a refresh cookie', async () => {
    const response = await proxy(request('theme=dark'));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(forwardedCookie(response)).toBeNull();
  });

  it('does nothing while the access token has time left', async () => {
    await proxy(request(`ladder_access=${jwt(600)}; ladder_refresh=r-fresh`));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refreshes a returning visitor: new cookies for the browser AND for this render', async () => {
    const newAccess = jwt(900);
    const headers = new Headers();
    headers.append('set-cookie', `ladder_access=${newAccess}; Max-Age=900; Path=/; HttpOnly; SameSite=Lax`);
    headers.append('set-cookie', 'ladder_refresh=r-rotated; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax');
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ accessToken: newAccess }), { status: 200, headers }),
    );

    const response = await proxy(request('theme=dark; ladder_refresh=r-returning'));

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toMatch(/\/api\/v1\/auth\/refresh$/);
    expect(init.headers).toMatchObject({
      cookie: 'ladder_refresh=r-returning',
      origin: 'http://localhost:3000',
      'x-forwarded-for': '198.51.100.4',
    });
    // The browser gets the API's cookies exactly as sent (HttpOnly, SameSite …).
    expect(response.headers.getSetCookie()).toEqual([
      `ladder_access=${newAccess}; Max-Age=900; Path=/; HttpOnly; SameSite=Lax`,
      'ladder_refresh=r-rotated; Max-Age=2592000; Path=/; HttpOnly; SameSite=Lax',
    ]);
    // The render sees the new session, and keeps unrelated cookies.
    const cookie = forwardedCookie(response);
    expect(cookie).toContain(`ladder_access=${newAccess}`);
    expect(cookie).toContain('ladder_refresh=r-rotated');
    expect(cookie).toContain('theme=dark');
    expect(cookie).not.toContain('r-returning');
  });

  it('refreshes an access token that is about to expire', async () => {
    fetchMock.mockResolvedValue(Response.json({ accessToken: jwt(900) }));
    await proxy(request(`ladder_access=${jwt(20)}; ladder_refresh=r-expiring`));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the API refuses the refresh token', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 401 }));

    const response = await proxy(request(`theme=dark; ladder_access=${jwt(10)}; ladder_refresh=r-revoked`));

    const cleared = response.headers.getSetCookie();
    expect(cleared).toHaveLength(2);
    expect(cleared.find((c) => c.startsWith('ladder_access=;'))).toMatch(/Max-Age=0/i);
    expect(cleared.find((c) => c.startsWith('ladder_refresh=;'))).toMatch(/Max-Age=0/i);
    const cookie = forwardedCookie(response) ?? '';
    expect(cookie).not.toContain('ladder_');
    expect(cookie).toContain('theme=dark');
  });

  it('keeps the cookies when the API cannot be reached, to try again on the next request', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    const response = await proxy(request('ladder_refresh=r-outage'));
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(forwardedCookie(response)).toBeNull();
  });
});
