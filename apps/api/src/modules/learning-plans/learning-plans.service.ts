import {
  isWithinPlan,
  localDateOf,
  PLAN_ITEMS_MAX,
  planEndsOn,
  type TCreateLearningPlan,
  type TCreatePlanItem,
  type TLearningPlan,
  type TLearningPlanSummary,
  type TPlanItem,
  type TUpdateLearningPlan,
  type TUpdatePlanItem,
} from '@ladder/domain';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertCanAccess } from '../../common/auth/access';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { type Limit, RateLimitService } from '../rate-limit/rate-limit.service';

/** Writes to plans and milestones per person: generous for real use, a wall for scripts. */
export const PLAN_WRITES_PER_USER: Limit = { name: 'learning-plans:user', limit: 300, windowSeconds: 3600 };

/** Booking statuses that make a mentee and a mentor a pair who may keep a plan. */
const PAIRING_STATUSES = ['confirmed', 'completed'];

interface PlanRow {
  id: string;
  mentee_id: string;
  mentor_id: string;
  mentor_user_id: string;
  mentee_name: string;
  mentor_name: string;
  mentor_slug: string;
  goal: string;
  starts_on: string;
  ends_on: string;
  timezone: string;
  done: number;
  total: number;
  created_at: Date;
  updated_at: Date;
}

