import type { TLearningPlanSummary, TPlanItem } from '@ladder/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { MilestoneItem } from './milestone-item';
import { PlanList } from './plan-list';
import { PlanProgress } from './plan-progress';
import { StartPlanForm } from './start-plan-form';

// The forms import server actions, whose session helper needs a Next request; none runs here.
jest.mock('@/lib/api/server-session', () => ({ callWithSession: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));

const PLAN = '0b6a7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d';
const MENTEE = '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c';
const MENTOR_USER = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

const item = (over: Partial<TPlanItem>): TPlanItem => ({
  id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  title: 'Write a design doc',
  dueOn: '2026-03-20',
  notes: '',
  done: false,
  doneAt: null,
  createdAt: '2026-03-09T14:00:00.000Z',
  updatedAt: '2026-03-09T14:00:00.000Z',
  ...over,
});

const milestone = (over: Partial<TPlanItem>, overdue = false) =>
  renderToStaticMarkup(
    <MilestoneItem
      planId={PLAN}
      item={item(over)}
      dueLabel="Fri, Mar 20"
      overdue={overdue}
      startsOn="2026-03-01"
      endsOn="2026-05-29"
      zone="America/New_York"
    />,
  );

describe('PlanProgress', () => {
  it('shows done out of total, as text and as the bar’s accessible value', () => {
    const html = renderToStaticMarkup(
      <PlanProgress progress={{ done: 2, total: 3, percent: 67 }} label="Progress of the plan" />,
    );
    expect(html).toContain('2 of 3 milestones done');
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuenow="67"');
    expect(html).toContain('width:67%');
  });

  it('says when there is nothing yet', () => {
    const html = renderToStaticMarkup(
      <PlanProgress progress={{ done: 0, total: 0, percent: 0 }} label="p" />,
    );
    expect(html).toContain('No milestones yet');
  });
});

describe('MilestoneItem', () => {
  it('offers to tick an open milestone and flags it overdue', () => {
    const html = milestone({}, true);
    expect(html).toContain('aria-pressed="false"');
    expect(html).toContain('aria-label="Done: Write a design doc"');
    expect(html).toContain('name="done" value="true"');
    expect(html).toContain('Overdue');
    expect(html).toContain('Due Fri, Mar 20');
  });

  it('shows a done milestone as done, untick on click, never overdue', () => {
    const html = milestone({ done: true, doneAt: '2026-03-10T10:00:00.000Z' });
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('name="done" value="false"');
    expect(html).toContain('line-through');
    expect(html).not.toContain('Overdue');
  });

  it('escapes titles and notes, and its edit form keeps the date within the plan', () => {
    const html = milestone({ title: '<script>alert(1)</script>', notes: '<b>bold</b>' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('min="2026-03-01"');
    expect(html).toContain('max="2026-05-29"');
    expect(html).toContain('A day of the plan (America/New_York)');
  });
});

describe('PlanList', () => {
  const plan: TLearningPlanSummary = {
    id: PLAN,
    menteeId: MENTEE,
    mentorId: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
    mentee: { name: 'Sam Lee' },
    mentor: { name: 'Priya Rao', slug: 'priya', userId: MENTOR_USER },
    goal: 'Lead a cross-team project',
    startsOn: '2026-03-01',
    endsOn: '2026-05-29',
    timezone: 'America/New_York',
    progress: { done: 1, total: 4 },
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
  };

  it('names the other person, the dates with their zone, and the progress', () => {
    const asMentee = renderToStaticMarkup(<PlanList plans={[plan]} userId={MENTEE} />);
    expect(asMentee).toContain(`href="/dashboard/plans/${PLAN}"`);
    expect(asMentee).toContain('With Priya Rao');
    expect(asMentee).toContain('Mar 1 – May 29, 2026 (America/New_York)');
    expect(asMentee).toContain('1 of 4 milestones done');
    const asMentor = renderToStaticMarkup(<PlanList plans={[plan]} userId={MENTOR_USER} />);
    expect(asMentor).toContain('With Sam Lee (your mentee)');
  });
});

describe('StartPlanForm', () => {
  it('asks for the goal with a labelled, limited text box', () => {
    const html = renderToStaticMarkup(
      <StartPlanForm bookingId="b" menteeId={MENTEE} mentorId="m" party="mentee" />,
    );
    expect(html).toMatch(/<label[^>]*for="([^"]+)"[^>]*>Goal for the next 90 days<\/label>/);
    expect(html).toContain('maxLength="500"');
    expect(html).toContain('Start a 90-day plan');
    expect(html).toContain('Your mentor sees and edits the plan with you');
  });
});
