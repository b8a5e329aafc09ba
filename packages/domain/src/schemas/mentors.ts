import { z } from 'zod';
import { MENTOR_STATUSES } from '../enums';
import { ZCurrency, ZMinorUnits, ZTimeZone } from './common';

const ZTag = z.string().trim().min(1).max(40);
const ZHttpUrl = z.url({ protocol: /^https?$/, message: 'Must be an http(s) URL' }).max(500);

export const ZCreateMentorProfileSchema = z.strictObject({
  headline: z.string().trim().min(10).max(140),
  bio: z.string().trim().min(20).max(10_000),
  expertise: z.array(ZTag).min(1).max(15),
  languages: z.array(ZTag).min(1).max(10),
  timezone: ZTimeZone,
  yearsExperience: z.number().int().min(0).max(60).optional(),
  meetingUrl: ZHttpUrl.optional(),
  calcomLink: ZHttpUrl.optional(),
  photoUrl: ZHttpUrl.optional(),
});
export type TCreateMentorProfile = z.infer<typeof ZCreateMentorProfileSchema>;

export const ZUpdateMentorProfileSchema = ZCreateMentorProfileSchema.partial();
export type TUpdateMentorProfile = z.infer<typeof ZUpdateMentorProfileSchema>;

export const ZCreateOfferingSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().max(2_000).optional(),
  durationMinutes: z.number().int().min(15).max(240),
  priceAmount: ZMinorUnits,
  currency: ZCurrency,
  bufferBeforeMinutes: z.number().int().min(0).max(120).optional(),
  bufferAfterMinutes: z.number().int().min(0).max(120).optional(),
  minimumNoticeMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .optional(),
  active: z.boolean().optional(),
});
export type TCreateOffering = z.infer<typeof ZCreateOfferingSchema>;

export const ZOfferingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string().nullable(),
  durationMinutes: z.number().int(),
  priceAmount: z.number().int(),
  currency: z.string(),
  bufferBeforeMinutes: z.number().int(),
  bufferAfterMinutes: z.number().int(),
  minimumNoticeMinutes: z.number().int(),
  active: z.boolean(),
});
export type TOffering = z.infer<typeof ZOfferingSchema>;

export const ZRatingSchema = z.object({ average: z.number().nullable(), count: z.number().int() });

export const ZMentorProfileSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  userId: z.uuid(),
  name: z.string(),
  headline: z.string(),
  bio: z.string(),
  bioHtml: z.string().optional(),
  expertise: z.array(z.string()),
  languages: z.array(z.string()),
  timezone: z.string(),
  yearsExperience: z.number().int().nullable().optional(),
  photoUrl: z.string().nullable().optional(),
  meetingUrl: z.string().nullable().optional(),
  calcomLink: z.string().nullable().optional(),
  status: z.enum(MENTOR_STATUSES),
  rating: ZRatingSchema,
  offerings: z.array(ZOfferingSchema).optional(),
});
export type TMentorProfile = z.infer<typeof ZMentorProfileSchema>;

export const ZMentorSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  headline: z.string(),
  expertise: z.array(z.string()),
  languages: z.array(z.string()),
  timezone: z.string(),
  photoUrl: z.string().nullable(),
  yearsExperience: z.number().int().nullable(),
  rating: ZRatingSchema,
  priceFrom: z.object({ amount: z.number().int(), currency: z.string() }).nullable(),
});
export type TMentorSummary = z.infer<typeof ZMentorSummarySchema>;

export const MENTOR_SORTS = ['relevance', 'rating', 'price', 'soonest'] as const;

export const ZListMentorsQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  expertise: z.union([z.string(), z.array(z.string())]).optional(),
  language: z.string().trim().max(40).optional(),
  minPrice: z.coerce.number().int().min(0).optional(),
  maxPrice: z.coerce.number().int().min(0).optional(),
  minRating: z.coerce.number().min(1).max(5).optional(),
  sort: z.enum(MENTOR_SORTS).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
  cursor: z.string().max(500).optional(),
});
export type TListMentorsQuery = z.infer<typeof ZListMentorsQuerySchema>;
