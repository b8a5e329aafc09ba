import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';
import { JobsStatsReporter } from './jobs-stats.reporter';

@Global()
@Module({ providers: [JobsService, JobsStatsReporter], exports: [JobsService] })
export class JobsModule {}
