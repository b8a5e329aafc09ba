import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddMilestoneForm } from '@/components/plans/add-milestone-form';
import { GoalForm } from '@/components/plans/goal-form';
import { MilestoneItem } from '@/components/plans/milestone-item';
import { PlanProgress } from '@/components/plans/plan-progress';
import { SuggestedMilestone } from '@/components/plans/suggested-milestone';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { ErrorState } from '@/components/ui/error-state';
import { settle } from '@/lib/api/client';
import { getPlan } from '@/lib/api/learning-plans';
import { sessionHeaders } from '@/lib/api/server-session';
import {
  clampToPlan,
  groupByPhase,
  isOverdue,
  planDay,
  progressOf,
  suggestedMilestones,
} from '@/lib/plans/plan-view';
import { requireUser } from '@/lib/session';
import { dateInZone } from '@/lib/time/calendar-date';
import { formatDateKey, formatDateKeyRange } from '@/lib/time/format';

export const metadata: Metadata = {
  title: 'Learning plan',
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ id: string }> };

const dayLabel = (date: string) => {
  const f = formatDateKey(date);
  return `${f.weekday}, ${f.day}`;
};

export default async function PlanPage({ params }: Props) {
  const { id } = await params;
  const path = `/dashboard/plans/${encodeURIComponent(id)}`;
  const user = await requireUser(path);
  const result = await settle(getPlan(id, { headers: await sessionHeaders() }));
  if (!result.ok) {
    if (result.error.isNotFound) notFound();
    return (
      <Container className="py-section">
        <ErrorState
          title="We couldn’t load this learning plan right now"
          reference={result.error.requestId}
          action={
            <Button asChild variant="secondary">
              <Link href={path}>Try again</Link>
            </Button>
          }
        />
      </Container>
    );
  }

  const plan = result.data;
  const zone = plan.timezone;
  const today = dateInZone(new Date(), zone);
  const where = planDay(plan.startsOn, today);
  const phases = groupByPhase(plan.startsOn, plan.items);
  const progress = progressOf(plan.items);
  const asMentee = plan.menteeId === user.id;
  const defaultDueOn = clampToPlan(plan, today);
  const common = { planId: plan.id, startsOn: plan.startsOn, endsOn: plan.endsOn, zone };

  return (
    <Container className="max-w-4xl pb-section">
      <nav aria-label="Breadcrumb" className="pt-8 text-sm">
        <ol className="flex items-center gap-2 text-ink-500">
          <li>
            <Link href="/dashboard" className="hover:text-brand-700">
              Dashboard
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="truncate text-ink-800">
            Learning plan
          </li>
        </ol>
      </nav>

      <header className="flex flex-col gap-3 pt-6 pb-8">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">90-day learning plan</p>
        <h1 className="text-3xl font-bold tracking-tight break-words text-ink-950">{plan.goal}</h1>
        <p className="text-lg text-ink-700">
          {asMentee ? (
            <>
              with{' '}
              <Link
                href={`/mentors/${encodeURIComponent(plan.mentor.slug)}`}
                className="font-medium text-brand-700 hover:underline"
              >
                {plan.mentor.name}
              </Link>
            </>
          ) : (
            <>with {plan.mentee.name} (your mentee)</>
          )}
        </p>
        <p className="flex flex-wrap items-center gap-2 text-sm text-ink-600">
          <span>
            {formatDateKeyRange(plan.startsOn, plan.endsOn, 'long')} · dates in {zone}
          </span>
          {where.state === 'running' ? (
            <Badge tone="brand">
              Day {where.day} of 90 · phase {where.phase}
            </Badge>
          ) : where.state === 'ended' ? (
            <Badge tone="neutral">Ended</Badge>
          ) : (
            <Badge tone="neutral">Starts in {where.inDays} days</Badge>
          )}
        </p>
        <GoalForm planId={plan.id} goal={plan.goal} />
      </header>

      <Card className="mb-6">
        <CardContent className="pt-6">
          <PlanProgress progress={progress} label="Progress of the plan" />
        </CardContent>
      </Card>

      {plan.items.length === 0 ? (
        <section aria-labelledby="suggest-heading" className="mb-6">
          <Card>
            <CardHeader>
              <CardTitle id="suggest-heading">No milestones yet</CardTitle>
              <CardDescription>
                Break the goal into a few steps with dates, roughly one or two per 30-day phase. Start from
                these or write your own below; {asMentee ? 'your mentor' : 'your mentee'} can edit them too.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <ul className="flex flex-col gap-2">
                {suggestedMilestones(plan.startsOn).map((s) => (
                  <SuggestedMilestone
                    key={s.title}
                    planId={plan.id}
                    suggestion={s}
                    dueLabel={dayLabel(s.dueOn)}
                  />
                ))}
              </ul>
            </CardContent>
          </Card>
        </section>
      ) : null}

      <div className="flex flex-col gap-6">
        {phases.map((phase) => (
          <section key={phase.phase} aria-labelledby={`phase-${phase.phase}`}>
            <Card>
              <CardHeader>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <CardTitle id={`phase-${phase.phase}`}>
                    Phase {phase.phase}: {phase.title}
                  </CardTitle>
                  <span className="text-sm text-ink-600 tabular-nums">
                    {phase.progress.done}/{phase.progress.total} done
                  </span>
                </div>
                <CardDescription>
                  {dayLabel(phase.from)} – {dayLabel(phase.to)}. {phase.focus}
                </CardDescription>
              </CardHeader>
              <CardContent>
                {phase.items.length === 0 ? (
                  <p className="text-sm text-ink-500">No milestones in this phase yet.</p>
                ) : (
                  <ul className="divide-y divide-ink-100">
                    {phase.items.map((item) => (
                      <MilestoneItem
                        key={item.id}
                        {...common}
                        item={item}
                        dueLabel={dayLabel(item.dueOn)}
                        overdue={isOverdue(item, today)}
                      />
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>
          </section>
        ))}

        <section aria-labelledby="add-heading">
          <Card>
            <CardHeader>
              <CardTitle id="add-heading">Add a milestone</CardTitle>
              <CardDescription>Up to 50 milestones, each due on a day of the plan.</CardDescription>
            </CardHeader>
            <CardContent>
              <AddMilestoneForm {...common} defaultDueOn={defaultDueOn} />
            </CardContent>
          </Card>
        </section>
      </div>

      <p className="mt-10 text-sm">
        <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
          ← Back to your dashboard
        </Link>
      </p>
    </Container>
  );
}
