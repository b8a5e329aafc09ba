import Link from 'next/link';
import { Alert } from '@/components/ui/alert';

/** The outcome of the last admin action, optionally with a link (e.g. to the approved profile). */
export type TNotice = { tone: 'success' | 'danger'; text: string; href?: string; linkLabel?: string };

/** Announced politely to screen readers; a failure as an alert. Renders the region even when empty. */
export function LiveNotice({ notice }: { notice: TNotice | null }) {
  return (
    <div aria-live="polite">
      {notice ? (
        <Alert tone={notice.tone} role={notice.tone === 'danger' ? 'alert' : 'status'}>
          {notice.text} {notice.href ? <Link href={notice.href}>{notice.linkLabel}</Link> : null}
        </Alert>
      ) : null}
    </div>
  );
}
