import { z } from 'zod';

export interface GithubSettings {
  clientId: string;
  clientSecret: string;
  oauthBaseUrl: string;
  apiBaseUrl: string;
}

export type GithubStep = 'token' | 'user' | 'emails';

/**
 * GitHub did not give us what we needed. `reason` is safe to log: an HTTP status, GitHub's own
 * error code (e.g. `bad_verification_code`) or our description. Never a code, token or secret.
 */
export class GithubError extends Error {
  constructor(
    readonly step: GithubStep,
    readonly reason: string,
  ) {
    super(`GitHub ${step} request failed: ${reason}`);
    this.name = 'GithubError';
  }
}

export interface GithubProfile {
  /** GitHub's numeric account id, as text: stable across login renames. */
  id: string;
  login: string;
  name: string | null;
  /** The primary email when GitHub has verified it, else null. */
  verifiedEmail: string | null;
}

const TIMEOUT_MS = 10_000;
export const GITHUB_SCOPE = 'read:user user:email';

const ZTokenAnswer = z.union([
  z.object({ access_token: z.string().min(1) }),
  z.object({ error: z.string() }),
]);
const ZUser = z.object({
  id: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
  login: z.string().min(1),
  name: z.string().nullish(),
});
const ZEmails = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }));

/** GitHub's error codes are short snake_case words; anything else is not worth logging. */
const safeCode = (code: string): string => (/^[a-z_]{1,64}$/.test(code) ? code : 'unrecognised error');

/** The OAuth 2.0 authorization-code flow against GitHub (or a fake of it in tests), over fetch. */
export class GithubClient {
  constructor(private readonly settings: GithubSettings) {}

  authorizeUrl(redirectUri: string, state: string): string {
    const query = [
      `client_id=${encodeURIComponent(this.settings.clientId)}`,
      `redirect_uri=${encodeURIComponent(redirectUri)}`,
      // GitHub documents the scope list space-separated, "read:user%20user:email".
      `scope=${GITHUB_SCOPE.split(' ').map(encodeURIComponent).join('%20').replace(/%3A/g, ':')}`,
      `state=${encodeURIComponent(state)}`,
    ].join('&');
    return `${this.settings.oauthBaseUrl}/login/oauth/authorize?${query}`;
  }

  async exchangeCode(code: string, redirectUri: string): Promise<string> {
    const body = await this.request('token', `${this.settings.oauthBaseUrl}/login/oauth/access_token`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: this.settings.clientId,
        client_secret: this.settings.clientSecret,
        code,
        redirect_uri: redirectUri,
      }),
    });
    const parsed = ZTokenAnswer.safeParse(body);
    if (!parsed.success) throw new GithubError('token', 'unexpected answer');
    if ('error' in parsed.data) throw new GithubError('token', safeCode(parsed.data.error));
    return parsed.data.access_token;
  }

  async profile(accessToken: string): Promise<GithubProfile> {
    const headers = {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${accessToken}`,
      'x-github-api-version': '2022-11-28',
    };
    const [userBody, emailsBody] = await Promise.all([
      this.request('user', `${this.settings.apiBaseUrl}/user`, { headers }),
      this.request('emails', `${this.settings.apiBaseUrl}/user/emails`, { headers }),
    ]);
    const user = ZUser.safeParse(userBody);
    if (!user.success) throw new GithubError('user', 'unexpected answer');
    const emails = ZEmails.safeParse(emailsBody);
    if (!emails.success) throw new GithubError('emails', 'unexpected answer');
    const primary = emails.data.find((e) => e.primary && e.verified);
    return {
      id: String(user.data.id),
      login: user.data.login,
      name: user.data.name?.trim() || null,
      verifiedEmail: primary?.email ?? null,
    };
  }

  /** JSON from GitHub; any network failure, timeout or non-2xx answer is a GithubError. */
  private async request(step: GithubStep, url: string, init: RequestInit): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(url, {
        ...init,
        headers: { 'user-agent': 'Ladder', ...(init.headers as Record<string, string>) },
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      const name = err instanceof Error ? err.name : 'Error';
      throw new GithubError(step, name === 'TimeoutError' ? 'timed out' : 'unreachable');
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new GithubError(step, `HTTP ${res.status}`);
    }
    try {
      return await res.json();
    } catch {
      throw new GithubError(step, 'invalid JSON');
    }
  }
}
