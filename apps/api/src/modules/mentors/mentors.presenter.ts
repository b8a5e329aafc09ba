import type { TMentorApplication, TMentorProfile, TMentorSummary, TOffering } from '@ladder/domain';
import { renderMarkdown } from '../../common/markdown';
import type { MentorProfile } from './entities/mentor-profile.entity';
import type { Offering } from './entities/offering.entity';

export function ratingOf(sum: number, count: number): { average: number | null; count: number } {
  // One decimal for display; computed from integers, never stored.
  return { average: count > 0 ? Math.round((sum * 10) / count) / 10 : null, count };
}

export function presentOffering(o: Offering): TOffering {
  return {
    id: o.id,
    title: o.title,
    description: o.description,
    durationMinutes: o.durationMinutes,
    priceAmount: o.priceAmount,
    currency: o.currency,
    bufferBeforeMinutes: o.bufferBeforeMinutes,
    bufferAfterMinutes: o.bufferAfterMinutes,
    minimumNoticeMinutes: o.minimumNoticeMinutes,
    active: o.active,
  };
}

export type ProfileFields = Pick<
  MentorProfile,
  | 'id'
  | 'slug'
  | 'userId'
  | 'displayName'
  | 'headline'
  | 'bio'
  | 'expertise'
  | 'languages'
  | 'timezone'
  | 'yearsExperience'
  | 'photoUrl'
  | 'meetingUrl'
  | 'calcomLink'
  | 'status'
  | 'rejectionReason'
  | 'ratingSum'
  | 'ratingCount'
>;

/**
 * The profile as the contract shows it. The bio is Markdown, rendered and sanitised into
 * `bioHtml`. `owner` views (the mentor themself, admins) also carry the rejection reason.
 */
export function presentMentorProfile(
  p: ProfileFields,
  options: { offerings?: Offering[]; owner?: boolean } = {},
): TMentorProfile {
  return {
    id: p.id,
    slug: p.slug,
    userId: p.userId,
    name: p.displayName,
    headline: p.headline,
    bio: p.bio,
    bioHtml: renderMarkdown(p.bio, { images: false }),
    expertise: p.expertise,
    languages: p.languages,
    timezone: p.timezone,
    yearsExperience: p.yearsExperience,
    photoUrl: p.photoUrl,
    meetingUrl: p.meetingUrl,
    calcomLink: p.calcomLink,
    status: p.status,
    ...(options.owner ? { rejectionReason: p.rejectionReason } : {}),
    rating: ratingOf(p.ratingSum, p.ratingCount),
    ...(options.offerings ? { offerings: options.offerings.map(presentOffering) } : {}),
  };
}

/** A `mentor_profiles` row as raw SQL returns it (snake_case). */
export interface ProfileRow {
  id: string;
  slug: string;
  user_id: string;
  display_name: string;
  headline: string;
  bio: string;
  expertise: string[];
  languages: string[];
  timezone: string;
  years_experience: number | null;
  photo_url: string | null;
  meeting_url: string | null;
  calcom_link: string | null;
  status: MentorProfile['status'];
  rejection_reason: string | null;
  rating_sum: number;
  rating_count: number;
  approved_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function fieldsOfRow(r: ProfileRow): ProfileFields {
  return {
    id: r.id,
    slug: r.slug,
    userId: r.user_id,
    displayName: r.display_name,
    headline: r.headline,
    bio: r.bio,
    expertise: r.expertise,
    languages: r.languages,
    timezone: r.timezone,
    yearsExperience: r.years_experience,
    photoUrl: r.photo_url,
    meetingUrl: r.meeting_url,
    calcomLink: r.calcom_link,
    status: r.status,
    rejectionReason: r.rejection_reason,
    ratingSum: r.rating_sum,
    ratingCount: r.rating_count,
  };
}

export function presentApplication(r: ProfileRow & { email: string }): TMentorApplication {
  return {
    ...presentMentorProfile(fieldsOfRow(r), { owner: true }),
    email: r.email,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    approvedAt: r.approved_at ? r.approved_at.toISOString() : null,
  };
}

/** A search result row (see mentor-search.sql.ts). */
export interface SummaryRow {
  id: string;
  slug: string;
  display_name: string;
  headline: string;
  expertise: string[];
  languages: string[];
  timezone: string;
  photo_url: string | null;
  years_experience: number | null;
  rating_sum: number;
  rating_count: number;
  price_from_amount: number | null;
  price_from_currency: string | null;
  sort_key: string;
}

export function presentSummary(r: SummaryRow): TMentorSummary {
  return {
    id: r.id,
    slug: r.slug,
    name: r.display_name,
    headline: r.headline,
    expertise: r.expertise,
    languages: r.languages,
    timezone: r.timezone,
    photoUrl: r.photo_url,
    yearsExperience: r.years_experience,
    rating: ratingOf(r.rating_sum, r.rating_count),
    priceFrom:
      r.price_from_amount !== null && r.price_from_currency
        ? { amount: r.price_from_amount, currency: r.price_from_currency }
        : null,
  };
}
