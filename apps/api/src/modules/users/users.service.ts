import type { TUser } from '@ladder/domain';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { hashPassword, verifyPassword } from '../../common/crypto/password';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { prepared } from '../../database/prepared';
import { AuditService } from '../audit/audit.service';
import { User } from './entities/user.entity';

export type TMe = TUser & { emailVerified: boolean; hasPassword?: boolean };

export function presentUser(
  u: Pick<User, 'id' | 'email' | 'name' | 'roles' | 'timezone' | 'emailVerifiedAt'>,
): TMe {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    roles: u.roles,
    timezone: u.timezone,
    emailVerified: !!u.emailVerifiedAt,
  };
}

export function toAuthUser(u: User): AuthUser {
  return presentUser(u);
}

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** ADMIN_EMAIL / ADMIN_PASSWORD at start: that admin exists afterwards (created or promoted). */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config.auth;
    if (!adminEmail || !adminPassword) return;
    const created = await this.ensureAdmin(adminEmail, adminPassword);
    this.logger.log(
      { created },
      created ? 'Admin account created from ADMIN_EMAIL' : 'Admin account from ADMIN_EMAIL is present',
    );
  }

  /** Idempotent: creates the admin, or adds the admin role to an existing account. */
  async ensureAdmin(email: string, password: string): Promise<boolean> {
    // CONTRACT.md: afterwards an admin account with these credentials exists. An existing account
    // is promoted and, if its password differs, given this one (the operator's configuration wins).
    const existing = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const keepHash = existing?.passwordHash && (await verifyPassword(existing.passwordHash, password));
    const passwordHash = keepHash ? existing.passwordHash : await hashPassword(password);
    return this.db.transaction(async (m) => {
      const rows: { id: string; created: boolean }[] = await m.query(
        `INSERT INTO users (email, name, roles, password_hash, email_verified_at)
         VALUES ($1, 'Administrator', '{mentee,admin}', $2, now())
         ON CONFLICT (email) DO UPDATE
           SET roles = CASE WHEN 'admin' = ANY(users.roles) THEN users.roles ELSE users.roles || '{admin}'::text[] END,
               password_hash = EXCLUDED.password_hash
         RETURNING id, (xmax = 0) AS created`,
        [email, passwordHash],
      );
      const row = rows[0];
      if (!row) return false;
      await this.audit.record(
        {
          action: row.created ? 'admin.bootstrap.created' : 'admin.bootstrap.present',
          targetType: 'user',
          targetId: row.id,
          metadata: { passwordChanged: !row.created && !keepHash },
        },
        m,
      );
      return row.created;
    });
  }

  /** Adds a role (the mentor application). The CLI's `promote` does the same in SQL. */
  async addRole(userId: string, role: TUser['roles'][number], manager?: EntityManager): Promise<void> {
    await (manager ?? this.db.manager).query(
      `UPDATE users SET roles = roles || ARRAY[$2]::text[] WHERE id = $1 AND NOT ($2 = ANY(roles))`,
      [userId, role],
    );
  }

  /**
   * The caller behind an access token, or null when the account is gone, deleted or suspended. Read on every
   * authenticated request, so it is one plain indexed statement (no query builder, no entity).
   */
  async findAuthUser(id: string): Promise<AuthUser | null> {
    const rows: AuthUser[] = await this.db.query(
      prepared(`SELECT id, email, name, roles, timezone, email_verified_at IS NOT NULL AS "emailVerified",
                password_hash IS NOT NULL AS "hasPassword"
         FROM users WHERE id = $1 AND suspended_at IS NULL AND deleted_at IS NULL`),
      [id],
    );
    return rows[0] ?? null;
  }
}
