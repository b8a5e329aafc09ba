import { canRestore, decisionLabel, internalHref } from './moderation';

describe('moderation queue helpers', () => {
  it.each([
    [{ status: 'open' as const }, 'Open', false],
    [{ status: 'resolved' as const, action: 'dismiss' as const }, 'Dismissed', false],
    [{ status: 'resolved' as const, action: 'hide' as const }, 'Hidden', true],
    [
      { status: 'resolved' as const, action: 'hide' as const, restoredAt: '2026-03-09T14:00:00.000Z' },
      'Hidden, then restored',
      false,
    ],
  ])('%j is %s (restorable: %s)', (report, label, restorable) => {
    expect(decisionLabel(report)).toBe(label);
    expect(canRestore(report)).toBe(restorable);
  });

  it('keeps only links to paths on this site', () => {
    expect(internalHref('/mentors/ada')).toBe('/mentors/ada');
    expect(internalHref('/articles/a-b')).toBe('/articles/a-b');
    for (const bad of [
      undefined,
      '',
      'https://evil.test',
      '//evil.test/x',
      'javascript:alert(1)',
      '/\\evil.test',
    ]) {
      expect(internalHref(bad)).toBeNull();
    }
  });
});
