'use client';

import type { TAdminReport, TReportAction } from '@ladder/domain';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { resolveReportAction, restoreReportAction } from '@/lib/actions/moderation';
import { adminProblemText } from '@/lib/admin/problem-text';
import { formatDate } from '@/lib/format';
import { UNEXPECTED_MESSAGE } from '@/lib/forms';
import type { TActionProblem } from '@/lib/mentor/action-result';
import { canRestore, decisionLabel, internalHref, TARGET_TYPE_LABELS } from '@/lib/moderation';
import { LiveNotice, type TNotice } from './live-notice';

const problemText = (problem: TActionProblem) =>
  adminProblemText(problem, { gone: 'This report no longer exists.' });

const DONE: Record<TReportAction | 'restore', string> = {
  hide: 'Hidden. It is gone from every public page until you restore it.',
  dismiss: 'Dismissed. Nothing public changed.',
  restore: 'Restored. It is public again.',
};

/**
 * The moderation queue (open reports first, as the API orders them). A decision covers every
 * open report of the same target, so after each one the page is fetched again.
 */
export function ReportsQueue({ items }: { items: TAdminReport[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<TNotice | null>(null);

  async function decide(report: TAdminReport, action: TReportAction | 'restore') {
    setBusy(report.id);
    setNotice(null);
    try {
      const result =
        action === 'restore'
          ? await restoreReportAction(report.id)
          : await resolveReportAction(report.id, action);
      setNotice(
        result.ok
          ? { tone: 'success', text: DONE[action] }
          : { tone: 'danger', text: problemText(result.problem) },
      );
      router.refresh();
    } catch {
      setNotice({ tone: 'danger', text: UNEXPECTED_MESSAGE });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="flex flex-col gap-5">
      <LiveNotice notice={notice} />
      {items.length === 0 ? (
        <EmptyState title="No reports" description="Reports from users appear here, open ones first." />
      ) : (
        <ul className="flex flex-col gap-4">
          {items.map((report) => (
            <li key={report.id}>
              <ReportCard
                report={report}
                busy={busy === report.id}
                disabled={busy !== null}
                onDecide={decide}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ReportCard({
  report,
  busy,
  disabled,
  onDecide,
}: {
  report: TAdminReport;
  busy: boolean;
  disabled: boolean;
  onDecide: (report: TAdminReport, action: TReportAction | 'restore') => void;
}) {
  const headingId = `report-${report.id}`;
  const href = internalHref(report.target.url);
  const open = report.status === 'open';
  return (
    <Card className="p-5 sm:p-6" role="article" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Badge tone="brand">{TARGET_TYPE_LABELS[report.targetType]}</Badge>
        <h2 id={headingId} className="min-w-0 break-words text-lg font-semibold text-ink-950">
          {href ? (
            <Link href={href} className="hover:text-brand-700 hover:underline">
              {report.target.label}
            </Link>
          ) : (
            report.target.label
          )}
        </h2>
        <Badge tone={open ? 'warning' : report.action === 'hide' ? 'danger' : 'neutral'}>
          {decisionLabel(report)}
        </Badge>
      </div>
      <p className="mt-1 text-sm text-ink-600">
        Reported by {report.reporter.name} on{' '}
        <time dateTime={report.createdAt}>{formatDate(report.createdAt)}</time>
      </p>
      <p className="mt-3 whitespace-pre-line break-words text-ink-800">{report.reason}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        {open ? (
          <>
            <Button variant="danger" size="sm" disabled={disabled} onClick={() => onDecide(report, 'hide')}>
              {busy ? 'Saving…' : 'Hide'}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              disabled={disabled}
              onClick={() => onDecide(report, 'dismiss')}
            >
              Dismiss
            </Button>
          </>
        ) : null}
        {canRestore(report) ? (
          <Button
            variant="secondary"
            size="sm"
            disabled={disabled}
            onClick={() => onDecide(report, 'restore')}
          >
            {busy ? 'Saving…' : 'Restore'}
          </Button>
        ) : null}
      </div>
    </Card>
  );
}
