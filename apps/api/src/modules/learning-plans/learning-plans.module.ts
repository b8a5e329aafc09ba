import { Module } from '@nestjs/common';
import { LearningPlansController } from './learning-plans.controller';
import { LearningPlansService } from './learning-plans.service';

/** The mentee's 90-day learning plan with a mentor: a goal and dated milestones, kept by both. */
@Module({ controllers: [LearningPlansController], providers: [LearningPlansService] })
export class LearningPlansModule {}
