import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

export type UserTokenKind = 'verify_email' | 'password_reset' | 'email_change';

/** Single-use, expiring tokens sent by email; only their SHA-256 hash is stored. */
@Entity({ name: 'user_tokens' })
@Check('CHK_user_tokens_kind', "kind IN ('verify_email','password_reset','email_change')")
@Check('CHK_user_tokens_new_email', "(kind = 'email_change') = (new_email IS NOT NULL)")
@Index('IDX_user_tokens_user', ['userId', 'kind'])
export class UserToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text' })
  kind: UserTokenKind;

  @Index('UQ_user_tokens_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  /** For `email_change`: the address the link was sent to, and the only one it can set. */
  @Column({ name: 'new_email', type: 'citext', nullable: true })
  newEmail: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
