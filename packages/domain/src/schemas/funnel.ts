import { z } from 'zod';
import { FUNNEL_EVENT_TYPES } from '../enums';

/** The steps of the reader → mentee funnel (CONTRACT.md "funnel type"), in funnel order. */
export const ZFunnelType = z.enum(FUNNEL_EVENT_TYPES);
export type TFunnelType = z.infer<typeof ZFunnelType>;

const slug = z.string().trim().min(1).max(160);
const utmValue = z.string().trim().max(200);

/** `POST /funnel/events`: one anonymous step of the funnel, sent by the web app. */
export const ZFunnelEventSchema = z.strictObject({
  type: ZFunnelType,
  /**
   * A random id the browser keeps (not personal data); joins one visitor's steps. Any non-empty id
   * up to 64 characters: CONTRACT.md names no format, and 400 is for an unknown `type`.
   */
  anonymousId: z.string().trim().min(1).max(64),
  path: z.string().trim().max(500).startsWith('/').optional(),
  articleSlug: slug.optional(),
  mentorSlug: slug.optional(),
  utm: z
    .strictObject({
      source: utmValue.optional(),
      medium: utmValue.optional(),
      campaign: utmValue.optional(),
      term: utmValue.optional(),
      content: utmValue.optional(),
    })
    .optional(),
});
export type TFunnelEvent = z.infer<typeof ZFunnelEventSchema>;

/** `GET /admin/funnel`: the window, in whole days back from now. */
export const ZFunnelReportQuerySchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(365).default(30),
});
export type TFunnelReportQuery = z.infer<typeof ZFunnelReportQuerySchema>;

export interface TFunnelReport {
  from: string;
  to: string;
  /** Every funnel type in funnel order: events, and distinct visitors (anonymous ids). */
  steps: { type: TFunnelType; events: number; visitors: number }[];
}
