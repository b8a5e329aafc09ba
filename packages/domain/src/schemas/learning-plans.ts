import { z } from 'zod';
import { ZLocalDate } from './availability';
import { ZIsoDateTime, ZUuid } from './common';

export const PLAN_GOAL_MAX = 500;
export const PLAN_ITEM_TITLE_MAX = 200;
export const PLAN_ITEM_NOTES_MAX = 2000;
/** Milestones per plan: a 90-day plan with more than this is a to-do list, not a plan. */
export const PLAN_ITEMS_MAX = 50;

const goal = z
  .string()
  .trim()
  .min(1, 'Write the goal of the next 90 days')
  .max(PLAN_GOAL_MAX, `At most ${PLAN_GOAL_MAX} characters`);
const title = z
  .string()
  .trim()
  .min(1, 'Give the milestone a title')
  .max(PLAN_ITEM_TITLE_MAX, `At most ${PLAN_ITEM_TITLE_MAX} characters`);
const notes = z.string().trim().max(PLAN_ITEM_NOTES_MAX, `At most ${PLAN_ITEM_NOTES_MAX} characters`);

/** POST /learning-plans — the pair is the booking's mentee and mentor. */
export const ZCreateLearningPlanSchema = z.strictObject({ bookingId: ZUuid, goal });
export type TCreateLearningPlan = z.infer<typeof ZCreateLearningPlanSchema>;

/** PATCH /learning-plans/{id} */
export const ZUpdateLearningPlanSchema = z.strictObject({ goal: goal.optional() });
export type TUpdateLearningPlan = z.infer<typeof ZUpdateLearningPlanSchema>;

/** POST /learning-plans/{id}/items — `dueOn` within the plan's 90 days. */
export const ZCreatePlanItemSchema = z.strictObject({ title, dueOn: ZLocalDate, notes: notes.optional() });
export type TCreatePlanItem = z.infer<typeof ZCreatePlanItemSchema>;

/** PATCH /learning-plans/{id}/items/{itemId} — `done` ticks or unticks the milestone. */
export const ZUpdatePlanItemSchema = z.strictObject({
  title: title.optional(),
  dueOn: ZLocalDate.optional(),
  notes: notes.optional(),
  done: z.boolean().optional(),
});
export type TUpdatePlanItem = z.infer<typeof ZUpdatePlanItemSchema>;

/** A milestone. `dueOn` is a date in the plan's zone (the mentee's). */
export const ZPlanItemSchema = z.object({
  id: ZUuid,
  title: z.string(),
  dueOn: z.string(),
  notes: z.string(),
  done: z.boolean(),
  doneAt: ZIsoDateTime.nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TPlanItem = z.infer<typeof ZPlanItemSchema>;

/** A plan as listed: no milestones, their counts. */
export const ZLearningPlanSummarySchema = z.object({
  id: ZUuid,
  menteeId: ZUuid,
  mentorId: ZUuid,
  mentee: z.object({ name: z.string() }),
  mentor: z.object({ name: z.string(), slug: z.string(), userId: ZUuid }),
  goal: z.string(),
  /** First and last day (inclusive) of the plan's 90 days, "YYYY-MM-DD" in `timezone`. */
  startsOn: z.string(),
  endsOn: z.string(),
  timezone: z.string(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type TLearningPlanSummary = z.infer<typeof ZLearningPlanSummarySchema>;

/** The `learningPlan` resource: the summary with its milestones, by due date. */
export const ZLearningPlanSchema = ZLearningPlanSummarySchema.extend({ items: z.array(ZPlanItemSchema) });
export type TLearningPlan = z.infer<typeof ZLearningPlanSchema>;
