import { stubFetch } from '@/lib/testing/stub-fetch';
import { confirmNewsletterSubscription, unsubscribeFromNewsletter } from './newsletter';

function problem(status: number, code: string, headers: Record<string, string> = {}): Response {
  return new Response(
    JSON.stringify({
      type: `https://ladder.dev/problems/${code}`,
      title: 'Request failed',
      status,
      code,
      detail: 'The link is invalid or has expired',
    }),
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

function tokenForm(token?: string): FormData {
  const form = new FormData();
  if (token !== undefined) form.set('token', token);
  return form;
}

const TOKEN = 'tok_0123456789abcdefghijklmnop';

describe('confirmNewsletterSubscription', () => {
  const fetchMock = stubFetch({ apiUrl: 'http://api.test:4000' });

  it('posts the token to /newsletter/confirm and returns the confirmed email', async () => {
    fetchMock.mockResolvedValue(Response.json({ status: 'confirmed', email: 'ada@example.com' }));

    await expect(confirmNewsletterSubscription(`  ${TOKEN} `)).resolves.toEqual({
      status: 'confirmed',
      email: 'ada@example.com',
    });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://api.test:4000/api/v1/newsletter/confirm');
    expect(init.method).toBe('POST');
    expect(init.cache).toBe('no-store');
    expect(init.body).toBe(JSON.stringify({ token: TOKEN }));
  });

  it('reports an unknown, used or expired token as invalid', async () => {
    fetchMock.mockResolvedValue(problem(400, 'invalid_token'));
    await expect(confirmNewsletterSubscription(TOKEN)).resolves.toEqual({ status: 'invalid' });
  });

  it('does not call the API for an empty token', async () => {
    await expect(confirmNewsletterSubscription('   ')).resolves.toEqual({ status: 'invalid' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says how long to wait when rate limited', async () => {
    fetchMock.mockResolvedValue(problem(429, 'rate_limited', { 'retry-after': '30' }));
    await expect(confirmNewsletterSubscription(TOKEN)).resolves.toEqual({
      status: 'failed',
      message: 'Too many attempts — try again in 30 seconds.',
    });
  });

  it('says the API could not be reached on a network error', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    const result = await confirmNewsletterSubscription(TOKEN);
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/couldn’t reach Ladder/) });
  });

  it('gives a generic message for a server error', async () => {
    fetchMock.mockResolvedValue(problem(500, 'internal_error'));
    const result = await confirmNewsletterSubscription(TOKEN);
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/went wrong on our side/) });
  });
});

describe('unsubscribeFromNewsletter', () => {
  const fetchMock = stubFetch({ apiUrl: 'http://api.test:4000' });

  it('posts the token from the form to /newsletter/unsubscribe', async () => {
    fetchMock.mockResolvedValue(Response.json({ status: 'unsubscribed' }));

    await expect(unsubscribeFromNewsletter({ status: 'idle' }, tokenForm(TOKEN))).resolves.toEqual({
      status: 'unsubscribed',
    });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://api.test:4000/api/v1/newsletter/unsubscribe');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(JSON.stringify({ token: TOKEN }));
  });

  it('reports a bad token as invalid', async () => {
    fetchMock.mockResolvedValue(problem(400, 'invalid_token'));
    await expect(unsubscribeFromNewsletter({ status: 'idle' }, tokenForm(TOKEN))).resolves.toEqual({
      status: 'invalid',
    });
  });

  it('does not call the API when the form has no token', async () => {
    await expect(unsubscribeFromNewsletter({ status: 'idle' }, tokenForm())).resolves.toEqual({
      status: 'invalid',
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('keeps the button available with a message when rate limited or unreachable', async () => {
    fetchMock.mockResolvedValueOnce(problem(429, 'rate_limited'));
    await expect(unsubscribeFromNewsletter({ status: 'idle' }, tokenForm(TOKEN))).resolves.toEqual({
      status: 'failed',
      message: 'Too many attempts — try again in a few minutes.',
    });

    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    const result = await unsubscribeFromNewsletter({ status: 'idle' }, tokenForm(TOKEN));
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/couldn’t reach Ladder/) });
  });
});
