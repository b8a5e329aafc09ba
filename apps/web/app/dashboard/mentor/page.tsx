import type { TMentorProfile, TOffering, TPayoutStatus } from '@ladder/domain';
import Link from 'next/link';
import { type ReactNode, Suspense } from 'react';
import { ApplyFirst } from '@/components/mentor/apply-first';
import { NextSessions } from '@/components/mentor/next-sessions';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { settle, type TResult } from '@/lib/api/client';
import {
  getMyAvailability,
  listMyMentorBookings,
  listMyOfferings,
  type TStoredAvailability,
} from '@/lib/api/mentor-profile';
import { getPayoutStatus } from '@/lib/api/payouts';
import { sessionHeaders } from '@/lib/api/server-session';
import { cn } from '@/lib/cn';
import { describeTimeZone } from '@/lib/format';
import { payoutsChecklistItem } from '@/lib/mentor/payouts-checklist';
import { loadMyMentorProfile } from '@/lib/mentor/session';
import { minutesOf } from '@/lib/mentor/weekly-grid';
import { requireUser } from '@/lib/session';

export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MentorDashboardPage({ searchParams }: Props) {
  const user = await requireUser('/dashboard/mentor');
  const params = await searchParams;
  const mine = await loadMyMentorProfile();
  if (!mine.ok) {
    return (
      <ErrorState
        className="mt-8"
        title="We couldn’t load your mentor profile"
        reference={mine.error.requestId}
        action={
          <Button asChild variant="secondary">
            <Link href="/dashboard/mentor">Try again</Link>
          </Button>
        }
      />
    );
  }
  const profile = mine.data;
  if (!profile) return <ApplyFirst />;

  return (
    <>
      <PageHeader className="pt-6 sm:pt-8" title={`Hi, ${user.name.trim().split(/\s+/)[0] || user.name}`} />
      {params.applied ? (
        <Alert tone="success" role="status" title="Thanks for applying!" className="mb-6">
          Your application is in the review queue. We’ll email {user.email} as soon as there is a decision.
        </Alert>
      ) : null}
      {params.resubmitted ? (
        <Alert
          tone="success"
          role="status"
          title="Thanks — your profile is back in the review queue"
          className="mb-6"
        >
          We review within 2 business days and email you either way.
        </Alert>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_22rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-6">
          <StatusCard profile={profile} email={user.email} />
          <Suspense fallback={<CardFallback label="Loading your setup checklist" rows={3} />}>
            <LoadedChecklist profile={profile} />
          </Suspense>
        </div>
        <Suspense fallback={<CardFallback label="Loading your next sessions" rows={2} />}>
          <LoadedNextSessions zone={profile.timezone} />
        </Suspense>
      </div>
    </>
  );
}

/** The checklist once offerings and availability are in; streamed, so the status shows at once. */
async function LoadedChecklist({ profile }: { profile: TMentorProfile }) {
  const headers = await sessionHeaders();
  const [offerings, availability, payouts] = await Promise.all([
    settle(listMyOfferings({ headers })),
    settle(getMyAvailability({ headers })),
    settle(getPayoutStatus({ headers })),
  ]);
  return <Checklist profile={profile} offerings={offerings} availability={availability} payouts={payouts} />;
}

async function LoadedNextSessions({ zone }: { zone: string }) {
  const bookings = await settle(listMyMentorBookings({ headers: await sessionHeaders() }));
  return <NextSessions bookings={bookings} zone={zone} />;
}

function CardFallback({ label, rows }: { label: string; rows: number }) {
  return (
    <LoadingRegion label={label}>
      <Card className="space-y-4 p-6">
        <Skeleton className="h-6 w-56 max-w-full" />
        <Skeleton className="h-4 w-32" />
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders that never reorder
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </Card>
    </LoadingRegion>
  );
}

function StatusCard({ profile, email }: { profile: TMentorProfile; email: string }) {
  const publicPath = `/mentors/${encodeURIComponent(profile.slug)}`;
  let badge: ReactNode;
  let title: string;
  let body: ReactNode;
  let action: ReactNode = null;
  switch (profile.status) {
    case 'approved':
      badge = <Badge tone="success">Live</Badge>;
      title = 'Your profile is live';
      body = 'Mentees can find you in search and book the sessions you offer, in the hours you set.';
      action = (
        <Button asChild variant="secondary">
          <Link href={publicPath}>View your public profile</Link>
        </Button>
      );
      break;
    case 'rejected':
      badge = <Badge tone="danger">Not approved</Badge>;
      title = 'Your application wasn’t approved this time';
      body = (
        <>
          {profile.rejectionReason ? (
            <figure className="mt-1 rounded-lg border-l-4 border-danger-100 bg-danger-50 px-4 py-3">
              <figcaption className="text-xs font-semibold text-danger-700">Reviewer’s note</figcaption>
              <blockquote className="mt-1 whitespace-pre-line text-ink-800">
                {profile.rejectionReason}
              </blockquote>
            </figure>
          ) : null}
          <p className="mt-3">
            Update your profile with this in mind and send it again — we’ll take another look.
          </p>
        </>
      );
      action = (
        <Button asChild>
          <Link href="/dashboard/mentor/profile">Edit and resubmit</Link>
        </Button>
      );
      break;
    case 'suspended':
      badge = <Badge tone="danger">Suspended</Badge>;
      title = 'Your profile is hidden';
      body =
        'Your profile is not shown to mentees while it is suspended. Reply to our email if you have questions.';
      break;
    default:
      badge = <Badge tone="warning">In review</Badge>;
      title = 'Application received — we review within 2 business days';
      body = `We’ll email ${email} when there is a decision. Your profile isn’t public until then, but you can already add session types and hours.`;
      action = (
        <Button asChild variant="secondary">
          <Link href="/dashboard/mentor/profile">Edit your application</Link>
        </Button>
      );
  }
  return (
    <Card aria-labelledby="status-heading" role="region">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-ink-500">Status</span>
          {badge}
        </div>
        <CardTitle id="status-heading">{title}</CardTitle>
        <div className="text-sm text-ink-600">{body}</div>
      </CardHeader>
      {action ? <CardContent className="flex flex-wrap gap-3">{action}</CardContent> : null}
    </Card>
  );
}

function weeklyMinutes(availability: TStoredAvailability): number {
  return availability.weekly.reduce((sum, row) => sum + (minutesOf(row.end) - minutesOf(row.start)), 0);
}

function hoursLabel(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'} a week`;
}

function Checklist({
  profile,
  offerings,
  availability,
  payouts,
}: {
  profile: TMentorProfile;
  offerings: TResult<{ items: TOffering[] }>;
  availability: TResult<TStoredAvailability>;
  payouts: TResult<TPayoutStatus>;
}) {
  const active = offerings.ok ? offerings.data.items.filter((o) => o.active).length : null;
  const minutes = availability.ok ? weeklyMinutes(availability.data) : null;
  const items: {
    key: string;
    done: boolean;
    title: string;
    detail: string;
    href: string;
    cta: string;
    optional?: boolean;
  }[] = [
    {
      key: 'profile',
      done: true,
      title: 'Profile',
      detail: `${profile.headline}`,
      href: '/dashboard/mentor/profile',
      cta: 'Edit',
    },
    {
      key: 'offerings',
      done: (active ?? 0) > 0,
      title: 'Session types',
      detail:
        active === null
          ? 'Couldn’t load your offerings just now.'
          : active === 0
            ? 'Add at least one session type mentees can book — a free intro call is a good start.'
            : `${active} active session type${active === 1 ? '' : 's'}.`,
      href: '/dashboard/mentor/offerings',
      cta: (active ?? 0) > 0 ? 'Manage' : 'Add a session type',
    },
    {
      key: 'availability',
      done: (minutes ?? 0) > 0,
      title: 'Weekly availability',
      detail:
        minutes === null
          ? 'Couldn’t load your availability just now.'
          : minutes === 0
            ? 'Set the hours mentees can book you, in your own time zone.'
            : `${hoursLabel(minutes)}, ${describeTimeZone(availability.ok ? availability.data.timezone : profile.timezone)}.`,
      href: '/dashboard/mentor/availability',
      cta: (minutes ?? 0) > 0 ? 'Edit hours' : 'Set your hours',
    },
    {
      key: 'calcom',
      done: !!profile.calcomLink,
      optional: true,
      title: 'Cal.com link',
      detail: profile.calcomLink
        ? 'Mentees can also book you through Cal.com.'
        : 'Already take bookings on Cal.com? Link it and mentees can use it too.',
      href: '/dashboard/mentor/profile',
      cta: profile.calcomLink ? 'Change' : 'Add link',
    },
    payoutsChecklistItem(payouts),
  ];
  const done = items.filter((i) => i.done && !i.optional).length;
  const required = items.filter((i) => !i.optional).length;
  return (
    <Card aria-labelledby="setup-heading" role="region">
      <CardHeader>
        <CardTitle id="setup-heading">
          {done === required ? 'You’re ready for bookings' : 'Get ready for your first booking'}
        </CardTitle>
        <CardDescription>
          {done} of {required} done
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="flex flex-col divide-y divide-ink-100">
          {items.map((item) => (
            <li key={item.key} className="flex items-start gap-3 py-3 first:pt-0 last:pb-0">
              <span
                className={cn(
                  'mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-pill border',
                  item.done ? 'border-success-600 bg-success-600 text-white' : 'border-ink-300 bg-ink-0',
                )}
              >
                {item.done ? (
                  <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
                    <path
                      fillRule="evenodd"
                      d="M16.7 5.3a1 1 0 0 1 0 1.4l-7.5 7.5a1 1 0 0 1-1.4 0L3.3 9.7a1 1 0 1 1 1.4-1.4l3.8 3.8 6.8-6.8a1 1 0 0 1 1.4 0Z"
                      clipRule="evenodd"
                    />
                  </svg>
                ) : null}
                <span className="sr-only">{item.done ? 'Done:' : 'To do:'}</span>
              </span>
              <div className="min-w-0 flex-1">
                <p className="font-medium text-ink-900">
                  {item.title}
                  {item.optional ? (
                    <span className="ml-2 text-xs font-normal text-ink-500">Optional</span>
                  ) : null}
                </p>
                <p className="mt-0.5 line-clamp-2 text-sm text-ink-600">{item.detail}</p>
              </div>
              <Button asChild variant={item.done || item.optional ? 'ghost' : 'secondary'} size="sm">
                <Link href={item.href}>
                  {item.cta}
                  <span className="sr-only"> — {item.title}</span>
                </Link>
              </Button>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
