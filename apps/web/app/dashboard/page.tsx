import type { TRole } from '@ladder/domain';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { BookingRow } from '@/components/booking/booking-list';
import { PlanList } from '@/components/plans/plan-list';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { Container, PageHeader } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import type { TMe } from '@/lib/api/auth';
import { listBookings } from '@/lib/api/bookings';
import { settle } from '@/lib/api/client';
import { listPlans } from '@/lib/api/learning-plans';
import { sessionHeaders } from '@/lib/api/server-session';
import { splitBookings } from '@/lib/bookings/booking-lists';
import { describeTimeZone } from '@/lib/format';
import { requireUser } from '@/lib/session';
import { zoneLabel } from '@/lib/time/format';

export const metadata: Metadata = {
  title: 'Dashboard',
  robots: { index: false, follow: false },
};

const ROLE_LABELS: Record<TRole, string> = { mentee: 'Mentee', mentor: 'Mentor', admin: 'Admin' };

const CALENDAR_ICON = (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.75"
    className="size-6"
  >
    <rect x="3.5" y="5" width="17" height="15" rx="2" />
    <path d="M3.5 10h17M8 3v4M16 3v4" strokeLinecap="round" />
  </svg>
);

/** Upcoming and past sessions, as mentee and as mentor, in the user's own zone. */
async function SessionsSection({ user }: { user: TMe }) {
  const result = await settle(listBookings({}, { headers: await sessionHeaders() }));
  const zone = user.timezone || 'UTC';
  // Whose side of a session you are on only needs saying to someone who is both mentee and mentor.
  const isMentor = user.roles.includes('mentor');

  if (!result.ok) {
    return (
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-4">
        <h2 id="sessions-heading" className="text-lg font-semibold text-ink-950">
          Upcoming sessions
        </h2>
        <ErrorState
          title="We couldn’t load your sessions right now"
          action={
            <Button asChild variant="secondary">
              <Link href="/dashboard">Try again</Link>
            </Button>
          }
          reference={result.error.requestId}
        />
      </section>
    );
  }

  const { upcoming, past } = splitBookings(result.data.items, Date.now());
  return (
    <>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="sessions-heading" className="text-lg font-semibold text-ink-950">
            Upcoming sessions
          </h2>
          <p className="text-xs text-ink-500">
            Times in {zoneLabel(zone)} ·{' '}
            <Link href="/mentors" className="font-medium text-brand-700 hover:underline">
              Book another
            </Link>
          </p>
        </div>
        {upcoming.length === 0 ? (
          <EmptyState
            title={past.length === 0 ? 'No sessions yet' : 'Nothing booked right now'}
            description="Book a growth session with a mentor and it shows up here, in your own time zone."
            icon={CALENDAR_ICON}
            action={
              <Button asChild>
                <Link href="/mentors">Find a mentor</Link>
              </Button>
            }
          />
        ) : (
          <Card>
            <ul aria-labelledby="sessions-heading" className="divide-y divide-ink-100">
              {upcoming.map((booking) => (
                <BookingRow
                  key={booking.id}
                  booking={booking}
                  userId={user.id}
                  zone={zone}
                  upcoming
                  showRole={isMentor}
                />
              ))}
            </ul>
          </Card>
        )}
      </section>

      <section aria-labelledby="past-heading" className="flex flex-col gap-4">
        <h2 id="past-heading" className="text-lg font-semibold text-ink-950">
          Past sessions
        </h2>
        {past.length === 0 ? (
          <p className="rounded-card border border-dashed border-ink-300 px-5 py-6 text-sm text-ink-600">
            Sessions you have had, and ones that were cancelled, are listed here.
          </p>
        ) : (
          <Card>
            <ul aria-labelledby="past-heading" className="divide-y divide-ink-100">
              {past.map((booking) => (
                <BookingRow
                  key={booking.id}
                  booking={booking}
                  userId={user.id}
                  zone={zone}
                  upcoming={false}
                  showRole={isMentor}
                />
              ))}
            </ul>
          </Card>
        )}
      </section>
    </>
  );
}

