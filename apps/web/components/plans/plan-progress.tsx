import type { TProgress } from '@/lib/plans/plan-view';

/** "3 of 8 milestones done" with a bar; the numbers are the accessible value. */
export function PlanProgress({ progress, label }: { progress: TProgress; label: string }) {
  const text =
    progress.total === 0
      ? 'No milestones yet'
      : `${progress.done} of ${progress.total} milestone${progress.total === 1 ? '' : 's'} done`;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="text-ink-700">{text}</span>
        <span className="font-medium text-ink-900 tabular-nums">{progress.percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={text}
        className="h-2 overflow-hidden rounded-pill bg-ink-100"
      >
        <div className="h-full rounded-pill bg-brand-600" style={{ width: `${progress.percent}%` }} />
      </div>
    </div>
  );
}
