import { randomBytes } from 'node:crypto';
import type { TLogin, TRegister } from '@ladder/domain';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { hashPassword, verifyPassword } from '../../common/crypto/password';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { AuditService } from '../audit/audit.service';
import { MailService } from '../mail/mail.service';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { User } from '../users/entities/user.entity';
import { presentUser, type TMe, toAuthUser } from '../users/users.service';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  LIMITS,
  PASSWORD_RESET_TTL_MINUTES,
  VERIFY_EMAIL_TTL_HOURS,
} from './auth.constants';
import { UserToken, type UserTokenKind } from './entities/user-token.entity';
import { type IssuedRefreshToken, RefreshTokensService } from './refresh-tokens.service';
import { hashToken, newOpaqueToken } from './tokens';

export interface Session {
  user: TMe;
  accessToken: string;
  refresh: IssuedRefreshToken;
}

@Injectable()
export class AuthService {
  /** Hash of a password nobody has: an unknown email costs the same time as a wrong password. */
  private readonly dummyHash = hashPassword(randomBytes(24).toString('base64url'));

  constructor(
    private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly limits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(input: TRegister, ip: string | null): Promise<Session> {
    await this.limits.hit(LIMITS.registerPerIp, ip ?? 'unknown');
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (m) => {
      const rows: { id: string }[] = await m.query(
        `INSERT INTO users (email, name, password_hash, timezone) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [input.email, input.name, passwordHash, input.timezone ?? 'UTC'],
      );
      const id = rows[0]?.id;
      if (!id)
        throw AppError.conflict(
          'email_taken',
          'Email already registered',
          'An account with this email exists. Sign in instead.',
        );
      const user = await m.getRepository(User).findOneByOrFail({ id });
      await this.sendVerification(user, m);
      await this.audit.record(
        { actorId: id, action: 'auth.register', targetType: 'user', targetId: id, ip },
        m,
      );
      return this.startSession(user, m);
    });
  }

  /** Used by the local strategy. Throws the same 401 for an unknown email and a wrong password. */
  async validateCredentials(input: TLogin, ip: string | null): Promise<AuthUser> {
    await this.limits.hit(LIMITS.loginPerIp, ip ?? 'unknown');
    await this.limits.hit(LIMITS.loginPerAccount, input.email);
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: input.email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), input.password);
    if (!user?.passwordHash || !ok || user.suspendedAt) {
      await this.audit.record({
        actorId: user?.id ?? null,
        action: 'auth.login_failed',
        ip,
        metadata: { known: !!user, ...(user?.suspendedAt ? { suspended: true } : {}) },
      });
      // Only someone who knows the password learns the account is suspended (as GitHub sign-in
      // says too); anyone else gets the same 401 as for an unknown email. docs/adr/0005.
      if (user?.passwordHash && ok && user.suspendedAt) {
        throw AppError.forbidden(
          'account_suspended',
          'Account suspended',
          'This account is suspended. Check your email for the reason, or contact support.',
        );
      }
      throw AppError.unauthorized(
        'invalid_credentials',
        'Invalid credentials',
        'Email or password is incorrect.',
      );
    }
    return toAuthUser(user);
  }

  async login(user: AuthUser, ip: string | null): Promise<Session> {
    return this.db.transaction(async (m) => {
      await this.audit.record({ actorId: user.id, action: 'auth.login', ip }, m);
      const entity = await m.getRepository(User).findOneByOrFail({ id: user.id });
      return this.startSession(entity, m);
    });
  }

  async refresh(
    presented: string | undefined,
    ip: string | null,
  ): Promise<{ accessToken: string; refresh: IssuedRefreshToken }> {
    await this.limits.hit(LIMITS.refreshPerIp, ip ?? 'unknown');
    if (!presented)
      throw AppError.unauthorized('invalid_refresh_token', 'Session expired', 'Please sign in again.');
    const { userId, next } = await this.refreshTokens.rotate(presented, ip);
    const user = await this.db.getRepository(User).findOneByOrFail({ id: userId });
    return { accessToken: this.signAccessToken(user), refresh: next };
  }

  async logout(presented: string | undefined): Promise<void> {
    if (presented) await this.refreshTokens.revokeByToken(presented);
  }

  async verifyEmail(token: string): Promise<TMe> {
    return this.db.transaction(async (m) => {
      const row = await this.consumeToken(token, 'verify_email', m);
      await m.update(User, { id: row.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: new Date() });
      await this.audit.record({ actorId: row.userId, action: 'auth.email_verified' }, m);
      return presentUser(await m.getRepository(User).findOneByOrFail({ id: row.userId }));
    });
  }

  async resendVerification(userId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const user = await m.getRepository(User).findOneByOrFail({ id: userId });
      if (user.emailVerifiedAt) return;
      await this.sendVerification(user, m);
    });
  }

  /** Always succeeds from the caller's point of view: it never reveals whether the email exists. */
  async forgotPassword(email: string, ip: string | null): Promise<void> {
    await this.limits.hit(LIMITS.resetPerIp, ip ?? 'unknown');
    await this.db.transaction(async (m) => {
      const user = await m.getRepository(User).findOneBy({ email });
      if (!user || user.suspendedAt) return;
      // Quietly stop sending after a few requests per hour for one account.
      try {
        await this.limits.hit(LIMITS.resetPerAccount, user.id);
      } catch {
        return;
      }
      const { token, id } = await this.issueUserToken(
        m,
        user.id,
        'password_reset',
        PASSWORD_RESET_TTL_MINUTES * 60_000,
      );
      await this.mail.enqueue(
        {
          template: 'password-reset',
          to: user.email,
          params: {
            name: user.name,
            url: `${this.config.http.webUrl}/reset-password?token=${token}`,
            expiresInMinutes: PASSWORD_RESET_TTL_MINUTES,
          },
          dedupeKey: `password-reset:${id}`,
        },
        m,
      );
      await this.audit.record({ actorId: user.id, action: 'auth.password_reset_requested', ip }, m);
    });
  }

  async resetPassword(token: string, password: string, ip: string | null): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (m) => {
      const row = await this.consumeToken(token, 'password_reset', m);
      await m.update(
        User,
        { id: row.userId },
        { passwordHash, emailVerifiedAt: () => 'COALESCE(email_verified_at, now())' },
      );
      // A reset ends every session: whoever knew the old password is signed out.
      await this.refreshTokens.revokeAllForUser(row.userId, m);
      await this.audit.record({ actorId: row.userId, action: 'auth.password_reset', ip }, m);
    });
  }

  signAccessToken(user: Pick<User, 'id' | 'roles'>): string {
    return this.jwt.sign({ sub: user.id, roles: user.roles }, { expiresIn: ACCESS_TOKEN_TTL_SECONDS });
  }

  /** Issues the access token and a new refresh-token family; also used by GitHub sign-in. */
  async startSession(user: User, m: EntityManager): Promise<Session> {
    const refresh = await this.refreshTokens.issue(user.id, m);
    return { user: presentUser(user), accessToken: this.signAccessToken(user), refresh };
  }

  private async sendVerification(user: User, m: EntityManager): Promise<void> {
    const { token, id } = await this.issueUserToken(
      m,
      user.id,
      'verify_email',
      VERIFY_EMAIL_TTL_HOURS * 3_600_000,
    );
    await this.mail.enqueue(
      {
        template: 'verify-email',
        to: user.email,
        params: {
          name: user.name,
          url: `${this.config.http.webUrl}/verify-email?token=${token}`,
          expiresInHours: VERIFY_EMAIL_TTL_HOURS,
        },
        dedupeKey: `verify-email:${id}`,
      },
      m,
    );
  }

  /** A new single-use token for an emailed link; only its hash is stored. */
  private async issueUserToken(
    m: EntityManager,
    userId: string,
    kind: UserTokenKind,
    ttlMs: number,
  ): Promise<{ token: string; id: string }> {
    const { token, hash } = newOpaqueToken();
    const saved = await m.save(UserToken, {
      userId,
      kind,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + ttlMs),
    });
    return { token, id: saved.id };
  }

  /** Marks a single-use token used; expired, used or unknown tokens are all `invalid_token`. */
  private async consumeToken(token: string, kind: UserTokenKind, m: EntityManager): Promise<UserToken> {
    const row = await m.getRepository(UserToken).findOne({
      where: { tokenHash: hashToken(token), kind, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row)
      throw new AppError(
        400,
        'invalid_token',
        'Invalid or expired link',
        'This link has expired or was already used.',
      );
    await m.update(UserToken, { id: row.id }, { usedAt: new Date() });
    return row;
  }
}
