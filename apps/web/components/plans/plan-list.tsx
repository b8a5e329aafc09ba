import type { TLearningPlanSummary } from '@ladder/domain';
import Link from 'next/link';
import { progressFromCounts } from '@/lib/plans/plan-view';
import { formatDateKeyRange } from '@/lib/time/format';
import { PlanProgress } from './plan-progress';

/** The dashboard's list of learning plans: with whom, the goal, the dates and progress. */
export function PlanList({ plans, userId }: { plans: readonly TLearningPlanSummary[]; userId: string }) {
  return (
    <ul className="divide-y divide-ink-100">
      {plans.map((plan) => {
        const other = plan.menteeId === userId ? plan.mentor.name : `${plan.mentee.name} (your mentee)`;
        const { done, total } = plan.progress;
        return (
          <li key={plan.id} className="flex flex-col gap-3 p-4 sm:p-5">
            <div>
              <Link
                href={`/dashboard/plans/${encodeURIComponent(plan.id)}`}
                className="font-semibold break-words text-ink-950 hover:text-brand-700 hover:underline"
              >
                {plan.goal}
              </Link>
              <p className="text-sm text-ink-600">
                With {other} · {formatDateKeyRange(plan.startsOn, plan.endsOn)} ({plan.timezone})
              </p>
            </div>
            <PlanProgress progress={progressFromCounts(done, total)} label={`Progress of “${plan.goal}”`} />
          </li>
        );
      })}
    </ul>
  );
}
