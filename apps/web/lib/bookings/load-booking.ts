import 'server-only';
import { notFound } from 'next/navigation';
import type { TMe } from '@/lib/api/auth';
import { getBooking, type TBookingView } from '@/lib/api/bookings';
import { settle, type TResult } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import { requireUser } from '@/lib/session';

/**
 * For a page about one booking: the signed-in user (or a redirect to sign in that comes back to
 * `path`) and booking `id` as the API shows it to them. Someone else's booking is a 404 at the API,
 * exactly like a missing one, and becomes `notFound()`; any other ApiError is returned for the
 * page to show.
 */
export async function loadBookingForUser(
  id: string,
  path: string,
): Promise<TResult<{ user: TMe; booking: TBookingView }>> {
  const user = await requireUser(path);
  const result = await settle(getBooking(id, { headers: await sessionHeaders() }));
  if (!result.ok) {
    if (result.error.isNotFound) notFound();
    return result;
  }
  return { ok: true, data: { user, booking: result.data } };
}
