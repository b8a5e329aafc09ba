import { fetchExport } from '@/lib/api/account';
import { sessionHeaders } from '@/lib/api/server-session';
import { signInHref } from '@/lib/auth/redirects';

/**
 * "Download my data": fetches `GET /me/export` with the visitor's session (proxy.ts has refreshed
 * an expired access token first, as for any page) and passes the JSON attachment on. Failures go
 * back to the settings page, which says what happened.
 */
export async function GET(request: Request): Promise<Response> {
  const back = (outcome: string) =>
    Response.redirect(new URL(`/settings?export=${outcome}`, request.url), 303);
  let upstream: Response;
  try {
    upstream = await fetchExport({ headers: await sessionHeaders() });
  } catch {
    return back('unreachable');
  }
  if (upstream.status === 401) return Response.redirect(new URL(signInHref('/settings'), request.url), 303);
  if (upstream.status === 429) return back('rate-limited');
  if (!upstream.ok) return back('failed');
  return new Response(upstream.body, {
    status: 200,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition':
        upstream.headers.get('content-disposition') ?? 'attachment; filename="ladder-export.json"',
      'cache-control': 'no-store',
    },
  });
}
