import {
  type TCreateLearningPlan,
  type TCreatePlanItem,
  type TLearningPlan,
  type TLearningPlanSummary,
  type TPlanItem,
  type TUpdateLearningPlan,
  type TUpdatePlanItem,
  ZCreateLearningPlanSchema,
  ZCreatePlanItemSchema,
  ZUpdateLearningPlanSchema,
  ZUpdatePlanItemSchema,
} from '@ladder/domain';
import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { ApiZodBody, ZodBody } from '../../common/decorators/zod.decorators';
import { AppError } from '../../common/errors/app-error';
import { LearningPlansService } from './learning-plans.service';

const planId = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Learning plan') });
const itemId = new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound('Milestone') });

@ApiTags('learning-plans')
@ApiBearerAuth()
@Controller('learning-plans')
export class LearningPlansController {
  constructor(private readonly plans: LearningPlansService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      "Start the pair's 90-day plan (the booking's mentee and mentor): 409 `plan_exists` with `planId`",
    description:
      "Either person of a booking may start it once the pair has a confirmed or completed session (else 422 `no_confirmed_session`). It starts today in the mentee's zone and covers 90 days, `startsOn` to `endsOn` inclusive. Anyone else gets 404.",
  })
  @ApiZodBody(ZCreateLearningPlanSchema)
  create(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZCreateLearningPlanSchema) body: TCreateLearningPlan,
  ): Promise<TLearningPlan> {
    return this.plans.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: "The caller's plans, as mentee or mentor, with progress (done/total)" })
  list(@CurrentUser() user: AuthUser): Promise<{ items: TLearningPlanSummary[] }> {
    return this.plans.list(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A plan with its milestones by due date; only its mentee and mentor (else 404)' })
  get(@CurrentUser() user: AuthUser, @Param('id', planId) id: string): Promise<TLearningPlan> {
    return this.plans.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change the plan's goal (the mentee or the mentor)" })
  @ApiZodBody(ZUpdateLearningPlanSchema)
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', planId) id: string,
    @ZodBody(ZUpdateLearningPlanSchema) body: TUpdateLearningPlan,
  ): Promise<TLearningPlan> {
    return this.plans.update(user, id, body);
  }

  @Post(':id/items')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add a milestone due on a day of the plan (400 outside it); 422 `too_many_items` past 50',
  })
  @ApiZodBody(ZCreatePlanItemSchema)
  addItem(
    @CurrentUser() user: AuthUser,
    @Param('id', planId) id: string,
    @ZodBody(ZCreatePlanItemSchema) body: TCreatePlanItem,
  ): Promise<TPlanItem> {
    return this.plans.addItem(user, id, body);
  }

  @Patch(':id/items/:itemId')
  @ApiOperation({ summary: 'Edit a milestone; `done` ticks it (stamps `doneAt`) or unticks it' })
  @ApiZodBody(ZUpdatePlanItemSchema)
  updateItem(
    @CurrentUser() user: AuthUser,
    @Param('id', planId) id: string,
    @Param('itemId', itemId) item: string,
    @ZodBody(ZUpdatePlanItemSchema) body: TUpdatePlanItem,
  ): Promise<TPlanItem> {
    return this.plans.updateItem(user, id, item, body);
  }

  @Delete(':id/items/:itemId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a milestone' })
  async deleteItem(
    @CurrentUser() user: AuthUser,
    @Param('id', planId) id: string,
    @Param('itemId', itemId) item: string,
  ): Promise<void> {
    await this.plans.deleteItem(user, id, item);
  }
}
