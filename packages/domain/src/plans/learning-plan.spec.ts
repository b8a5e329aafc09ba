import { addDays, daysBetween, isWithinPlan, phaseOf, phaseRange, planEndsOn } from './learning-plan';

describe('learning plan calendar', () => {
  it('covers 90 days, first and last included, across month and leap-day boundaries', () => {
    expect(planEndsOn('2026-01-01')).toBe('2026-03-31');
    expect(planEndsOn('2028-01-01')).toBe('2028-03-30');
    expect(daysBetween('2026-01-01', planEndsOn('2026-01-01'))).toBe(89);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('knows which dates are inside the plan', () => {
    expect(isWithinPlan('2026-01-01', '2026-01-01')).toBe(true);
    expect(isWithinPlan('2026-01-01', '2026-03-31')).toBe(true);
    expect(isWithinPlan('2026-01-01', '2026-04-01')).toBe(false);
    expect(isWithinPlan('2026-01-01', '2025-12-31')).toBe(false);
  });

  it('splits the plan into three 30-day phases', () => {
    expect(phaseOf('2026-01-01', '2026-01-01')).toBe(1);
    expect(phaseOf('2026-01-01', '2026-01-30')).toBe(1);
    expect(phaseOf('2026-01-01', '2026-01-31')).toBe(2);
    expect(phaseOf('2026-01-01', '2026-03-01')).toBe(2);
    expect(phaseOf('2026-01-01', '2026-03-02')).toBe(3);
    expect(phaseOf('2026-01-01', '2026-03-31')).toBe(3);
    expect(phaseOf('2026-01-01', '2027-01-01')).toBe(3);
    expect(phaseRange('2026-01-01', 1)).toEqual({ from: '2026-01-01', to: '2026-01-30' });
    expect(phaseRange('2026-01-01', 2)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(phaseRange('2026-01-01', 3)).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });
});
