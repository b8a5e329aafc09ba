import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { deadLetterOf } from './job-types';
import { JobsService } from './jobs.service';

/** Every minute, log the job counts; a warning when anything sits in a dead-letter queue. */
@Injectable()
export class JobsStatsReporter implements OnModuleInit {
  private readonly logger = new Logger('Jobs');

  constructor(private readonly jobs: JobsService) {}

  onModuleInit(): void {
    this.jobs.register('jobs.report-stats', () => this.report(), { retryLimit: 0, expireInSeconds: 60 });
    this.jobs.schedule('jobs.report-stats', '* * * * *');
  }

  async report(): Promise<void> {
    const stats = await this.jobs.stats();
    const dead = Object.entries(stats)
      .filter(([name, s]) => name.endsWith(deadLetterOf('')) && s.queued > 0)
      .map(([name, s]) => ({ name, count: s.queued }));
    if (dead.length)
      this.logger.warn({ jobs: stats, deadLettered: dead }, 'Jobs are waiting in dead-letter queues');
    else this.logger.log({ jobs: stats }, 'Job counts');
  }
}
