import {
  type TAdminReport,
  type TCreateReport,
  type TReport,
  type TResolveReport,
  ZCreateReportSchema,
  ZResolveReportSchema,
} from '@ladder/domain';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../common/auth/decorators';
import { ApiZodBody, ZodBody } from '../../common/decorators/zod.decorators';
import { AppError } from '../../common/errors/app-error';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly moderation: ModerationService) {}

  @Post()
  @ApiOperation({
    summary:
      'Report a public mentor profile, review or article (404 when it is not publicly visible; ' +
      '`message` targets answer 404 for now: there are no messages yet). A repeat while your ' +
      'report is open answers the same report. 20 reports an hour per user.',
  })
  @ApiZodBody(ZCreateReportSchema)
  create(@CurrentUser() user: AuthUser, @ZodBody(ZCreateReportSchema) body: TCreateReport): Promise<TReport> {
    return this.moderation.create(user, body);
  }
}

/** A malformed report id names no report: 404, as for any unknown one. */
const reportId = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Report') });

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/reports')
export class AdminReportsController {
  constructor(private readonly moderation: ModerationService) {}

  @Get()
  @ApiOperation({
    summary: 'The moderation queue: open reports first, newest first within each; at most 200',
  })
  list(): Promise<{ items: TAdminReport[] }> {
    return this.moderation.queue();
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Decide on the target of a report: `hide` removes it from every public answer until restored, ' +
      '`dismiss` changes nothing public. Every open report of that target is resolved alike; 409 when already resolved',
  })
  @ApiZodBody(ZResolveReportSchema)
  resolve(
    @CurrentUser() admin: AuthUser,
    @Param('id', reportId) id: string,
    @ZodBody(ZResolveReportSchema) body: TResolveReport,
  ): Promise<TReport> {
    return this.moderation.resolve(admin, id, body.action);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo a `hide`: the target is public again; 409 `not_hidden` otherwise' })
  restore(@CurrentUser() admin: AuthUser, @Param('id', reportId) id: string): Promise<TReport> {
    return this.moderation.restore(admin, id);
  }
}
