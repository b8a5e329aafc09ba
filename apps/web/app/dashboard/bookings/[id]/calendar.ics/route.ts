import { ZUuid } from '@ladder/domain';
import { redirect } from 'next/navigation';
import { apiUrl } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import { signInHref } from '@/lib/auth/redirects';

/**
 * "Add to calendar": the booking's .ics from `GET /bookings/{id}/calendar.ics`, fetched with the
 * visitor's session. Served from a page path rather than the /api rewrite so that proxy.ts has
 * refreshed an expired access token first (the link is often clicked long after the page loaded).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!ZUuid.safeParse(id).success) return new Response('Not found', { status: 404 });
  let answer: Response;
  try {
    answer = await fetch(apiUrl(`/bookings/${id}/calendar.ics`), {
      headers: { ...(await sessionHeaders()), accept: 'text/calendar, application/problem+json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(8_000),
    });
  } catch {
    return new Response('The calendar file could not be fetched. Please try again.', { status: 502 });
  }
  if (answer.status === 401) redirect(signInHref(`/dashboard/bookings/${id}`));
  if (answer.status === 404) return new Response('Not found', { status: 404 });
  if (!answer.ok)
    return new Response('The calendar file could not be fetched. Please try again.', { status: 502 });
  return new Response(await answer.text(), {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="ladder-session-${id.slice(0, 8)}.ics"`,
      'cache-control': 'private, no-store',
    },
  });
}