/** The user's 90-day learning plans, as mentee and as mentor, with their progress. */
async function PlansSection({ user }: { user: TMe }) {
  const result = await settle(listPlans({ headers: await sessionHeaders() }));
  return (
    <section aria-labelledby="plans-heading" className="flex flex-col gap-4">
      <h2 id="plans-heading" className="text-lg font-semibold text-ink-950">
        Learning plans
      </h2>
      {!result.ok ? (
        <ErrorState
          title="We couldn’t load your learning plans right now"
          action={
            <Button asChild variant="secondary">
              <Link href="/dashboard">Try again</Link>
            </Button>
          }
          reference={result.error.requestId}
        />
      ) : result.data.items.length === 0 ? (
        <p className="rounded-card border border-dashed border-ink-300 px-5 py-6 text-sm text-ink-600">
          After a confirmed session, start a 90-day plan from its page: a goal and milestones you and your
          mentor keep together.
        </p>
      ) : (
        <Card>
          <PlanList plans={result.data.items} userId={user.id} />
        </Card>
      )}
    </section>
  );
}

/** Stands in for PlansSection while the plans load. */
function PlansFallback() {
  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold text-ink-950">Learning plans</h2>
      <LoadingRegion label="Loading your learning plans">
        <Skeleton className="h-20 w-full rounded-card" />
      </LoadingRegion>
    </div>
  );
}

/** Stands in for SessionsSection while the bookings load: the same headings, rows as skeletons. */
function SessionsFallback() {
  return (
    <>
      <div className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold text-ink-950">Upcoming sessions</h2>
        <LoadingRegion label="Loading your sessions">
          <Card>
            <ul className="divide-y divide-ink-100">
              {['a', 'b'].map((k) => (
                <li key={k} className="flex flex-col gap-4 p-4 sm:flex-row sm:items-start sm:gap-5 sm:p-5">
                  <Skeleton className="h-6 w-24 sm:h-14 sm:w-20" />
                  <div className="flex-1 space-y-2">
                    <Skeleton className="h-5 w-56 max-w-full" />
                    <Skeleton className="h-4 w-40" />
                    <Skeleton className="h-4 w-64 max-w-full" />
                  </div>
                </li>
              ))}
            </ul>
          </Card>
        </LoadingRegion>
      </div>
      <div className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold text-ink-950">Past sessions</h2>
        <Skeleton className="h-16 w-full rounded-card" />
      </div>
    </>
  );
}

export default async function DashboardPage() {
  const user = await requireUser('/dashboard');
  const firstName = user.name.trim().split(/\s+/)[0] || user.name;

  return (
    <Container>
      <PageHeader
        eyebrow="Dashboard"
        title={`Welcome, ${firstName}`}
        description="Your sessions, plans and account, in one place."
      />

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-10">
          {/* Signed in is settled above; only the bookings list is worth a skeleton. */}
          <Suspense fallback={<SessionsFallback />}>
            <SessionsSection user={user} />
          </Suspense>
          <Suspense fallback={<PlansFallback />}>
            <PlansSection user={user} />
          </Suspense>
          {user.roles.includes('mentor') ? null : (
            <Card>
              <CardHeader>
                <CardTitle>Become a mentor</CardTitle>
                <CardDescription>
                  Share what you’ve learned: set your own prices and hours, and help engineers take their next
                  step.
                </CardDescription>
              </CardHeader>
              <CardFooter>
                <Button asChild variant="secondary">
                  <Link href="/become-a-mentor">Become a mentor</Link>
                </Button>
              </CardFooter>
            </Card>
          )}
        </div>

        <Card aria-labelledby="account-heading" role="region">
          <CardHeader>
            <CardTitle id="account-heading">Your account</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="flex flex-col gap-4 text-sm">
              <div>
                <dt className="text-ink-500">Name</dt>
                <dd className="mt-0.5 font-medium break-words text-ink-900">{user.name}</dd>
              </div>
              <div>
                <dt className="text-ink-500">Email</dt>
                <dd className="mt-0.5 flex flex-wrap items-center gap-2 font-medium text-ink-900">
                  <span className="break-all">{user.email}</span>
                  {user.emailVerified ? (
                    <Badge tone="success">Confirmed</Badge>
                  ) : (
                    <Badge tone="warning">Not confirmed</Badge>
                  )}
                </dd>
              </div>
              <div>
                <dt className="text-ink-500">Roles</dt>
                <dd className="mt-1">
                  <ul aria-label="Roles" className="flex flex-wrap gap-1.5">
                    {user.roles.map((role) => (
                      <li key={role}>
                        <Badge tone={role === 'mentee' ? 'neutral' : 'brand'}>{ROLE_LABELS[role]}</Badge>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div>
                <dt className="text-ink-500">Time zone</dt>
                <dd className="mt-0.5 font-medium text-ink-900">
                  {describeTimeZone(user.timezone)}
                  <span className="block text-xs font-normal text-ink-500">{user.timezone}</span>
                </dd>
              </div>
            </dl>
          </CardContent>
        </Card>
      </div>
    </Container>
  );
}
