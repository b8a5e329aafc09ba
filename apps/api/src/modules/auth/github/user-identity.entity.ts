import {
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

export type IdentityProvider = 'github';

/** An external account (e.g. a GitHub user) that signs in as a Ladder user. */
@Entity({ name: 'user_identities' })
@Index('UQ_user_identities_provider_user', ['provider', 'providerUserId'], { unique: true })
@Index('IDX_user_identities_user', ['userId'])
export class UserIdentity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provider: IdentityProvider;

  /** The provider's stable id for the account (GitHub's numeric user id, never the login). */
  @Column({ name: 'provider_user_id', type: 'text' })
  providerUserId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
