import { HttpStatus, Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { JobsService } from '../jobs/jobs.service';

export interface Limit {
  /** What is limited, e.g. `login:ip`. */
  name: string;
  /** Requests allowed per window before RATE_LIMIT_MULTIPLIER. */
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window rate limits stored in PostgreSQL, so they hold across every API process.
 * Used for the few endpoints attackers aim at (login, registration, password reset); the
 * cheap in-memory global limit covers everything else.
 */
@Injectable()
export class RateLimitService implements OnModuleInit {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'rate-limits.prune',
      async () => {
        await this.db.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
      },
      { retryLimit: 0, expireInSeconds: 60 },
    );
    this.jobs.schedule('rate-limits.prune', '17 * * * *');
  }

  /** Counts one hit on `subject` and throws 429 (with Retry-After) once the limit is passed. */
  async hit(limit: Limit, subject: string): Promise<void> {
    const max = Math.max(1, Math.floor(limit.limit * this.config.rateLimit.multiplier));
    const rows: { hits: number; retry_after: string }[] = await this.db.query(
      `INSERT INTO rate_limits (key, window_start, hits) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE rate_limits.hits + 1 END,
         window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => $2) THEN now() ELSE rate_limits.window_start END
       RETURNING hits, extract(epoch FROM window_start + make_interval(secs => $2) - now()) AS retry_after`,
      [`${limit.name}:${subject.toLowerCase()}`, limit.windowSeconds],
    );
    const row = rows[0];
    if (row && row.hits > max) {
      const retryAfter = Math.max(1, Math.ceil(Number(row.retry_after)));
      throw new AppError(
        HttpStatus.TOO_MANY_REQUESTS,
        'rate_limited',
        'Too many requests',
        `Too many attempts. Try again in ${retryAfter} seconds.`,
        undefined,
        { 'retry-after': String(retryAfter) },
      );
    }
  }
}
