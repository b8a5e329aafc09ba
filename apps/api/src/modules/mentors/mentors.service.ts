import type { TListMentorsQuery, TMentorProfile, TMentorSummary, TPage } from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { decodeCursor, encodeCursor } from '../../common/pagination';
import { MentorProfile } from './entities/mentor-profile.entity';
import { Offering } from './entities/offering.entity';
import { presentMentorProfile, ratingOf } from './mentors.presenter';

interface SummaryRow {
  id: string;
  slug: string;
  name: string;
  headline: string;
  expertise: string[];
  languages: string[];
  timezone: string;
  photo_url: string | null;
  years_experience: number | null;
  rating_sum: number;
  rating_count: number;
  price_from: number | null;
  price_currency: string | null;
  sort_key: string;
}

const NO_PRICE = 2_147_483_647;

@Injectable()
export class MentorsService {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(MentorProfile) private readonly profiles: Repository<MentorProfile>,
    @InjectRepository(Offering) private readonly offerings: Repository<Offering>,
  ) {}

  /** Approved, visible mentors, filtered and keyset-paginated. */
  async list(query: TListMentorsQuery): Promise<TPage<TMentorSummary>> {
    const limit = query.limit ?? 20;
    const sort = query.sort ?? 'relevance';
    const cursor = decodeCursor(query.cursor);
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const where = [`m.status = 'approved'`, 'm.hidden_at IS NULL', 'u.suspended_at IS NULL'];
    if (query.q) {
      const like = p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(
        `(u.name ILIKE ${like} OR m.headline ILIKE ${like} OR array_to_string(m.expertise, ' ') ILIKE ${like})`,
      );
    }
    const expertise = [query.expertise ?? []].flat().filter(Boolean);
    if (expertise.length) where.push(`m.expertise && ${p(expertise)}::text[]`);
    if (query.language)
      where.push(`${p(query.language.toLowerCase())} = ANY(SELECT lower(l) FROM unnest(m.languages) l)`);
    if (query.minRating)
      where.push(`m.rating_count > 0 AND m.rating_sum >= ${p(query.minRating)} * m.rating_count`);
    if (query.minPrice !== undefined) where.push(`pr.price_from >= ${p(query.minPrice)}`);
    if (query.maxPrice !== undefined) where.push(`pr.price_from <= ${p(query.maxPrice)}`);

    // Sort keys are integers so a keyset cursor compares exactly.
    const byPrice = sort === 'price';
    const sortKey = byPrice
      ? `COALESCE(pr.price_from, ${NO_PRICE})`
      : 'COALESCE((m.rating_sum * 1000) / NULLIF(m.rating_count, 0), -1)';
    if (cursor) {
      const k = p(Number(cursor.k));
      const id = p(cursor.id);
      where.push(
        byPrice
          ? `(${sortKey}, m.id) > (${k}, ${id}::uuid)`
          : `(${sortKey} < ${k} OR (${sortKey} = ${k} AND m.id > ${id}::uuid))`,
      );
    }
    const order = byPrice ? `${sortKey} ASC, m.id ASC` : `${sortKey} DESC, m.id ASC`;
    const rows: SummaryRow[] = await this.db.query(
      `SELECT m.id, m.slug, u.name, m.headline, m.expertise, m.languages, m.timezone, m.photo_url,
              m.years_experience, m.rating_sum, m.rating_count, pr.price_from, pr.price_currency,
              ${sortKey} AS sort_key
         FROM mentor_profiles m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN LATERAL (
           SELECT o.price_amount AS price_from, o.currency AS price_currency
             FROM offerings o WHERE o.mentor_id = m.id AND o.active
            ORDER BY o.price_amount ASC LIMIT 1
         ) pr ON true
        WHERE ${where.join(' AND ')}
        ORDER BY ${order}
        LIMIT ${p(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toSummary),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ k: Number(last.sort_key), id: last.id }) : null,
    };
  }

  async getPublicBySlug(slug: string): Promise<TMentorProfile> {
    const profile = await this.profiles.findOne({
      where: { slug, status: 'approved', hiddenAt: IsNull() },
      relations: { user: true },
    });
    if (!profile?.user || profile.user.suspendedAt) throw AppError.notFound('Mentor');
    const offerings = await this.offerings.find({
      where: { mentorId: profile.id, active: true },
      order: { priceAmount: 'ASC', durationMinutes: 'ASC' },
    });
    return presentMentorProfile(profile, profile.user.name, offerings);
  }
}

function toSummary(r: SummaryRow): TMentorSummary {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    headline: r.headline,
    expertise: r.expertise,
    languages: r.languages,
    timezone: r.timezone,
    photoUrl: r.photo_url,
    yearsExperience: r.years_experience,
    rating: ratingOf(r.rating_sum, r.rating_count),
    priceFrom:
      r.price_from !== null && r.price_currency ? { amount: r.price_from, currency: r.price_currency } : null,
  };
}
