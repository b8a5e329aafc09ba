import { stubFetch } from '@/lib/testing/stub-fetch';
import {
  githubSignInHref,
  knownProviders,
  loadSignInProviders,
  SIGN_IN_ERRORS,
  signInError,
} from './providers';

describe('signInError', () => {
  it.each([
    ['github_failed', 'GitHub sign-in failed — please try again'],
    ['github_email_unverified', 'Your GitHub account has no verified primary email'],
    ['account_suspended', 'This account is suspended — contact support'],
  ])('maps %s to its message', (code, title) => {
    expect(signInError(code)?.title).toBe(title);
    expect(signInError(code)?.detail).toEqual(expect.any(String));
  });

  it('takes the first of repeated parameters', () => {
    expect(signInError(['account_suspended', 'github_failed'])).toBe(SIGN_IN_ERRORS.account_suspended);
  });

  it.each([
    ['no parameter', undefined],
    ['an empty value', ''],
    ['an unknown code', 'something_else'],
    ['a prototype key', 'toString'],
    ['a code in the wrong case', 'GITHUB_FAILED'],
    ['a non-string', 42],
    ['an empty list', []],
  ])('shows nothing for %s', (_label, value) => {
    expect(signInError(value)).toBeNull();
  });
});

describe('githubSignInHref', () => {
  it('starts the flow same-origin, carrying next encoded like the forms do', () => {
    expect(githubSignInHref('/dashboard')).toBe('/api/v1/auth/github?next=%2Fdashboard');
    expect(githubSignInHref('/mentors/ada?offering=x#book')).toBe(
      '/api/v1/auth/github?next=%2Fmentors%2Fada%3Foffering%3Dx%23book',
    );
    expect(githubSignInHref('/')).toBe('/api/v1/auth/github?next=%2F');
  });

  it.each([
    ['a protocol-relative URL', '//evil.com'],
    ['an absolute URL', 'https://evil.com/dashboard'],
    ['the backslash trick', '/\\evil.com'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a missing next', undefined],
  ])('falls back to the home page for %s', (_label, value) => {
    expect(githubSignInHref(value)).toBe('/api/v1/auth/github?next=%2F');
  });

  it('normalises the path as the browser would', () => {
    expect(githubSignInHref('/a/../dashboard')).toBe('/api/v1/auth/github?next=%2Fdashboard');
  });
});

describe('knownProviders', () => {
  it('keeps the providers this app offers, in its own order', () => {
    expect(knownProviders({ providers: ['github'] })).toEqual(['github']);
    expect(knownProviders({ providers: ['gitlab', 'github'] })).toEqual(['github']);
    expect(knownProviders({ providers: [] })).toEqual([]);
  });

  it.each([
    ['null', null],
    ['a string', 'github'],
    ['no providers key', {}],
    ['providers that are not a list', { providers: 'github' }],
  ])('returns none for %s', (_label, body) => {
    expect(knownProviders(body)).toEqual([]);
  });
});

describe('loadSignInProviders', () => {
  const fetchMock = stubFetch();

  it('asks the API, uncached', async () => {
    fetchMock.mockResolvedValue(Response.json({ providers: ['github'] }));
    await expect(loadSignInProviders()).resolves.toEqual(['github']);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toMatch(/\/api\/v1\/auth\/providers$/);
    expect(init.cache).toBe('no-store');
  });

  it('offers none when the API has none configured', async () => {
    fetchMock.mockResolvedValue(Response.json({ providers: [] }));
    await expect(loadSignInProviders()).resolves.toEqual([]);
  });

  it('offers none when the API is unreachable or fails', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(loadSignInProviders()).resolves.toEqual([]);
    fetchMock.mockResolvedValueOnce(new Response('oops', { status: 502 }));
    await expect(loadSignInProviders()).resolves.toEqual([]);
  });
});
