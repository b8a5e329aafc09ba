import {
  type TPutAvailability,
  type TSlotsQuery,
  type TSlotsResponse,
  ZPutAvailabilitySchema,
  ZSlotsQuerySchema,
} from '@ladder/domain';
import { Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public, Roles } from '../../common/auth/decorators';
import { ApiZodBody, ApiZodQuery, ZodBody, ZodQuery } from '../../common/decorators/zod.decorators';
import { AvailabilityService, type TStoredAvailability } from './availability.service';

@ApiTags('availability')
@Controller('mentors')
export class AvailabilityController {
  constructor(private readonly availability: AvailabilityService) {}

  @Get('me/availability')
  @Roles('mentor')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The mentor's weekly rules and date overrides" })
  get(@CurrentUser() user: AuthUser): Promise<TStoredAvailability> {
    return this.availability.get(user.id);
  }

  @Put('me/availability')
  @Roles('mentor')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Replace weekly availability (in the given IANA zone) and date overrides; `intervals: []` is a day off',
  })
  @ApiZodBody(ZPutAvailabilitySchema)
  put(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZPutAvailabilitySchema) body: TPutAvailability,
  ): Promise<TStoredAvailability> {
    return this.availability.put(user.id, body);
  }

  @Public()
  @Get(':slug/slots')
  @ApiOperation({ summary: 'Free start times of an offering, ascending, in UTC (span ≤ 62 days)' })
  @ApiZodQuery(ZSlotsQuerySchema)
  slots(
    @Param('slug') slug: string,
    @ZodQuery(ZSlotsQuerySchema) query: TSlotsQuery,
  ): Promise<TSlotsResponse> {
    return this.availability.slots(slug, query);
  }
}
