import { ZEmail } from '@ladder/domain';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { AuditService } from '../../audit/audit.service';
import { RateLimitService } from '../../rate-limit/rate-limit.service';
import { User } from '../../users/entities/user.entity';
import { AuthService, type Session } from '../auth.service';
import { RefreshTokensService } from '../refresh-tokens.service';
import { GithubClient, GithubError, type GithubProfile } from './github.client';
import { UserIdentity } from './user-identity.entity';

export const GITHUB_CALLBACK_LIMIT = {
  name: 'github-callback:ip',
  limit: 30,
  windowSeconds: 15 * 60,
} as const;

/** Why a GitHub sign-in ended without a session; the web app shows a message for each. */
export type GithubSignInError = 'github_failed' | 'github_email_unverified' | 'account_suspended';

export type GithubSignIn = { ok: true; session: Session } | { ok: false; error: GithubSignInError };

/** How the GitHub account found its Ladder user, recorded in the audit log. */
type Via = 'identity' | 'email' | 'created';

const NAME_MAX = 120;

/**
 * Sign-in with GitHub, when GITHUB_CLIENT_ID/GITHUB_CLIENT_SECRET are set. A GitHub account maps to
 * a user through `user_identities`; the first time, through its primary verified email (linking an
 * existing account) or by creating a password-less account.
 */
@Injectable()
export class GithubAuthService {
  private readonly logger = new Logger(GithubAuthService.name);
  private readonly client: GithubClient | null;

  constructor(
    private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
    private readonly limits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.client = config.github ? new GithubClient(config.github) : null;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  /** Where GitHub sends the browser back; must match the OAuth app's callback URL. */
  get callbackUrl(): string {
    return `${this.config.http.publicApiUrl.replace(/\/+$/, '')}/api/v1/auth/github/callback`;
  }

  /** The routes do not exist unless GitHub is configured. */
  assertEnabled(): void {
    if (!this.client) throw AppError.notFound('Route');
  }

  authorizeUrl(state: string): string {
    return this.requireClient().authorizeUrl(this.callbackUrl, state);
  }

  async limitCallback(ip: string | null): Promise<void> {
    await this.limits.hit(GITHUB_CALLBACK_LIMIT, ip ?? 'unknown');
  }

  /** Logs why GitHub sent the browser back without a code (e.g. the user pressed Cancel). */
  noteProviderError(error: string | undefined): void {
    this.logger.warn(
      { step: 'authorize', reason: error && /^[a-z_]{1,64}$/.test(error) ? error : 'no code' },
      'GitHub sign-in failed',
    );
  }

  /** Exchanges the code, then finds, links or creates the user and starts a session. */
  async signIn(code: string, ip: string | null): Promise<GithubSignIn> {
    const client = this.requireClient();
    let profile: GithubProfile;
    try {
      const accessToken = await client.exchangeCode(code, this.callbackUrl);
      profile = await client.profile(accessToken);
    } catch (err) {
      if (!(err instanceof GithubError)) throw err;
      // Only our own step/reason: never the code, the token or the client secret.
      this.logger.warn({ step: err.step, reason: err.reason }, 'GitHub sign-in failed');
      return { ok: false, error: 'github_failed' };
    }
    if (!profile.verifiedEmail) {
      this.logger.log({ githubId: profile.id }, 'GitHub sign-in refused: no verified primary email');
      return { ok: false, error: 'github_email_unverified' };
    }
    const email = ZEmail.safeParse(profile.verifiedEmail);
    if (!email.success) {
      this.logger.warn({ step: 'emails', reason: 'invalid primary email' }, 'GitHub sign-in failed');
      return { ok: false, error: 'github_failed' };
    }

    return this.db.transaction(async (m): Promise<GithubSignIn> => {
      const { user, via } = await this.findOrCreateUser(profile, email.data, m);
      if (user.suspendedAt) {
        await this.audit.record(
          {
            actorId: user.id,
            action: 'auth.login_failed',
            ip,
            metadata: { provider: 'github', suspended: true },
          },
          m,
        );
        return { ok: false, error: 'account_suspended' };
      }
      let passwordCleared = false;
      if (via === 'email') passwordCleared = await this.prepareLink(user, m);
      if (via !== 'identity') {
        await m.query(
          `INSERT INTO user_identities (provider, provider_user_id, user_id) VALUES ('github', $1, $2)
           ON CONFLICT (provider, provider_user_id) DO NOTHING`,
          [profile.id, user.id],
        );
      }
      await this.audit.record(
        {
          actorId: user.id,
          action: 'auth.login.github',
          targetType: 'user',
          targetId: user.id,
          ip,
          metadata: { via, ...(passwordCleared ? { passwordCleared } : {}) },
        },
        m,
      );
      const fresh = await m.getRepository(User).findOneByOrFail({ id: user.id });
      return { ok: true, session: await this.auth.startSession(fresh, m) };
    });
  }

  private async findOrCreateUser(
    profile: GithubProfile,
    email: string,
    m: EntityManager,
  ): Promise<{ user: User; via: Via }> {
    const identity = await m
      .getRepository(UserIdentity)
      .findOneBy({ provider: 'github', providerUserId: profile.id });
    if (identity)
      return { user: await m.getRepository(User).findOneByOrFail({ id: identity.userId }), via: 'identity' };

    const existing = await m.getRepository(User).findOneBy({ email });
    if (existing) return { user: existing, via: 'email' };

    const rows: { id: string }[] = await m.query(
      `INSERT INTO users (email, name, password_hash, timezone, email_verified_at)
       VALUES ($1, $2, NULL, 'UTC', now())
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, (profile.name ?? profile.login).slice(0, NAME_MAX)],
    );
    const id = rows[0]?.id;
    if (id) return { user: await m.getRepository(User).findOneByOrFail({ id }), via: 'created' };
    // Created by a concurrent request between our read and our insert.
    return { user: await m.getRepository(User).findOneByOrFail({ email }), via: 'email' };
  }

  /**
   * GitHub has verified the email, so the account becomes verified. If it was not verified before,
   * whoever chose its password never proved they own the email (it may have been registered ahead
   * of its owner to hijack the account later): the password is removed and its sessions revoked.
   * The owner can set a password again through "forgot password". Returns whether it did.
   */
  private async prepareLink(user: User, m: EntityManager): Promise<boolean> {
    if (user.emailVerifiedAt) return false;
    await m.update(User, { id: user.id }, { emailVerifiedAt: new Date(), passwordHash: null });
    await this.refreshTokens.revokeAllForUser(user.id, m);
    return true;
  }

  private requireClient(): GithubClient {
    if (!this.client) throw AppError.notFound('Route');
    return this.client;
  }
}
