import { type NextRequest, NextResponse } from 'next/server';
import { accessTokenExpiresWithin } from '@/lib/auth/access-token';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '@/lib/auth/cookies';
import { refreshSessionOnce } from '@/lib/auth/refresh-session';
import { webOrigin } from '@/lib/site';

/** Refresh a little before the access token runs out, so it cannot expire halfway through a render. */
const REFRESH_MARGIN_SECONDS = 60;

/**
 * Keeps a returning visitor signed in. The access cookie lives ~15 minutes, the refresh cookie 30
 * days: when a page is requested with a refresh cookie but no (or an almost expired) access
 * cookie, swap the refresh token for new ones before rendering. The new cookies go to the browser
 * (Set-Cookie, exactly as the API sent them) AND onto the request being rendered, so
 * `getCurrentUser()` in this very render already sees the session.
 *
 * A refused refresh token ends the session: both cookies are deleted. If the API could not be
 * reached, nothing is deleted; the page renders signed out and the next request tries again.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) return NextResponse.next();
  const accessToken = request.cookies.get(ACCESS_COOKIE)?.value;
  if (accessToken && !accessTokenExpiresWithin(accessToken, REFRESH_MARGIN_SECONDS)) {
    return NextResponse.next();
  }

  const outcome = await refreshSessionOnce(refreshToken, {
    origin: webOrigin(),
    forwardedFor: request.headers.get('x-forwarded-for'),
  });

  if (outcome.kind === 'unavailable') return NextResponse.next();

  if (outcome.kind === 'refreshed') {
    request.cookies.set(ACCESS_COOKIE, outcome.accessToken);
    if (outcome.refreshToken) request.cookies.set(REFRESH_COOKIE, outcome.refreshToken);
    const response = NextResponse.next({ request: { headers: request.headers } });
    for (const header of outcome.setCookies) response.headers.append('set-cookie', header);
    return response;
  }

  request.cookies.delete(ACCESS_COOKIE);
  request.cookies.delete(REFRESH_COOKIE);
  const response = NextResponse.next({ request: { headers: request.headers } });
  const secure = request.nextUrl.protocol === 'https:';
  for (const name of [ACCESS_COOKIE, REFRESH_COOKIE]) {
    response.cookies.set({
      name,
      value: '',
      path: '/',
      maxAge: 0,
      expires: new Date(0),
      httpOnly: true,
      sameSite: 'lax',
      secure,
    });
  }
  return response;
}

export const config = {
  matcher: [
    {
      // Pages and server actions only: not the API rewrite (/api/…), build output or public files.
      source:
        '/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg|robots\\.txt|sitemap\\.xml|.*\\.(?:png|jpe?g|gif|svg|webp|avif|ico|css|js|map|txt|xml|woff2?)$).*)',
      // Literal, not the constant: the matcher must be statically analysable. Without a refresh
      // cookie there is nothing to do, so those requests skip the proxy entirely.
      has: [{ type: 'cookie', key: 'ladder_refresh' }],
    },
  ],
};
