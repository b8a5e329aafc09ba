import type { TPayoutOnboarding, TPayoutStatus } from '@ladder/domain';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser, Roles } from '../../../common/auth/decorators';
import { PayoutsService } from './payouts.service';

/** The signed-in mentor's payout account (Stripe Connect Express). */
@ApiTags('mentors')
@ApiBearerAuth()
@Roles('mentor')
@Controller('mentors/me/payouts')
export class PayoutsController {
  constructor(private readonly payouts: PayoutsService) {}

  @Get()
  @ApiOperation({
    summary: 'My payout status: not_connected | pending | enabled (provider "offline" is the demo mode)',
  })
  status(@CurrentUser() user: AuthUser): Promise<TPayoutStatus> {
    return this.payouts.status(user);
  }

  @Post('onboarding')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A link to Stripe-hosted onboarding (the account is created once); 409 `payouts_unavailable` offline',
  })
  onboarding(@CurrentUser() user: AuthUser): Promise<TPayoutOnboarding> {
    return this.payouts.startOnboarding(user);
  }
}
