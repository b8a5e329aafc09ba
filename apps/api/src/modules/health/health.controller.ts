import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators';
import { HealthService } from './health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @HttpCode(200)
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  check(): Promise<{ status: 'ok' }> {
    return this.health.check();
  }

  @Get('details')
  @ApiOkResponse({
    description:
      'Database and job queue counts (queued, active, failed, completed; `<queue>.dead` holds dead letters)',
  })
  details(): ReturnType<HealthService['details']> {
    return this.health.details();
  }
}
