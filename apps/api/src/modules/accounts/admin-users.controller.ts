import {
  type TAdminUser,
  type TAdminUsersQuery,
  type TPage,
  type TSuspendUser,
  type TSuspensionResult,
  ZAdminUsersQuerySchema,
  ZSuspendUserSchema,
} from '@ladder/domain';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../common/auth/decorators';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '../../common/decorators/zod.decorators';
import { AppError } from '../../common/errors/app-error';
import { AccountsService } from './accounts.service';

/** A malformed user id names no user: 404, as for any unknown one. */
const userId = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('User') });

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOperation({
    summary: 'Accounts, newest first; `q` matches part of the email or name (keyset-paginated by `cursor`)',
  })
  @ApiZodQuery(ZAdminUsersQuerySchema)
  list(@ZodQuery(ZAdminUsersQuerySchema) query: TAdminUsersQuery): Promise<TPage<TAdminUser>> {
    return this.accounts.list(query);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Suspend an account: no sign-in, sessions end at once, mentor profile hidden, future bookings cancelled ' +
      'with refunds, the user emailed the reason. 422 `cannot_suspend_self` / `cannot_suspend_admin`; ' +
      'suspending a suspended account changes nothing',
  })
  @ApiZodBody(ZSuspendUserSchema)
  suspend(
    @CurrentUser() admin: AuthUser,
    @Param('id', userId) id: string,
    @ZodBody(ZSuspendUserSchema) body: TSuspendUser,
  ): Promise<TSuspensionResult> {
    return this.accounts.suspend(admin, id, body.reason);
  }

  @Post(':id/unsuspend')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Lift a suspension: sign-in and the mentor profile come back; cancelled bookings stay cancelled',
  })
  unsuspend(@CurrentUser() admin: AuthUser, @Param('id', userId) id: string): Promise<TAdminUser> {
    return this.accounts.unsuspend(admin, id);
  }
}
