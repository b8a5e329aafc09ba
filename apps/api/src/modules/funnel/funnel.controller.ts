import {
  type TFunnelEvent,
  type TFunnelReport,
  type TFunnelReportQuery,
  ZFunnelEventSchema,
  ZFunnelReportQuerySchema,
} from '@ladder/domain';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { OptionalUser, Public, Roles } from '../../common/auth/decorators';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '../../common/decorators/zod.decorators';
import { FunnelService } from './funnel.service';

@ApiTags('funnel')
@Controller()
export class FunnelController {
  constructor(private readonly funnel: FunnelService) {}

  @Public()
  @Post('funnel/events')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Record one funnel step (anonymous; a valid session adds the user); 400 for an unknown type',
  })
  @ApiZodBody(ZFunnelEventSchema)
  async record(
    @ZodBody(ZFunnelEventSchema) body: TFunnelEvent,
    @OptionalUser() user: AuthUser | null,
  ): Promise<void> {
    await this.funnel.record(body, user?.id ?? null);
  }

  @Roles('admin')
  @Get('admin/funnel')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Events and distinct visitors per funnel step over the last `days` days (admin)' })
  @ApiZodQuery(ZFunnelReportQuerySchema)
  report(@ZodQuery(ZFunnelReportQuerySchema) query: TFunnelReportQuery): Promise<TFunnelReport> {
    return this.funnel.report(query.days);
  }
}
