import type { TPlanItem } from '@ladder/domain';
import {
  clampToPlan,
  groupByPhase,
  isOverdue,
  planDay,
  planForPair,
  progressFromCounts,
  progressOf,
  suggestedMilestones,
} from './plan-view';

const item = (over: Partial<TPlanItem>): TPlanItem => ({
  id: 'a',
  title: 'Milestone',
  dueOn: '2026-01-01',
  notes: '',
  done: false,
  doneAt: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  ...over,
});

describe('progressOf', () => {
  it('counts done out of total with a whole percentage', () => {
    expect(progressOf([])).toEqual({ done: 0, total: 0, percent: 0 });
    expect(progressOf([item({ done: true }), item({}), item({})])).toEqual({
      done: 1,
      total: 3,
      percent: 33,
    });
    expect(progressOf([item({ done: true })])).toEqual({ done: 1, total: 1, percent: 100 });
    expect(progressFromCounts(2, 3)).toEqual({ done: 2, total: 3, percent: 67 });
  });
});

describe('groupByPhase', () => {
  it('always answers three 30-day phases with their dates', () => {
    const phases = groupByPhase('2026-01-01', []);
    expect(phases.map((p) => [p.phase, p.title, p.from, p.to, p.items.length])).toEqual([
      [1, 'Days 1–30', '2026-01-01', '2026-01-30', 0],
      [2, 'Days 31–60', '2026-01-31', '2026-03-01', 0],
      [3, 'Days 61–90', '2026-03-02', '2026-03-31', 0],
    ]);
  });

  it('puts each milestone in the phase of its due date, by due date then creation, with phase progress', () => {
    const phases = groupByPhase('2026-01-01', [
      item({ id: 'late', dueOn: '2026-03-31', done: true }),
      item({ id: 'b', dueOn: '2026-01-30', createdAt: '2026-01-02T00:00:00.000Z' }),
      item({ id: 'a', dueOn: '2026-01-30', createdAt: '2026-01-01T00:00:00.000Z', done: true }),
      item({ id: 'first', dueOn: '2026-01-05' }),
      item({ id: 'mid', dueOn: '2026-01-31' }),
    ]);
    expect(phases.map((p) => p.items.map((i) => i.id))).toEqual([['first', 'a', 'b'], ['mid'], ['late']]);
    expect(phases.map((p) => p.progress)).toEqual([
      { done: 1, total: 3, percent: 33 },
      { done: 0, total: 1, percent: 0 },
      { done: 1, total: 1, percent: 100 },
    ]);
  });
});

describe('planDay', () => {
  it('says where today falls in the plan', () => {
    expect(planDay('2026-01-10', '2026-01-08')).toEqual({ state: 'upcoming', inDays: 2 });
    expect(planDay('2026-01-10', '2026-01-10')).toEqual({ state: 'running', day: 1, phase: 1 });
    expect(planDay('2026-01-10', '2026-02-09')).toEqual({ state: 'running', day: 31, phase: 2 });
    expect(planDay('2026-01-10', '2026-04-09')).toEqual({ state: 'running', day: 90, phase: 3 });
    expect(planDay('2026-01-10', '2026-04-10')).toEqual({ state: 'ended' });
  });
});

describe('isOverdue', () => {
  it('is a milestone not done whose day has passed', () => {
    expect(isOverdue(item({ dueOn: '2026-01-01' }), '2026-01-02')).toBe(true);
    expect(isOverdue(item({ dueOn: '2026-01-02' }), '2026-01-02')).toBe(false);
    expect(isOverdue(item({ dueOn: '2026-01-01', done: true }), '2026-01-02')).toBe(false);
  });
});

describe('suggestedMilestones', () => {
  it('suggests milestones spread over the three phases, all within the plan', () => {
    const s = suggestedMilestones('2026-01-01');
    expect(s.map((m) => m.dueOn)).toEqual(['2026-01-07', '2026-01-28', '2026-02-14', '2026-03-29']);
    const phases = groupByPhase(
      '2026-01-01',
      s.map((m, i) => item({ id: `${i}`, dueOn: m.dueOn })),
    );
    expect(phases.map((p) => p.items.length)).toEqual([2, 1, 1]);
  });
});

describe('planForPair', () => {
  it("finds the pair's plan", () => {
    const plans = [
      { id: '1', menteeId: 'm1', mentorId: 'p1' },
      { id: '2', menteeId: 'm1', mentorId: 'p2' },
    ];
    expect(planForPair(plans, { menteeId: 'm1', mentorId: 'p2' })?.id).toBe('2');
    expect(planForPair(plans, { menteeId: 'm2', mentorId: 'p2' })).toBeUndefined();
  });
});

describe('clampToPlan', () => {
  it('keeps a date inside the plan', () => {
    const plan = { startsOn: '2026-01-01', endsOn: '2026-03-31' };
    expect(clampToPlan(plan, '2025-12-01')).toBe('2026-01-01');
    expect(clampToPlan(plan, '2026-02-10')).toBe('2026-02-10');
    expect(clampToPlan(plan, '2026-05-01')).toBe('2026-03-31');
  });
});
