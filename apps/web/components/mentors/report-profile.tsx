import { ReportDisclosure } from './report-disclosure';

/** "Report this profile" on a mentor profile (not shown on your own). */
export function ReportProfile({ mentorId, signInHref }: { mentorId: string; signInHref: string | null }) {
  return <ReportDisclosure targetType="mentor" targetId={mentorId} signInHref={signInHref} />;
}