interface ItemRow {
  id: string;
  title: string;
  due_on: string;
  notes: string;
  done_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const PLAN_SELECT = `
  SELECT lp.id, lp.mentee_id, lp.mentor_id, p.user_id AS mentor_user_id, me.name AS mentee_name,
         mu.name AS mentor_name, p.slug AS mentor_slug, lp.goal, lp.starts_on::text AS starts_on,
         lp.ends_on::text AS ends_on, lp.timezone, lp.created_at, lp.updated_at,
         (SELECT count(*)::int FROM learning_plan_items i WHERE i.plan_id = lp.id AND i.done_at IS NOT NULL) AS done,
         (SELECT count(*)::int FROM learning_plan_items i WHERE i.plan_id = lp.id) AS total
    FROM learning_plans lp
    JOIN users me ON me.id = lp.mentee_id
    JOIN mentor_profiles p ON p.id = lp.mentor_id
    JOIN users mu ON mu.id = p.user_id`;

const ITEM_COLUMNS = 'id, title, due_on::text AS due_on, notes, done_at, created_at, updated_at';

const presentSummary = (r: PlanRow): TLearningPlanSummary => ({
  id: r.id,
  menteeId: r.mentee_id,
  mentorId: r.mentor_id,
  mentee: { name: r.mentee_name },
  mentor: { name: r.mentor_name, slug: r.mentor_slug, userId: r.mentor_user_id },
  goal: r.goal,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  timezone: r.timezone,
  progress: { done: r.done, total: r.total },
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const presentItem = (r: ItemRow): TPlanItem => ({
  id: r.id,
  title: r.title,
  dueOn: r.due_on,
  notes: r.notes,
  done: r.done_at !== null,
  doneAt: r.done_at ? r.done_at.toISOString() : null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const outsidePlan = (plan: PlanRow) =>
  AppError.validation(
    [{ path: 'dueOn', message: `Pick a day of the plan, ${plan.starts_on} to ${plan.ends_on}` }],
    'The due date is outside the plan.',
  );

/**
 * The mentee's 90-day learning plan with one mentor: a goal and dated milestones. It belongs to
 * the pair, so the mentee and the mentor both edit it; everyone else, admins too, gets 404.
 */
@Injectable()
export class LearningPlansService {
  constructor(
    private readonly db: DataSource,
    private readonly limits: RateLimitService,
  ) {}

  /**
   * Starts the pair's plan today in the mentee's zone. One plan per pair (UQ_learning_plans_pair
   * decides races): a second one is 409 `plan_exists` with the existing plan's `planId`.
   */
  async create(user: AuthUser, body: TCreateLearningPlan): Promise<TLearningPlan> {
    await this.limits.hit(PLAN_WRITES_PER_USER, user.id);
    const rows: {
      mentee_id: string;
      mentor_id: string;
      mentor_user_id: string;
      mentee_timezone: string;
      paired: boolean;
    }[] = await this.db.query(
      `SELECT b.mentee_id, b.mentor_id, p.user_id AS mentor_user_id, me.timezone AS mentee_timezone,
              EXISTS (SELECT 1 FROM bookings x WHERE x.mentee_id = b.mentee_id AND x.mentor_id = b.mentor_id
                         AND x.status = ANY($2)) AS paired
         FROM bookings b
         JOIN mentor_profiles p ON p.id = b.mentor_id
         JOIN users me ON me.id = b.mentee_id
        WHERE b.id = $1`,
      [body.bookingId, PAIRING_STATUSES],
    );
    const booking = rows[0];
    assertCanAccess(user, booking, (b) => [b.mentee_id, b.mentor_user_id], 'Booking', { admin: false });
    if (!booking.paired) {
      throw AppError.unprocessable(
        'no_confirmed_session',
        'No confirmed session yet',
        'A learning plan starts once the mentee and mentor have a confirmed session.',
      );
    }
    const startsOn = localDateOf(new Date(), booking.mentee_timezone);
    const inserted: { id: string }[] = await this.db.query(
      `INSERT INTO learning_plans (mentee_id, mentor_id, goal, starts_on, ends_on, timezone, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (mentee_id, mentor_id) DO NOTHING RETURNING id`,
      [
        booking.mentee_id,
        booking.mentor_id,
        body.goal,
        startsOn,
        planEndsOn(startsOn),
        booking.mentee_timezone,
        user.id,
      ],
    );
    if (!inserted[0]) {
      const existing: { id: string }[] = await this.db.query(
        'SELECT id FROM learning_plans WHERE mentee_id = $1 AND mentor_id = $2',
        [booking.mentee_id, booking.mentor_id],
      );
      const planId = existing[0]?.id ?? '';
      throw new AppError(
        HttpStatus.CONFLICT,
        'plan_exists',
        'This pair already has a learning plan',
        `Open the existing plan (${planId}) instead.`,
        undefined,
        undefined,
        { planId },
      );
    }
    return this.get(user, inserted[0].id);
  }

  /** The caller's plans, as mentee or as mentor, most recently changed first. */
  async list(user: AuthUser): Promise<{ items: TLearningPlanSummary[] }> {
    const rows: PlanRow[] = await this.db.query(
      `${PLAN_SELECT} WHERE lp.mentee_id = $1 OR p.user_id = $1 ORDER BY lp.updated_at DESC, lp.id LIMIT 200`,
      [user.id],
    );
    return { items: rows.map(presentSummary) };
  }

  async get(user: AuthUser, id: string): Promise<TLearningPlan> {
    const plan = await this.load(this.db.manager, user, id);
    return this.withItems(this.db.manager, plan);
  }

  async update(user: AuthUser, id: string, body: TUpdateLearningPlan): Promise<TLearningPlan> {
    await this.limits.hit(PLAN_WRITES_PER_USER, user.id);
    return this.db.transaction(async (m) => {
      const plan = await this.load(m, user, id, true);
      if (body.goal !== undefined) {
        await m.query('UPDATE learning_plans SET goal = $2, updated_at = now() WHERE id = $1', [
          plan.id,
          body.goal,
        ]);
      }
      return this.withItems(m, await this.load(m, user, id));
    });
  }

  /** Adds a milestone due on a day of the plan; at most {@link PLAN_ITEMS_MAX} per plan. */
  async addItem(user: AuthUser, id: string, body: TCreatePlanItem): Promise<TPlanItem> {
    await this.limits.hit(PLAN_WRITES_PER_USER, user.id);
    return this.db.transaction(async (m) => {
      // The plan row's lock serialises additions, so the count below cannot be raced past.
      const plan = await this.load(m, user, id, true);
      if (!isWithinPlan(plan.starts_on, body.dueOn)) throw outsidePlan(plan);
      if (plan.total >= PLAN_ITEMS_MAX) {
        throw AppError.unprocessable(
          'too_many_items',
          'The plan is full',
          `A plan holds at most ${PLAN_ITEMS_MAX} milestones. Delete or merge some first.`,
        );
      }
      const rows: ItemRow[] = await m.query(
        `INSERT INTO learning_plan_items (plan_id, title, due_on, notes) VALUES ($1, $2, $3, $4)
         RETURNING ${ITEM_COLUMNS}`,
        [plan.id, body.title, body.dueOn, body.notes ?? ''],
      );
      await this.touch(m, plan.id);
      return presentItem(rows[0]!);
    });
  }

  /** Edits a milestone; `done: true` stamps `doneAt` (kept if already done), `false` clears it. */
  async updateItem(user: AuthUser, id: string, itemId: string, body: TUpdatePlanItem): Promise<TPlanItem> {
    await this.limits.hit(PLAN_WRITES_PER_USER, user.id);
    return this.db.transaction(async (m) => {
      const plan = await this.load(m, user, id, true);
      if (body.dueOn !== undefined && !isWithinPlan(plan.starts_on, body.dueOn)) throw outsidePlan(plan);
      const rows: ItemRow[] = await m.query(
        `WITH changed AS (
           UPDATE learning_plan_items SET
                  title = COALESCE($3, title),
                  due_on = COALESCE($4::date, due_on),
                  notes = COALESCE($5, notes),
                  done_at = CASE WHEN $6::boolean IS NULL THEN done_at
                                 WHEN $6 THEN COALESCE(done_at, now()) END,
                  updated_at = now()
            WHERE id = $2 AND plan_id = $1
           RETURNING ${ITEM_COLUMNS})
         SELECT * FROM changed`,
        [plan.id, itemId, body.title ?? null, body.dueOn ?? null, body.notes ?? null, body.done ?? null],
      );
      if (!rows[0]) throw AppError.notFound('Milestone');
      await this.touch(m, plan.id);
      return presentItem(rows[0]);
    });
  }

  async deleteItem(user: AuthUser, id: string, itemId: string): Promise<void> {
    await this.limits.hit(PLAN_WRITES_PER_USER, user.id);
    await this.db.transaction(async (m) => {
      const plan = await this.load(m, user, id, true);
      const rows: { id: string }[] = await m.query(
        `WITH gone AS (DELETE FROM learning_plan_items WHERE id = $2 AND plan_id = $1 RETURNING id)
         SELECT id FROM gone`,
        [plan.id, itemId],
      );
      if (!rows[0]) throw AppError.notFound('Milestone');
      await this.touch(m, plan.id);
    });
  }

  /** The plan as its mentee or mentor sees it; anyone else (admins too) gets 404. */
  private async load(m: EntityManager, user: AuthUser, id: string, lock = false): Promise<PlanRow> {
    if (lock) await m.query('SELECT 1 FROM learning_plans WHERE id = $1 FOR UPDATE', [id]);
    const rows: PlanRow[] = await m.query(`${PLAN_SELECT} WHERE lp.id = $1`, [id]);
    const plan = rows[0];
    assertCanAccess(user, plan, (p) => [p.mentee_id, p.mentor_user_id], 'Learning plan', { admin: false });
    return plan;
  }

  private async withItems(m: EntityManager, plan: PlanRow): Promise<TLearningPlan> {
    const items: ItemRow[] = await m.query(
      `SELECT ${ITEM_COLUMNS} FROM learning_plan_items WHERE plan_id = $1 ORDER BY due_on, created_at, id`,
      [plan.id],
    );
    return { ...presentSummary(plan), items: items.map(presentItem) };
  }

  private async touch(m: EntityManager, planId: string): Promise<void> {
    await m.query('UPDATE learning_plans SET updated_at = now() WHERE id = $1', [planId]);
  }
}
