import { localDateOf } from '@ladder/domain';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { TResult } from '@/lib/api/client';
import type { TMentorBooking } from '@/lib/api/mentor-profile';
import { describeTimeZone } from '@/lib/format';
import { localDateLabel, wallTime } from '@/lib/mentor/slot-preview';

/**
 * The mentor overview's next five sessions (held or confirmed, not over), in the mentor's zone.
 * Each opens its session page (join link, notes, cancel, no-show); past sessions are on /dashboard.
 */
export function NextSessions({
  bookings,
  zone,
  now = Date.now(),
}: {
  bookings: TResult<{ items: TMentorBooking[] }>;
  zone: string;
  now?: number;
}) {
  const upcoming = bookings.ok
    ? bookings.data.items
        .filter((b) => (b.status === 'confirmed' || b.status === 'held') && Date.parse(b.endsAt) > now)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .slice(0, 5)
    : [];
  return (
    <Card aria-labelledby="next-heading" role="region">
      <CardHeader>
        <CardTitle id="next-heading">Your next sessions as mentor</CardTitle>
        <CardDescription>Times in {describeTimeZone(zone)}.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {!bookings.ok ? (
          <p className="text-sm text-ink-600">We couldn’t load your sessions just now.</p>
        ) : upcoming.length === 0 ? (
          <p className="rounded-lg bg-ink-50 p-4 text-sm text-ink-600">
            No upcoming sessions yet. They appear here as soon as a mentee books.
          </p>
        ) : (
          <ul className="flex flex-col gap-3">
            {upcoming.map((b) => (
              <li key={b.id}>
                <Link
                  href={`/dashboard/bookings/${encodeURIComponent(b.id)}`}
                  className="block rounded-lg border border-ink-200 p-3 transition-colors hover:border-brand-300 hover:bg-brand-50/40"
                >
                  <span className="block text-sm font-semibold text-ink-950">
                    {localDateLabel(localDateOf(b.startsAt, zone))} · {wallTime(b.startsAt, zone)}–
                    {wallTime(b.endsAt, zone)}
                  </span>
                  <span className="mt-0.5 block text-sm text-ink-700">
                    {b.offering?.title ?? 'Session'}
                    {b.mentee?.name ? ` with ${b.mentee.name}` : ''}
                  </span>
                  {b.status === 'held' ? (
                    <Badge tone="warning" className="mt-2">
                      Awaiting payment
                    </Badge>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Link href="/dashboard" className="text-sm font-medium text-brand-700 hover:underline">
          All your sessions, past ones too →
        </Link>
      </CardContent>
    </Card>
  );
}
