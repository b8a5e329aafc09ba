import { z } from 'zod';
import { REPORT_TARGET_TYPES } from '../enums';
import { ZIsoDateTime, ZUuid } from './common';

export const REPORT_STATUSES = ['open', 'resolved'] as const;
export type TReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_ACTIONS = ['hide', 'dismiss'] as const;
export type TReportAction = (typeof REPORT_ACTIONS)[number];

export const REPORT_REASON_MAX = 2000;

/** POST /reports — `targetId` is the id of the mentor profile, review, article or message. */
export const ZCreateReportSchema = z.strictObject({
  targetType: z.enum(REPORT_TARGET_TYPES),
  targetId: z.string().trim().min(1).max(100),
  reason: z
    .string()
    .trim()
    .min(1, 'Tell us what is wrong')
    .max(REPORT_REASON_MAX, `At most ${REPORT_REASON_MAX} characters`),
});
export type TCreateReport = z.infer<typeof ZCreateReportSchema>;

/** POST /admin/reports/{id}/resolve */
export const ZResolveReportSchema = z.strictObject({
  action: z.enum(REPORT_ACTIONS),
});
export type TResolveReport = z.infer<typeof ZResolveReportSchema>;

/** The `report` resource (CONTRACT). */
export const ZReportSchema = z.object({
  id: ZUuid,
  targetType: z.enum(REPORT_TARGET_TYPES),
  targetId: z.string(),
  reason: z.string(),
  status: z.enum(REPORT_STATUSES),
  action: z.enum(REPORT_ACTIONS).optional(),
  createdAt: ZIsoDateTime,
});
export type TReport = z.infer<typeof ZReportSchema>;

/** A report as the moderation queue shows it (GET /admin/reports): the contract fields and more. */
export const ZAdminReportSchema = ZReportSchema.extend({
  resolvedAt: ZIsoDateTime.optional(),
  /** Set once a `hide` decision was undone (POST /admin/reports/{id}/restore). */
  restoredAt: ZIsoDateTime.optional(),
  reporter: z.object({ name: z.string() }),
  target: z.object({ label: z.string(), url: z.string().optional() }),
});
export type TAdminReport = z.infer<typeof ZAdminReportSchema>;
