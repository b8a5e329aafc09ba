import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window counters shared by every API process (login, registration, password reset). */
@Entity({ name: 'rate_limits' })
export class RateLimitBucket {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  hits: number;
}
