import { stubFetch } from '@/lib/testing/stub-fetch';
import { ApiError, apiBaseUrl, apiFetch, apiUrl, settle, toQueryString } from './client';

function problem(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

describe('apiFetch', () => {
  const fetchMock = stubFetch({ apiUrl: 'http://api.test:4000/' });

  it('calls the server-side API_URL under /api/v1 with the query, and returns the JSON body', async () => {
    fetchMock.mockResolvedValue(Response.json({ items: [], nextCursor: null }));

    const data = await apiFetch('/mentors', {
      query: { limit: 6, sort: 'rating', q: '' },
      cache: 'no-store',
    });

    expect(data).toEqual({ items: [], nextCursor: null });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://api.test:4000/api/v1/mentors?limit=6&sort=rating');
    expect(init.method).toBe('GET');
    expect(init.cache).toBe('no-store');
    expect(init.body).toBeUndefined();
  });

  it('sends a JSON body with a content type on writes', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 202 }));

    await expect(
      apiFetch('/newsletter/subscriptions', { method: 'POST', body: { email: 'a@b.co' } }),
    ).resolves.toBeUndefined();

    const [, init] = fetchMock.mock.calls[0]!;
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"email":"a@b.co"}');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('sends no credentials option from the server, where cookies are forwarded as headers', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await apiFetch('/me');
    expect(fetchMock.mock.calls[0]![1].credentials).toBeUndefined();
  });

  describe('in the browser', () => {
    const realPublicUrl = process.env.NEXT_PUBLIC_API_URL;
    beforeEach(() => {
      (globalThis as { window?: unknown }).window = {};
    });
    afterEach(() => {
      delete (globalThis as { window?: unknown }).window;
      if (realPublicUrl === undefined) delete process.env.NEXT_PUBLIC_API_URL;
      else process.env.NEXT_PUBLIC_API_URL = realPublicUrl;
    });

    it('includes the session cookies when NEXT_PUBLIC_API_URL is another origin', async () => {
      process.env.NEXT_PUBLIC_API_URL = 'http://localhost:3201';
      fetchMock.mockResolvedValue(Response.json({ user: {}, accessToken: 't' }, { status: 201 }));

      await apiFetch('/auth/register', { method: 'POST', body: {} });

      const [url, init] = fetchMock.mock.calls[0]!;
      expect(url).toBe('http://localhost:3201/api/v1/auth/register');
      expect(init.credentials).toBe('include');
    });
  });

  it('resolves undefined for 204 No Content', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(apiFetch('/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('turns a problem+json answer into an ApiError carrying status, code, detail and field errors', async () => {
    fetchMock.mockResolvedValue(
      problem(400, {
        type: 'https://ladder.dev/problems/validation_failed',
        title: 'Validation failed',
        status: 400,
        detail: 'The request body is invalid',
        code: 'validation_failed',
        errors: [
          { path: 'email', message: 'Must be a valid email address' },
          { path: 'email', message: 'second message is ignored' },
          { path: 'password', message: 'Password must be at least 10 characters' },
        ],
      }),
    );

    const error = await apiFetch('/auth/register', { method: 'POST', body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.title).toBe('Validation failed');
    expect(apiError.message).toBe('The request body is invalid');
    expect(apiError.errors).toHaveLength(3);
    expect(apiError.fieldErrors()).toEqual({
      email: 'Must be a valid email address',
      password: 'Password must be at least 10 characters',
    });
  });

  it('keeps the stable code of a 409 conflict and the request id header', async () => {
    fetchMock.mockResolvedValue(
      problem(
        409,
        { type: 'about:blank', title: 'Conflict', status: 409, code: 'slot_unavailable' },
        { 'x-request-id': 'req-123' },
      ),
    );

    const error = (await apiFetch('/bookings', { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    )) as ApiError;

    expect(error.status).toBe(409);
    expect(error.code).toBe('slot_unavailable');
    expect(error.requestId).toBe('req-123');
    expect(error.isNotFound).toBe(false);
    expect(error.isUnreachable).toBe(false);
  });

  it('keeps the Retry-After of a 429 in seconds', async () => {
    fetchMock.mockResolvedValue(
      problem(
        429,
        { type: 'about:blank', title: 'Too Many Requests', status: 429, code: 'rate_limited' },
        { 'retry-after': '37' },
      ),
    );

    const error = (await apiFetch('/auth/login', { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    )) as ApiError;

    expect(error.status).toBe(429);
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(37);
  });

  it('has no Retry-After when the API sent none', async () => {
    fetchMock.mockResolvedValue(
      problem(401, { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'invalid_credentials' }),
    );
    const error = (await apiFetch('/auth/login', { method: 'POST', body: {} }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('marks a 404 problem as not found', async () => {
    fetchMock.mockResolvedValue(
      problem(404, { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }),
    );

    const error = (await apiFetch('/mentors/nobody').catch((e: unknown) => e)) as ApiError;

    expect(error.isNotFound).toBe(true);
    expect(error.code).toBe('not_found');
  });

  it('still gives an ApiError when an error answer is not problem+json (e.g. a proxy HTML page)', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'content-type': 'text/html' },
      }),
    );

    const error = (await apiFetch('/mentors').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.code).toBe('server_error');
    expect(error.title).toBe('Bad Gateway');
    expect(error.errors).toEqual([]);
  });

  it('maps a network failure to status 0 and code network_error, keeping the cause', async () => {
    const cause = new TypeError('fetch failed');
    fetchMock.mockRejectedValue(cause);

    const error = (await apiFetch('/mentors').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.code).toBe('network_error');
    expect(error.isUnreachable).toBe(true);
    expect(error.cause).toBe(cause);
  });

  it('gives up on an API that never answers, with code timeout', async () => {
    fetchMock.mockImplementation(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );

    const error = (await apiFetch('/mentors', { timeoutMs: 20 }).catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(0);
    expect(error.code).toBe('timeout');
  });

  it('reports a 200 whose body is not JSON as invalid_response', async () => {
    fetchMock.mockResolvedValue(
      new Response('not json', { status: 200, headers: { 'content-type': 'text/plain' } }),
    );

    const error = (await apiFetch('/mentors').catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('invalid_response');
    expect(error.status).toBe(200);
  });
});

describe('settle', () => {
  it('wraps success and ApiErrors as results', async () => {
    await expect(settle(Promise.resolve(1))).resolves.toEqual({ ok: true, data: 1 });
    const apiError = new ApiError({ status: 0, code: 'network_error', title: 'down' });
    await expect(settle(Promise.reject(apiError))).resolves.toEqual({ ok: false, error: apiError });
  });

  it('lets programming errors through to the error boundary', async () => {
    await expect(settle(Promise.reject(new RangeError('bug')))).rejects.toThrow(RangeError);
  });
});

describe('toQueryString', () => {
  it('drops undefined, null and blank values, repeats arrays and encodes', () => {
    expect(
      toQueryString({
        q: '  system design ',
        empty: '',
        blank: '   ',
        none: undefined,
        nil: null,
        expertise: ['go', '', 'k8s & helm'],
        limit: 0,
      }),
    ).toBe('?q=system+design&expertise=go&expertise=k8s+%26+helm&limit=0');
  });

  it('returns an empty string when nothing is left', () => {
    expect(toQueryString({ q: '', cursor: undefined })).toBe('');
  });
});

describe('apiUrl', () => {
  const realApiUrl = process.env.API_URL;
  afterEach(() => {
    if (realApiUrl === undefined) delete process.env.API_URL;
    else process.env.API_URL = realApiUrl;
  });

  it('defaults to localhost:3001 on the server', () => {
    delete process.env.API_URL;
    expect(apiUrl('articles', { limit: 3 })).toBe('http://localhost:3001/api/v1/articles?limit=3');
  });

  describe('in the browser', () => {
    const realPublicUrl = process.env.NEXT_PUBLIC_API_URL;
    beforeEach(() => {
      (globalThis as { window?: unknown }).window = {};
    });
    afterEach(() => {
      delete (globalThis as { window?: unknown }).window;
      if (realPublicUrl === undefined) delete process.env.NEXT_PUBLIC_API_URL;
      else process.env.NEXT_PUBLIC_API_URL = realPublicUrl;
    });

    it('calls the same-origin /api/v1 rewrite, never the private API_URL', () => {
      process.env.API_URL = 'http://internal-api:3001';
      delete process.env.NEXT_PUBLIC_API_URL;
      expect(apiBaseUrl()).toBe('');
      expect(apiUrl('/auth/login')).toBe('/api/v1/auth/login');
    });

    it('uses NEXT_PUBLIC_API_URL when one is set', () => {
      process.env.NEXT_PUBLIC_API_URL = 'https://api.ladder.test/';
      expect(apiUrl('/me')).toBe('https://api.ladder.test/api/v1/me');
    });
  });
});
