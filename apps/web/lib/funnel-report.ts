import type { TFunnelReport, TFunnelType } from '@ladder/domain';

export const FUNNEL_LABELS: Record<TFunnelType, string> = {
  article_view: 'Read an article',
  cta_click: 'Clicked “Book your growth session”',
  newsletter_subscribed: 'Subscribed to the newsletter',
  signup: 'Signed up',
  booking_held: 'Held a paid booking',
  booking_confirmed: 'Confirmed a booking',
};

export type TFunnelRow = {
  type: TFunnelType;
  label: string;
  events: number;
  visitors: number;
  /** Visitors of this step as a share of the first step's visitors, in whole per mille; null if none. */
  ofFirstPerMille: number | null;
};

/** The report as table rows; shares are integers (per mille) so no float reaches the page. */
export function funnelRows(report: TFunnelReport): TFunnelRow[] {
  const first = report.steps[0]?.visitors ?? 0;
  return report.steps.map((s) => ({
    type: s.type,
    label: FUNNEL_LABELS[s.type],
    events: s.events,
    visitors: s.visitors,
    ofFirstPerMille: first > 0 ? Math.round((s.visitors * 1000) / first) : null,
  }));
}

/** "12.5 %" from per mille. */
export function formatPerMille(perMille: number): string {
  const whole = Math.floor(perMille / 10);
  const tenth = perMille % 10;
  return `${whole}.${tenth} %`;
}
