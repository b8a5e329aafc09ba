import type { TRole } from '@ladder/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A deleted account keeps its row (bookings, payments and reviews point at it) but nothing that
 * names or signs in the person: docs/adr/0006-account-deletion.md.
 */
@Entity({ name: 'users' })
@Check(
  'CHK_users_deleted',
  "deleted_at IS NULL OR (password_hash IS NULL AND roles = '{}' AND email_verified_at IS NULL)",
)
// Trigram indexes for the admins' search, made by a migration (expressions and operator classes
// TypeORM cannot describe): 1795897800000-AdminUserSearch.
@Index('IDX_users_email_trgm', { synchronize: false })
@Index('IDX_users_name_trgm', { synchronize: false })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'citext', unique: true })
  email: string;

  /** argon2id hash; null for accounts that only sign in through OAuth. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', array: true, default: () => "'{mentee}'" })
  roles: TRole[];

  @Column({ type: 'text', default: 'UTC' })
  timezone: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  /** Set when the person deleted their account; the row is then a tombstone. */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
