import type { TCreateOffering, TOffering, TUpdateOffering } from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { isUuid } from '../../common/keyset-cursor';
import { FreeSlotsService } from '../availability/free-slots.service';
import { Offering } from './entities/offering.entity';
import { presentOffering } from './mentors.presenter';
import { MentorsService } from './mentors.service';

/**
 * A mentor's own offerings (session types). Each change locks the mentor's profile row, so
 * changes of one mentor serialise; the profile's denormalised "price from" is then recomputed by
 * a trigger on `offerings`. Offerings are archived, never deleted: bookings reference them.
 */
@Injectable()
export class OfferingsService {
  constructor(
    private readonly db: DataSource,
    private readonly mentors: MentorsService,
    private readonly freeSlots: FreeSlotsService,
  ) {}

  async create(user: AuthUser, input: TCreateOffering): Promise<TOffering> {
    return this.db.transaction(async (m) => {
      const profile = await this.mentors.lockProfileOf(m, user.id);
      const repo = m.getRepository(Offering);
      const offering = await repo.save(
        repo.create({
          mentorId: profile.id,
          title: input.title,
          description: input.description ?? null,
          durationMinutes: input.durationMinutes,
          priceAmount: input.priceAmount,
          currency: input.currency,
          bufferBeforeMinutes: input.bufferBeforeMinutes ?? 0,
          bufferAfterMinutes: input.bufferAfterMinutes ?? 0,
          minimumNoticeMinutes: input.minimumNoticeMinutes ?? 720,
          active: input.active ?? true,
          archivedAt: null,
        }),
      );
      // Discovery by time uses the shortest active offering: recompute after any change.
      await this.freeSlots.requestRefresh(profile.id, m);
      return presentOffering(offering);
    });
  }

  /** The caller's offerings (active or not; archived ones are gone), oldest first. */
  async listMine(user: AuthUser): Promise<{ items: TOffering[] }> {
    const rows: { id: string }[] = await this.db.query('SELECT id FROM mentor_profiles WHERE user_id = $1', [
      user.id,
    ]);
    const mentorId = rows[0]?.id;
    if (!mentorId) throw AppError.notFound('Mentor profile');
    const offerings = await this.db.getRepository(Offering).find({
      where: { mentorId, archivedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { items: offerings.map(presentOffering) };
  }

  async update(user: AuthUser, id: string, input: TUpdateOffering): Promise<TOffering> {
    return this.db.transaction(async (m) => {
      const offering = await this.lockOwn(m, user.id, id);
      const repo = m.getRepository(Offering);
      repo.merge(offering, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.durationMinutes !== undefined ? { durationMinutes: input.durationMinutes } : {}),
        ...(input.priceAmount !== undefined ? { priceAmount: input.priceAmount } : {}),
        ...(input.currency !== undefined ? { currency: input.currency } : {}),
        ...(input.bufferBeforeMinutes !== undefined
          ? { bufferBeforeMinutes: input.bufferBeforeMinutes }
          : {}),
        ...(input.bufferAfterMinutes !== undefined ? { bufferAfterMinutes: input.bufferAfterMinutes } : {}),
        ...(input.minimumNoticeMinutes !== undefined
          ? { minimumNoticeMinutes: input.minimumNoticeMinutes }
          : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      });
      const saved = await repo.save(offering);
      await this.freeSlots.requestRefresh(saved.mentorId, m);
      return presentOffering(saved);
    });
  }

  /** Archives the offering: it disappears from every answer but stays for its bookings. */
  async archive(user: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const offering = await this.lockOwn(m, user.id, id);
      await m.getRepository(Offering).update({ id: offering.id }, { archivedAt: new Date(), active: false });
      await this.freeSlots.requestRefresh(offering.mentorId, m);
    });
  }

  /**
   * The offering when it belongs to the caller and is not archived, with the owner's profile
   * locked; 404 otherwise (another mentor's offering is indistinguishable from none).
   */
  private async lockOwn(m: EntityManager, userId: string, id: string): Promise<Offering> {
    if (!isUuid(id)) throw AppError.notFound('Offering');
    const rows: { id: string }[] = await m.query(
      `SELECT o.id FROM offerings o
         JOIN mentor_profiles p ON p.id = o.mentor_id
        WHERE o.id = $1 AND p.user_id = $2 AND o.archived_at IS NULL
        FOR NO KEY UPDATE OF p`,
      [id, userId],
    );
    if (!rows[0]) throw AppError.notFound('Offering');
    return m.getRepository(Offering).findOneByOrFail({ id });
  }
}
