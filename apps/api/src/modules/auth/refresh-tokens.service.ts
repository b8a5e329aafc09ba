import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { REFRESH_TOKEN_TTL_DAYS } from './auth.constants';
import { RefreshToken } from './entities/refresh-token.entity';
import { hashToken, newOpaqueToken } from './tokens';

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

/**
 * Refresh tokens with rotation and reuse detection (RFC 9700 §4.14): every use replaces the
 * token; presenting one that was already replaced means it leaked, so its whole family dies.
 */
@Injectable()
export class RefreshTokensService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async issue(
    userId: string,
    manager: EntityManager = this.db.manager,
    familyId: string = randomUUID(),
  ): Promise<IssuedRefreshToken> {
    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await manager.insert(RefreshToken, { userId, familyId, tokenHash: hash, expiresAt });
    return { token, expiresAt };
  }

  /** Exchanges a refresh token for a new one. Returns the user id. */
  async rotate(presented: string, ip: string | null): Promise<{ userId: string; next: IssuedRefreshToken }> {
    const outcome = await this.db.transaction(async (m) => {
      const current = await m.getRepository(RefreshToken).findOne({
        where: { tokenHash: hashToken(presented) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) return { kind: 'invalid' as const };
      if (current.replacedAt || current.revokedAt) {
        await this.revokeFamily(current.familyId, m);
        await this.audit.record(
          {
            actorId: current.userId,
            action: 'auth.refresh_reuse_detected',
            targetType: 'token_family',
            targetId: current.familyId,
            ip,
          },
          m,
        );
        return { kind: 'reused' as const };
      }
      if (current.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      const user: { suspended_at: Date | null; deleted_at: Date | null }[] = await m.query(
        'SELECT suspended_at, deleted_at FROM users WHERE id = $1',
        [current.userId],
      );
      if (!user[0] || user[0].suspended_at || user[0].deleted_at) return { kind: 'invalid' as const };
      await m.update(RefreshToken, { id: current.id }, { replacedAt: new Date() });
      const next = await this.issue(current.userId, m, current.familyId);
      return { kind: 'ok' as const, userId: current.userId, next };
    });
    // The family revocation above must stay committed, so the 401 is thrown after the transaction.
    if (outcome.kind !== 'ok')
      throw AppError.unauthorized('invalid_refresh_token', 'Session expired', 'Please sign in again.');
    return { userId: outcome.userId, next: outcome.next };
  }

  /** Logout: the family of this token ends. Unknown tokens are ignored. */
  async revokeByToken(presented: string): Promise<void> {
    const row = await this.db.getRepository(RefreshToken).findOneBy({ tokenHash: hashToken(presented) });
    if (row) await this.revokeFamily(row.familyId);
  }

  async revokeAllForUser(userId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /**
   * Signs `userId` out everywhere but here: every refresh-token family is revoked except that of
   * `presented` (the refresh cookie sent with the acting request), if it is this user's and live.
   * Without one (a bearer-only client) every session ends. Answers whether this session was kept.
   */
  async revokeOthers(
    userId: string,
    presented: string | undefined,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const current = presented
      ? await manager.getRepository(RefreshToken).findOneBy({ tokenHash: hashToken(presented), userId })
      : null;
    const keep = current && !current.revokedAt ? current.familyId : null;
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND family_id IS DISTINCT FROM $2`,
      [userId, keep],
    );
    return keep !== null;
  }

  private async revokeFamily(familyId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
