import { ConfigError, loadConfig } from '../../../config/env';
import { GithubClient } from './github.client';
import { decodeOAuthState, encodeOAuthState, newOAuthState, safeNextPath, sameState } from './oauth-state';

const DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/ladder';

describe('GitHub configuration', () => {
  it('is off by default', () => {
    expect(loadConfig({ DATABASE_URL }).github).toBeUndefined();
  });

  it('is on with both client variables, with github.com defaults', () => {
    expect(
      loadConfig({ DATABASE_URL, GITHUB_CLIENT_ID: 'id', GITHUB_CLIENT_SECRET: 'secret' }).github,
    ).toEqual({
      clientId: 'id',
      clientSecret: 'secret',
      oauthBaseUrl: 'https://github.com',
      apiBaseUrl: 'https://api.github.com',
    });
  });

  it('refuses one client variable without the other, without echoing the secret', () => {
    expect(() => loadConfig({ DATABASE_URL, GITHUB_CLIENT_ID: 'id' })).toThrow(
      /GITHUB_CLIENT_SECRET is required/,
    );
    try {
      loadConfig({ DATABASE_URL, GITHUB_CLIENT_SECRET: 'hunter2-secret' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/GITHUB_CLIENT_ID is required/);
      expect((err as Error).message).not.toContain('hunter2-secret');
    }
  });
});

describe('OAuth state', () => {
  it('keeps only same-site paths for next', () => {
    for (const ok of ['/', '/dashboard', '/mentors/ada?tab=reviews#top', '/a/b%2F%2Fc'])
      expect(safeNextPath(ok)).toBe(ok);
    for (const bad of [
      undefined,
      '',
      'dashboard',
      '//evil.example',
      '/\\evil.example',
      '\\/evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/\tevil',
      '/\nLocation: x',
      `/${'a'.repeat(3000)}`,
      ['/a'],
    ])
      expect(safeNextPath(bad)).toBe('/');
  });

  it('round-trips state and next through the cookie, re-checking next', () => {
    const state = newOAuthState();
    expect(decodeOAuthState(encodeOAuthState(state, '/dashboard?x=1'))).toEqual({
      state,
      next: '/dashboard?x=1',
    });
    expect(decodeOAuthState(encodeOAuthState(state, '//evil.example'))).toEqual({ state, next: '/' });
    expect(decodeOAuthState(undefined)).toBeNull();
    expect(decodeOAuthState('short.Lw')).toBeNull();
  });

  it('compares states exactly', () => {
    const state = newOAuthState();
    expect(sameState(state, state)).toBe(true);
    expect(sameState(state, `${state}x`)).toBe(false);
    expect(sameState(state, undefined)).toBe(false);
    expect(sameState(state, [state])).toBe(false);
  });
});

describe('GithubClient.authorizeUrl', () => {
  it('asks for the profile and email scopes', () => {
    const client = new GithubClient({
      clientId: 'abc',
      clientSecret: 's',
      oauthBaseUrl: 'https://github.com',
      apiBaseUrl: 'https://api.github.com',
    });
    expect(client.authorizeUrl('https://api.ladder.dev/api/v1/auth/github/callback', 'st')).toBe(
      'https://github.com/login/oauth/authorize?client_id=abc&redirect_uri=https%3A%2F%2Fapi.ladder.dev%2Fapi%2Fv1%2Fauth%2Fgithub%2Fcallback&scope=read:user%20user:email&state=st',
    );
  });
});
