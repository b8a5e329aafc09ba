import {
  addDays,
  daysBetween,
  PLAN_DAYS,
  PLAN_PHASES,
  phaseOf,
  phaseRange,
  type TPlanItem,
  type TPlanPhase,
} from '@ladder/domain';

/*
 * What the plan page shows, computed from the API's plan: its three 30-day phases with their
 * milestones, progress, where today falls, and first milestones to suggest for an empty plan.
 */

export type TProgress = { done: number; total: number; percent: number };

export type TPhaseView = {
  phase: TPlanPhase;
  title: string;
  focus: string;
  from: string;
  to: string;
  items: TPlanItem[];
  progress: TProgress;
};

const PHASES: Record<TPlanPhase, { title: string; focus: string }> = {
  1: { title: 'Days 1–30', focus: 'Learn: understand where you are and what good looks like.' },
  2: { title: 'Days 31–60', focus: 'Practice: apply it on real work, with feedback.' },
  3: { title: 'Days 61–90', focus: 'Show: deliver something visible and take stock.' },
};

/** Done out of total, and a whole percentage (0 for nothing to do). */
export function progressFromCounts(done: number, total: number): TProgress {
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

/** The progress of a list of milestones. */
export function progressOf(items: readonly Pick<TPlanItem, 'done'>[]): TProgress {
  return progressFromCounts(items.filter((i) => i.done).length, items.length);
}

/** The three phases, each with its milestones by due date (then by creation), always all three. */
export function groupByPhase(startsOn: string, items: readonly TPlanItem[]): TPhaseView[] {
  const sorted = [...items].sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return PLAN_PHASES.map((phase) => {
    const mine = sorted.filter((i) => phaseOf(startsOn, i.dueOn) === phase);
    return {
      phase,
      ...PHASES[phase],
      ...phaseRange(startsOn, phase),
      items: mine,
      progress: progressOf(mine),
    };
  });
}

export type TPlanDay =
  | { state: 'upcoming'; inDays: number }
  | { state: 'running'; day: number; phase: TPlanPhase }
  | { state: 'ended' };

/** Where `today` (a date in the plan's zone) falls: before, on day 1–90 (and its phase), or after. */
export function planDay(startsOn: string, today: string): TPlanDay {
  const offset = daysBetween(startsOn, today);
  if (offset < 0) return { state: 'upcoming', inDays: -offset };
  if (offset >= PLAN_DAYS) return { state: 'ended' };
  return { state: 'running', day: offset + 1, phase: phaseOf(startsOn, today) };
}

/** A milestone past its due date and not done yet. */
export function isOverdue(item: Pick<TPlanItem, 'done' | 'dueOn'>, today: string): boolean {
  return !item.done && item.dueOn < today;
}

export type TSuggestion = { title: string; dueOn: string; notes: string };

/** First milestones for an empty plan, one or two per phase, due on sensible days of it. */
export function suggestedMilestones(startsOn: string): TSuggestion[] {
  return [
    {
      title: 'Agree on what success looks like at day 90',
      dueOn: addDays(startsOn, 6),
      notes: 'Write it down together with your mentor: one or two outcomes someone else could check.',
    },
    {
      title: 'Finish a first small piece of work that stretches you',
      dueOn: addDays(startsOn, 27),
      notes: '',
    },
    {
      title: 'Ask for feedback on it and pick one thing to change',
      dueOn: addDays(startsOn, 44),
      notes: '',
    },
    {
      title: 'Present what you achieved and plan the next 90 days',
      dueOn: addDays(startsOn, 87),
      notes: '',
    },
  ];
}

/** The plan of the pair a booking belongs to, if they have one. */
export function planForPair<T extends { menteeId: string; mentorId: string }>(
  plans: readonly T[],
  pair: { menteeId: string; mentorId: string },
): T | undefined {
  return plans.find((p) => p.menteeId === pair.menteeId && p.mentorId === pair.mentorId);
}

/** `date` moved into the plan's days: the first day before it starts, the last after it ends. */
export function clampToPlan(plan: { startsOn: string; endsOn: string }, date: string): string {
  if (date < plan.startsOn) return plan.startsOn;
  if (date > plan.endsOn) return plan.endsOn;
  return date;
}
