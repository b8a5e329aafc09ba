import type { TAdminReport, TReportTargetType } from '@ladder/domain';

export const TARGET_TYPE_LABELS: Record<TReportTargetType, string> = {
  mentor: 'Mentor profile',
  review: 'Review',
  article: 'Article',
  message: 'Message',
};

/** What happened to a report, in words for the queue. */
export function decisionLabel(report: Pick<TAdminReport, 'status' | 'action' | 'restoredAt'>): string {
  if (report.status === 'open') return 'Open';
  if (report.action === 'hide') return report.restoredAt ? 'Hidden, then restored' : 'Hidden';
  return 'Dismissed';
}

/** Whether the queue offers "Restore": the target was hidden by this decision and not restored since. */
export function canRestore(report: Pick<TAdminReport, 'status' | 'action' | 'restoredAt'>): boolean {
  return report.status === 'resolved' && report.action === 'hide' && !report.restoredAt;
}

/** A link the API gave for a target, kept only if it is a path on this site (never `//host` or a scheme). */
export function internalHref(url: string | undefined): string | null {
  if (!url?.startsWith('/') || url.startsWith('//') || url.includes('\\')) return null;
  return url;
}
