import { computeSlots, type TPutAvailability, type TSlotsQuery, type TSlotsResponse } from '@ladder/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { Availability } from './entities/availability.entity';
import { FreeSlotsService } from './free-slots.service';
import {
  OFFERING_COLUMNS,
  type OfferingRow,
  type SlotContextJson,
  slotContextSql,
  toSlotInput,
} from './slot-context';

export type TStoredAvailability = Required<Omit<TPutAvailability, 'dailyCap'>> & {
  dailyCap: number | null;
  updatedAt: string | null;
};

@Injectable()
export class AvailabilityService {
  constructor(
    private readonly db: DataSource,
    private readonly freeSlots: FreeSlotsService,
  ) {}

  async get(userId: string): Promise<TStoredAvailability> {
    const mentor = await this.mentorOf(userId);
    const row = await this.db.getRepository(Availability).findOneBy({ mentorId: mentor.id });
    if (!row)
      return {
        timezone: mentor.timezone,
        weekly: [],
        overrides: [],
        horizonDays: 60,
        dailyCap: null,
        updatedAt: null,
      };
    return present(row);
  }

  /** Replaces the mentor's availability; discovery learns of it through a queued refresh. */
  async put(userId: string, body: TPutAvailability): Promise<TStoredAvailability> {
    const mentor = await this.mentorOf(userId);
    return this.db.transaction(async (m) => {
      const sortByTime = <T extends { start: string }>(a: T, b: T) => a.start.localeCompare(b.start);
      await m.upsert(
        Availability,
        {
          mentorId: mentor.id,
          timezone: body.timezone,
          weekly: [...body.weekly].sort((a, b) => a.weekday - b.weekday || sortByTime(a, b)),
          overrides: [...body.overrides]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((o) => ({ ...o, intervals: [...o.intervals].sort(sortByTime) })),
          horizonDays: body.horizonDays ?? 60,
          dailyCap: body.dailyCap ?? null,
        },
        ['mentorId'],
      );
      await this.freeSlots.requestRefresh(mentor.id, m);
      return present(await m.getRepository(Availability).findOneByOrFail({ mentorId: mentor.id }));
    });
  }

  /** Free slots of an approved mentor's offering (CONTRACT.md "Slots"). */
  async slots(slug: string, query: TSlotsQuery): Promise<TSlotsResponse> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    // One statement: the mentor, the offering, availability and blocked ranges.
    const rows: (OfferingRow & { timezone: string; ctx: SlotContextJson | null })[] = await this.db.query(
      `SELECT ${OFFERING_COLUMNS}, p.timezone, ${slotContextSql('p.id', '$3', '$4', 'NULL')} AS ctx
         FROM mentor_profiles p
         JOIN users u ON u.id = p.user_id
         LEFT JOIN offerings o ON o.mentor_id = p.id AND o.id = $2 AND o.active AND o.archived_at IS NULL
        WHERE p.slug = $1 AND p.status = 'approved' AND p.hidden_at IS NULL AND u.suspended_at IS NULL`,
      [slug, query.offeringId, from, to],
    );
    const row = rows[0];
    if (!row) throw AppError.notFound('Mentor');
    if (!row.id) throw AppError.notFound('Offering');
    const input = toSlotInput(row, row.ctx);
    if (!input) return { timezone: row.timezone, slots: [] };
    return { timezone: input.timezone, slots: computeSlots({ ...input, from, to }) };
  }

  private async mentorOf(userId: string): Promise<{ id: string; timezone: string }> {
    const rows: { id: string; timezone: string }[] = await this.db.query(
      'SELECT id, timezone FROM mentor_profiles WHERE user_id = $1',
      [userId],
    );
    if (!rows[0]) throw AppError.notFound('Mentor profile', 'Create your mentor profile first.');
    return rows[0];
  }
}

function present(a: Availability): TStoredAvailability {
  return {
    timezone: a.timezone,
    weekly: a.weekly,
    overrides: a.overrides,
    horizonDays: a.horizonDays,
    dailyCap: a.dailyCap,
    updatedAt: a.updatedAt.toISOString(),
  };
}
