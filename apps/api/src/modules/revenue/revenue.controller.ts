import {
  type TMentorEarnings,
  type TRevenueQuery,
  type TRevenueReport,
  ZRevenueQuerySchema,
} from '@ladder/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../common/auth/decorators';
import { ApiZodQuery, ZodQuery } from '../../common/decorators/zod.decorators';
import { RevenueService } from './revenue.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/revenue')
export class AdminRevenueController {
  constructor(private readonly revenue: RevenueService) {}

  @Get()
  @ApiOperation({
    summary:
      'Per currency over the last 7, 30 or 90 UTC days: gross paid, platform fees, refunds, the fees’ share of ' +
      'refunds, net platform revenue, paid bookings; and every day of the window (zeros included). Minor units.',
  })
  @ApiZodQuery(ZRevenueQuerySchema)
  report(@ZodQuery(ZRevenueQuerySchema) query: TRevenueQuery): Promise<TRevenueReport> {
    return this.revenue.report(query.days);
  }
}

@ApiTags('mentors')
@ApiBearerAuth()
@Roles('mentor')
@Controller('mentors/me/earnings')
export class MyEarningsController {
  constructor(private readonly revenue: RevenueService) {}

  @Get()
  @ApiOperation({
    summary:
      'My earnings as a mentor, per currency (earned, upcoming, refunded; minor units) and my 20 latest paid ' +
      'bookings; 403 without the mentor role',
  })
  earnings(@CurrentUser() user: AuthUser): Promise<TMentorEarnings> {
    return this.revenue.earnings(user);
  }
}
