import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { settle } from '@/lib/api/client';
import { INITIAL_PLAN_FORM } from '@/lib/plans/plan-form';
import { stubFetch } from '@/lib/testing/stub-fetch';
import {
  addItemAction,
  deleteItemAction,
  setItemDoneAction,
  startPlanAction,
  updateGoalAction,
} from './learning-plans';

// The real helper reads the visitor's cookies through next/headers; here it passes a fixed cookie.
jest.mock('@/lib/api/server-session', () => ({
  callWithSession: <T>(call: (headers: Record<string, string>) => Promise<T>) =>
    settle(call({ cookie: 'ladder_at=token', origin: 'http://web.test' })),
}));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
// Next's redirect throws to end the action; so does this stand-in.
jest.mock('next/navigation', () => ({
  redirect: jest.fn((to: string) => {
    throw new Error(`redirect:${to}`);
  }),
  unstable_rethrow: jest.fn(),
}));

const API = 'http://api.test:4000';
const BOOKING = '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c';
const PLAN = '0b6a7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d';
const ITEM = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';
const MENTEE = '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c';
const MENTOR = '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b';
const PAIR = { bookingId: BOOKING, menteeId: MENTEE, mentorId: MENTOR };

function problem(status: number, code: string, errors: { path: string; message: string }[] = []): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Failed', status, code, errors }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const item = {
  id: ITEM,
  title: 'Write a design doc',
  dueOn: '2026-03-20',
  notes: '',
  done: false,
  doneAt: null,
  createdAt: '2026-03-09T14:00:00.000Z',
  updatedAt: '2026-03-09T14:00:00.000Z',
};

describe('learning plan actions', () => {
  const fetchMock = stubFetch({ apiUrl: API });
  beforeEach(() => {
    jest.mocked(revalidatePath).mockClear();
    jest.mocked(redirect).mockClear();
  });

  it('starts the plan with the trimmed goal and opens it', async () => {
    fetchMock.mockResolvedValue(Response.json({ id: PLAN }, { status: 201 }));
    await expect(
      startPlanAction(PAIR, INITIAL_PLAN_FORM, form({ goal: '  Lead a project  ' })),
    ).rejects.toThrow(`redirect:/dashboard/plans/${PLAN}`);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/learning-plans`);
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ bookingId: BOOKING, goal: 'Lead a project' });
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_at=token');
  });

  it("opens the pair's existing plan when the other person started it first", async () => {
    fetchMock.mockResolvedValueOnce(problem(409, 'plan_exists')).mockResolvedValueOnce(
      Response.json({
        items: [
          { id: 'other', menteeId: MENTEE, mentorId: 'someone-else' },
          { id: PLAN, menteeId: MENTEE, mentorId: MENTOR },
        ],
      }),
    );
    await expect(startPlanAction(PAIR, INITIAL_PLAN_FORM, form({ goal: 'Grow' }))).rejects.toThrow(
      `redirect:/dashboard/plans/${PLAN}`,
    );
    expect(fetchMock.mock.calls[1]![0]).toBe(`${API}/api/v1/learning-plans`);
  });

  it('keeps the goal and says why when it cannot start', async () => {
    const empty = await startPlanAction(PAIR, INITIAL_PLAN_FORM, form({ goal: '   ' }));
    expect(empty.errors.fields.goal).toBe('Write the goal of the next 90 days');
    expect(fetchMock).not.toHaveBeenCalled();
    fetchMock.mockResolvedValue(problem(422, 'no_confirmed_session'));
    const refused = await startPlanAction(PAIR, INITIAL_PLAN_FORM, form({ goal: 'Grow' }));
    expect(refused.errors.form).toMatch(/confirmed session/);
    expect(refused.values.goal).toBe('Grow');
    expect(redirect).not.toHaveBeenCalled();
  });

  it('adds a milestone, re-renders the plan and empties the form', async () => {
    fetchMock.mockResolvedValue(Response.json(item, { status: 201 }));
    const state = await addItemAction(
      PLAN,
      INITIAL_PLAN_FORM,
      form({ title: ' Write a design doc ', dueOn: '2026-03-20', notes: '' }),
    );
    expect(state).toEqual({ errors: { fields: {}, form: null }, values: {}, saved: 1 });
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1].body))).toEqual({
      title: 'Write a design doc',
      dueOn: '2026-03-20',
    });
    expect(revalidatePath).toHaveBeenCalledWith(`/dashboard/plans/${PLAN}`);
  });

  it("puts the API's due-date error next to the date and keeps what was typed", async () => {
    fetchMock.mockResolvedValue(
      problem(400, 'validation_failed', [
        { path: 'dueOn', message: 'Pick a day of the plan, 2026-03-01 to 2026-05-29' },
      ]),
    );
    const state = await addItemAction(PLAN, INITIAL_PLAN_FORM, form({ title: 'Late', dueOn: '2026-07-01' }));
    expect(state.errors.fields.dueOn).toMatch(/Pick a day of the plan/);
    expect(state.values).toMatchObject({ title: 'Late', dueOn: '2026-07-01' });
    expect(state.saved).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('rejects an impossible date before calling the API', async () => {
    const state = await addItemAction(PLAN, INITIAL_PLAN_FORM, form({ title: 'x', dueOn: '2026-02-30' }));
    expect(state.errors.fields.dueOn).toBeDefined();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('ticks and unticks a milestone', async () => {
    fetchMock.mockResolvedValue(Response.json({ ...item, done: true }));
    await setItemDoneAction({ planId: PLAN, itemId: ITEM }, INITIAL_PLAN_FORM, form({ done: 'true' }));
    await setItemDoneAction({ planId: PLAN, itemId: ITEM }, INITIAL_PLAN_FORM, form({ done: 'false' }));
    expect(fetchMock.mock.calls.map(([url, init]) => [url, init.method, init.body])).toEqual([
      [`${API}/api/v1/learning-plans/${PLAN}/items/${ITEM}`, 'PATCH', JSON.stringify({ done: true })],
      [`${API}/api/v1/learning-plans/${PLAN}/items/${ITEM}`, 'PATCH', JSON.stringify({ done: false })],
    ]);
  });

  it('deletes a milestone, and says so when it is already gone', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    const ok = await deleteItemAction({ planId: PLAN, itemId: ITEM }, INITIAL_PLAN_FORM, form({}));
    expect(ok.saved).toBe(1);
    expect(fetchMock.mock.calls[0]![1].method).toBe('DELETE');
    fetchMock.mockResolvedValueOnce(problem(404, 'not_found'));
    const gone = await deleteItemAction({ planId: PLAN, itemId: ITEM }, INITIAL_PLAN_FORM, form({}));
    expect(gone.errors.form).toMatch(/couldn’t find/);
  });

  it('changes the goal; a bad plan id never reaches the API', async () => {
    fetchMock.mockResolvedValue(Response.json({ id: PLAN, goal: 'New' }));
    const saved = await updateGoalAction(PLAN, INITIAL_PLAN_FORM, form({ goal: 'New' }));
    expect(saved.saved).toBe(1);
    expect(fetchMock.mock.calls[0]![1].method).toBe('PATCH');
    const bad = await updateGoalAction('../admin', INITIAL_PLAN_FORM, form({ goal: 'x' }));
    expect(bad.errors.form).toMatch(/couldn’t find/);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
