import type { TMentorProfile, TOffering } from '@ladder/domain';
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

export function presentMentorProfile(p: MentorProfile, name: string, offerings?: Offering[]): TMentorProfile {
  return {
    id: p.id,
    slug: p.slug,
    userId: p.userId,
    name,
    headline: p.headline,
    bio: p.bio,
    bioHtml: renderMarkdown(p.bio),
    expertise: p.expertise,
    languages: p.languages,
    timezone: p.timezone,
    yearsExperience: p.yearsExperience,
    photoUrl: p.photoUrl,
    meetingUrl: p.meetingUrl,
    calcomLink: p.calcomLink,
    status: p.status,
    rating: ratingOf(p.ratingSum, p.ratingCount),
    ...(offerings ? { offerings: offerings.map(presentOffering) } : {}),
  };
}
