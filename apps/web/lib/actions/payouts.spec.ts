import { settle } from '@/lib/api/client';
import { stubFetch } from '@/lib/testing/stub-fetch';
import { startPayoutOnboardingAction } from './payouts';

// The real helper reads the visitor's cookies through next/headers; here it passes a fixed cookie.
jest.mock('@/lib/api/server-session', () => ({
  callWithSession: <T>(call: (headers: Record<string, string>) => Promise<T>) =>
    settle(call({ cookie: 'ladder_at=token', origin: 'http://web.test' })),
}));

const API = 'http://api.test:4000';

function problem(status: number, code: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Failed', status, code, detail: 'x' }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

describe('startPayoutOnboardingAction', () => {
  const fetchMock = stubFetch({ apiUrl: API });

  it('posts with the session and answers Stripe’s onboarding URL', async () => {
    fetchMock.mockResolvedValue(Response.json({ url: 'https://connect.stripe.com/setup/e/acct_1/abc' }));
    await expect(startPayoutOnboardingAction()).resolves.toEqual({
      ok: true,
      url: 'https://connect.stripe.com/setup/e/acct_1/abc',
    });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${API}/api/v1/mentors/me/payouts/onboarding`);
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('cookie')).toBe('ladder_at=token');
  });

  it('explains demo mode (409 payouts_unavailable) and refuses a non-web URL', async () => {
    fetchMock.mockResolvedValueOnce(problem(409, 'payouts_unavailable'));
    const demo = await startPayoutOnboardingAction();
    expect(demo).toEqual({ ok: false, message: expect.stringContaining('demo mode') });
    fetchMock.mockResolvedValueOnce(Response.json({ url: 'javascript:alert(1)' }));
    expect((await startPayoutOnboardingAction()).ok).toBe(false);
  });

  it('asks a signed-out mentor to sign in again', async () => {
    fetchMock.mockResolvedValue(problem(401, 'unauthorized'));
    await expect(startPayoutOnboardingAction()).resolves.toEqual({
      ok: false,
      message: expect.stringContaining('sign in'),
    });
  });
});
