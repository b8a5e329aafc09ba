import { settle } from '@/lib/api/client';
import { problemOf } from '@/lib/mentor/action-result';
import { stubFetch } from '@/lib/testing/stub-fetch';
import {
  reportTargetAction,
  resolveReportAction,
  restoreReportAction,
  type TReportFormState,
} from './moderation';

// The real helpers read the visitor's cookies through next/headers; here they pass a fixed cookie.
jest.mock('@/lib/api/server-session', () => {
  const headers = { cookie: 'ladder_at=token', origin: 'http://web.test' };
  return {
    callWithSession: <T>(call: (h: Record<string, string>) => Promise<T>) => settle(call(headers)),
    actionWithSession: async <T>(call: (h: Record<string, string>) => Promise<T>) => {
      const result = await settle(call(headers));
      return result.ok ? result : { ok: false, problem: problemOf(result.error) };
    },
  };
});

const API = 'http://api.test:4000';
const MENTOR = '6f1c8a5e-3b0d-4c1a-9d57-1b2e3f4a5b6c';
const REPORT = '0b6a7c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d';

const report = {
  id: REPORT,
  targetType: 'mentor' as const,
  targetId: MENTOR,
  reason: 'Asks for payment off-platform',
  status: 'open' as const,
  createdAt: '2026-03-09T14:00:00.000Z',
};

function problem(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title: 'Request failed', status, code, ...extra }),
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const idle: TReportFormState = { status: 'idle' };

describe('reportTargetAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it('posts the trimmed reason with the session headers', async () => {
    fetchMock.mockResolvedValue(Response.json(report, { status: 201 }));
    const state = await reportTargetAction(
      'mentor',
      MENTOR,
      idle,
      form({ reason: '  Asks for payment off-platform ' }),
    );
    expect(state).toEqual({ status: 'done', message: expect.stringMatching(/look at your report/) });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/reports`);
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({
      targetType: 'mentor',
      targetId: MENTOR,
      reason: 'Asks for payment off-platform',
    });
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_at=token');
  });

  it('asks for a reason without calling the API and keeps what was typed', async () => {
    const state = await reportTargetAction('mentor', MENTOR, idle, form({ reason: '   ' }));
    expect(state).toEqual({ status: 'failed', message: 'Tell us what is wrong', reason: '   ' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each([
    ['user', MENTOR],
    ['mentor', '../admin'],
  ])('refuses target %s %s without calling the API', async (type, id) => {
    const state = await reportTargetAction(type, id, idle, form({ reason: 'Spam' }));
    expect(state).toMatchObject({ status: 'failed', reason: 'Spam' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each([
    [401, 'unauthorized', /sign in again/],
    [404, 'not_found', /no longer public/],
    [500, 'internal', /went wrong/],
  ])('explains a %i answer and keeps the reason', async (status, code, message) => {
    fetchMock.mockResolvedValue(problem(status, code));
    const state = await reportTargetAction('mentor', MENTOR, idle, form({ reason: 'Spam' }));
    expect(state).toEqual({ status: 'failed', message: expect.stringMatching(message), reason: 'Spam' });
  });

  it('says when to try again after too many reports', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ title: 'Too many requests', status: 429, code: 'rate_limited' }), {
        status: 429,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '120' },
      }),
    );
    const state = await reportTargetAction('mentor', MENTOR, idle, form({ reason: 'Spam' }));
    expect(state).toMatchObject({ status: 'failed', reason: 'Spam' });
    expect(state.status === 'failed' && state.message).toMatch(/minute|try again/i);
  });
});

describe('resolveReportAction and restoreReportAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it.each(['hide', 'dismiss'])('posts {action: %s}', async (action) => {
    fetchMock.mockResolvedValue(Response.json({ ...report, status: 'resolved', action }));
    const result = await resolveReportAction(REPORT, action);
    expect(result).toEqual({ ok: true, data: { ...report, status: 'resolved', action } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/admin/reports/${REPORT}/resolve`);
    expect(init.method).toBe('POST');
    expect(init.body).toBe(JSON.stringify({ action }));
  });

  it('refuses an unknown action or a malformed id without calling the API', async () => {
    expect(await resolveReportAction(REPORT, 'delete')).toMatchObject({
      ok: false,
      problem: { status: 400 },
    });
    expect(await resolveReportAction('../x', 'hide')).toMatchObject({ ok: false, problem: { status: 400 } });
    expect(await restoreReportAction('../x')).toMatchObject({ ok: false, problem: { status: 400 } });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('passes the API problem on (409 already_resolved)', async () => {
    fetchMock.mockResolvedValue(
      problem(409, 'already_resolved', { detail: 'This report was already decided.' }),
    );
    const result = await resolveReportAction(REPORT, 'hide');
    expect(result).toMatchObject({ ok: false, problem: { status: 409, code: 'already_resolved' } });
  });

  it('restores through POST /admin/reports/{id}/restore', async () => {
    fetchMock.mockResolvedValue(Response.json({ ...report, status: 'resolved', action: 'hide' }));
    const result = await restoreReportAction(REPORT);
    expect(result.ok).toBe(true);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/admin/reports/${REPORT}/restore`);
    expect(init.method).toBe('POST');
  });
});
