import { formatPerMille, funnelRows } from './funnel-report';

describe('funnelRows', () => {
  const report = {
    from: '2026-11-01T00:00:00.000Z',
    to: '2026-12-01T00:00:00.000Z',
    steps: [
      { type: 'article_view' as const, events: 900, visitors: 400 },
      { type: 'cta_click' as const, events: 60, visitors: 50 },
      { type: 'newsletter_subscribed' as const, events: 0, visitors: 0 },
      { type: 'signup' as const, events: 9, visitors: 9 },
      { type: 'booking_held' as const, events: 3, visitors: 3 },
      { type: 'booking_confirmed' as const, events: 1, visitors: 1 },
    ],
  };

  it('labels every step and gives visitors as a share of the first step', () => {
    const rows = funnelRows(report);
    expect(rows.map((r) => r.ofFirstPerMille)).toEqual([1000, 125, 0, 23, 8, 3]);
    expect(rows[1]).toMatchObject({ label: 'Clicked “Book your growth session”', events: 60, visitors: 50 });
  });

  it('has no share when nobody reached the first step', () => {
    const empty = { ...report, steps: report.steps.map((s) => ({ ...s, events: 0, visitors: 0 })) };
    expect(funnelRows(empty).every((r) => r.ofFirstPerMille === null)).toBe(true);
  });
});

describe('formatPerMille', () => {
  it('prints one decimal without floats', () => {
    expect(formatPerMille(1000)).toBe('100.0 %');
    expect(formatPerMille(125)).toBe('12.5 %');
    expect(formatPerMille(3)).toBe('0.3 %');
  });
});
