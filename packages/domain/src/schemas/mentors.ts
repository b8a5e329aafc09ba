import { z } from 'zod';
import { ZCalcomLink } from '../calcom';
import { MENTOR_STATUSES } from '../enums';
import { ZCurrency, ZMinorUnits, ZTimeZone } from './common';

const ZTag = z.string().trim().min(1).max(40);
const ZHttpUrl = z.url({ protocol: /^https?$/, message: 'Must be an http(s) URL' }).max(500);
/** A profile photo: https only, as the form asks, so the page never loads mixed content. */
export const PHOTO_URL_MESSAGE = 'Use an https:// address for the photo (http:// is not accepted)';
const ZPhotoUrl = z.url({ protocol: /^https$/, message: PHOTO_URL_MESSAGE }).max(500);

/** One expertise tag as stored and searched: trimmed, lower-case, inner spaces as hyphens. */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

/** Expertise tags, normalised and deduplicated (first occurrence wins), empty ones dropped. */
export function normaliseExpertise(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter(Boolean))];
}

/** A language name as stored and filtered: single spaces, each word capitalised ("Brazilian Portuguese"). */
export function canonicalLanguage(language: string): string {
  return language
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Languages in canonical form, deduplicated whatever their case. */
export function normaliseLanguages(languages: readonly string[]): string[] {
  return [...new Set(languages.map(canonicalLanguage).filter(Boolean))];
}

const ZExpertise = z.array(ZTag).min(1).max(15).transform(normaliseExpertise);
const ZLanguages = z.array(ZTag).min(1).max(10).transform(normaliseLanguages);

/** What a user sends to apply as a mentor. Strict: `status`, `userId` or `slug` are a 400. */
export const ZCreateMentorProfileSchema = z.strictObject({
  headline: z.string().trim().min(10).max(140),
  bio: z.string().trim().min(20).max(10_000),
  expertise: ZExpertise,
  languages: ZLanguages,
  timezone: ZTimeZone,
  yearsExperience: z.number().int().min(0).max(60).optional(),
  meetingUrl: ZHttpUrl.optional(),
  calcomLink: ZCalcomLink.optional(),
  photoUrl: ZPhotoUrl.optional(),
});
export type TCreateMentorProfile = z.infer<typeof ZCreateMentorProfileSchema>;

/** Any subset of the application; `null` clears an optional field. */
export const ZUpdateMentorProfileSchema = z.strictObject({
  headline: ZCreateMentorProfileSchema.shape.headline.optional(),
  bio: ZCreateMentorProfileSchema.shape.bio.optional(),
  expertise: ZExpertise.optional(),
  languages: ZLanguages.optional(),
  timezone: ZTimeZone.optional(),
  yearsExperience: z.number().int().min(0).max(60).nullable().optional(),
  meetingUrl: ZHttpUrl.nullable().optional(),
  calcomLink: ZCalcomLink.nullable().optional(),
  photoUrl: ZPhotoUrl.nullable().optional(),
});
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

/** Any subset of an offering; `null` clears the description. */
export const ZUpdateOfferingSchema = ZCreateOfferingSchema.partial().extend({
  description: z.string().trim().max(2_000).nullable().optional(),
});
export type TUpdateOffering = z.infer<typeof ZUpdateOfferingSchema>;

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
  /** Only in the owner's and admins' views of a rejected profile. */
  rejectionReason: z.string().nullable().optional(),
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

export const ZListMentorsQuerySchema = z
  .strictObject({
    q: z.string().trim().max(100).optional(),
    /** One or many (`?expertise=a&expertise=b`): mentors with any of them. */
    expertise: z.union([z.string().max(40), z.array(z.string().max(40)).max(20)]).optional(),
    language: z.string().trim().max(40).optional(),
    minPrice: z.coerce.number().int().min(0).optional(),
    maxPrice: z.coerce.number().int().min(0).optional(),
    minRating: z.coerce.number().min(1).max(5).optional(),
    sort: z.enum(MENTOR_SORTS).optional(),
    limit: z.coerce.number().int().min(1).max(50).optional(),
    cursor: z.string().max(500).optional(),
    /**
     * "Free during my working hours": only mentors with at least one free slot whose whole range
     * lies between `freeFrom` and `freeTo` (local time in `freeTz`) on one of the next `freeDays`
     * days (default 7). All three of freeTz/freeFrom/freeTo go together.
     */
    freeTz: ZTimeZone.optional(),
    freeFrom: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Must be a time "HH:mm"')
      .optional(),
    freeTo: z
      .string()
      .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Must be a time "HH:mm"')
      .optional(),
    freeDays: z.coerce.number().int().min(1).max(28).optional(),
  })
  .superRefine((q, ctx) => {
    const given = [q.freeTz, q.freeFrom, q.freeTo].filter((v) => v !== undefined).length;
    if (given !== 0 && given !== 3) {
      ctx.addIssue({ code: 'custom', path: ['freeTz'], message: 'freeTz, freeFrom and freeTo go together' });
    }
  });
export type TListMentorsQuery = z.infer<typeof ZListMentorsQuerySchema>;

/** An application as the admin queue shows it: the profile plus who applied and when. */
export const ZMentorApplicationSchema = ZMentorProfileSchema.extend({
  email: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  approvedAt: z.string().nullable(),
});
export type TMentorApplication = z.infer<typeof ZMentorApplicationSchema>;

export const ZListMentorApplicationsQuerySchema = z.strictObject({
  status: z.enum(MENTOR_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: z.string().max(500).optional(),
});
export type TListMentorApplicationsQuery = z.infer<typeof ZListMentorApplicationsQuerySchema>;

export const ZRejectMentorSchema = z.strictObject({
  reason: z.string().trim().min(3).max(1_000),
});
export type TRejectMentor = z.infer<typeof ZRejectMentorSchema>;
