import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { JobsService, type QueueStats } from '../jobs/jobs.service';

@Injectable()
export class HealthService {
  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async check(): Promise<{ status: 'ok' }> {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'database_unavailable', 'Database unreachable');
    }
    return { status: 'ok' };
  }

  /** Counts only (no payloads): queued, active, failed and completed jobs per queue. */
  async details(): Promise<{ status: 'ok'; database: 'ok'; jobs: Record<string, QueueStats> }> {
    await this.check();
    return { status: 'ok', database: 'ok', jobs: await this.jobs.stats() };
  }
}
