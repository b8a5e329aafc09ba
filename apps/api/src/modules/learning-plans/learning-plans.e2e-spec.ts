import { addDays, localDateOf, PLAN_ITEMS_MAX } from '@ladder/domain';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';

describe('learning plans', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  interface Pair {
    mentee: Account;
    mentor: Account;
    mentorProfileId: string;
    bookingId: string;
  }

  /** A mentee (in `zone`) with a booking of a fresh mentor: free (confirmed) unless `price`. */
  async function pair(zone = 'UTC', price = 0): Promise<Pair> {
    const mentor = await makeBookableMentor(t, ALL_WEEK('Europe/Berlin'), [{ priceAmount: price }]);
    const mentee = await signUp(t.app.getHttpServer(), { timezone: zone });
    const res = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(5, 10)).expect(201);
    return { mentee, mentor: mentor.account, mentorProfileId: mentor.profileId, bookingId: res.body.id };
  }

  const create = (who: Account, bookingId: string, goal = 'Lead a cross-team project by spring') =>
    http().post('/api/v1/learning-plans').set(who.bearer).send({ bookingId, goal });

  it("starts the pair's plan today in the mentee's zone, 90 days long, for either person of the booking", async () => {
    // Kiritimati (UTC+14) is a day ahead of UTC for most of the day: the date is the mentee's.
    const p = await pair('Pacific/Kiritimati');
    const res = await create(p.mentor, p.bookingId).expect(201);
    const today = localDateOf(new Date(), 'Pacific/Kiritimati');
    expect(res.body).toEqual({
      id: expect.any(String),
      menteeId: p.mentee.id,
      mentorId: p.mentorProfileId,
      mentee: { name: p.mentee.name },
      mentor: { name: p.mentor.name, slug: expect.any(String), userId: p.mentor.id },
      goal: 'Lead a cross-team project by spring',
      startsOn: today,
      endsOn: addDays(today, 89),
      timezone: 'Pacific/Kiritimati',
      progress: { done: 0, total: 0 },
      items: [],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    // Both see it, in their lists and by id.
    for (const who of [p.mentee, p.mentor]) {
      await http().get(`/api/v1/learning-plans/${res.body.id}`).set(who.bearer).expect(200);
      const list = await http().get('/api/v1/learning-plans').set(who.bearer).expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
    }
  });

  it('keeps one plan per pair: a second create is 409 plan_exists naming the plan, even under concurrency', async () => {
    const p = await pair();
    const results = await Promise.all([
      create(p.mentee, p.bookingId),
      create(p.mentor, p.bookingId),
      create(p.mentee, p.bookingId),
      create(p.mentor, p.bookingId),
    ]);
    const created = results.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    const conflicts = results.filter((r) => r.status === 409);
    expect(conflicts).toHaveLength(3);
    for (const r of conflicts)
      expect(r.body).toMatchObject({ code: 'plan_exists', planId: created[0]!.body.id });
    const rows = await t.db.query('SELECT count(*)::int AS n FROM learning_plans WHERE mentee_id = $1', [
      p.mentee.id,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('needs a confirmed or completed session of the pair; a held or cancelled one is 422', async () => {
    const held = await pair('UTC', 5000);
    const res = await create(held.mentee, held.bookingId).expect(422);
    expect(res.body.code).toBe('no_confirmed_session');

    const cancelled = await pair();
    await http().post(`/api/v1/bookings/${cancelled.bookingId}/cancel`).set(cancelled.mentee.bearer).send({});
    expect((await create(cancelled.mentee, cancelled.bookingId).expect(422)).body.code).toBe(
      'no_confirmed_session',
    );

    // A completed session qualifies, whatever its source.
    const done = await pair();
    await t.db.query(
      `UPDATE bookings SET status = 'completed', source = 'calcom', external_uid = 'cal-' || id WHERE id = $1`,
      [done.bookingId],
    );
    await create(done.mentee, done.bookingId).expect(201);
  });

  it('answers 404 to anyone but the pair, admins included, and 400 to unknown or bad fields', async () => {
    const p = await pair();
    const stranger = await signUp(t.app.getHttpServer());
    const admin = await signInAdmin(t);
    for (const who of [stranger, admin]) await create(who, p.bookingId).expect(404);
    const plan = (await create(p.mentee, p.bookingId).expect(201)).body;
    const item = (
      await http()
        .post(`/api/v1/learning-plans/${plan.id}/items`)
        .set(p.mentee.bearer)
        .send({ title: 'Pair on a refactor', dueOn: plan.startsOn })
        .expect(201)
    ).body;
    for (const who of [stranger, admin]) {
      for (const req of [
        http().get(`/api/v1/learning-plans/${plan.id}`),
        http().patch(`/api/v1/learning-plans/${plan.id}`).send({ goal: 'Mine now' }),
        http().post(`/api/v1/learning-plans/${plan.id}/items`).send({ title: 'x', dueOn: plan.startsOn }),
        http().patch(`/api/v1/learning-plans/${plan.id}/items/${item.id}`).send({ done: true }),
        http().delete(`/api/v1/learning-plans/${plan.id}/items/${item.id}`),
      ]) {
        const res = await req.set(who.bearer);
        expect(res.status).toBe(404);
      }
      const list = await http().get('/api/v1/learning-plans').set(who.bearer).expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(plan.id);
    }
    await http().get('/api/v1/learning-plans/not-a-uuid').set(p.mentee.bearer).expect(404);

    const bad = [
      { bookingId: p.bookingId, goal: 'x', extra: true },
      { bookingId: p.bookingId, goal: '   ' },
      { bookingId: p.bookingId, goal: 'x'.repeat(501) },
      { bookingId: 'nope', goal: 'x' },
    ];
    for (const body of bad) {
      const res = await http().post('/api/v1/learning-plans').set(p.mentee.bearer).send(body).expect(400);
      expect(res.body.code).toBe('validation_failed');
    }
    for (const body of [
      { title: 'x', dueOn: plan.startsOn, priority: 1 },
      { title: '', dueOn: plan.startsOn },
      { title: 'x'.repeat(201), dueOn: plan.startsOn },
      { title: 'x', dueOn: '2026-02-30' },
      { title: 'x', dueOn: plan.startsOn, notes: 'n'.repeat(2001) },
    ]) {
      await http()
        .post(`/api/v1/learning-plans/${plan.id}/items`)
        .set(p.mentor.bearer)
        .send(body)
        .expect(400);
    }
    await http()
      .patch(`/api/v1/learning-plans/${plan.id}/items/${item.id}`)
      .set(p.mentor.bearer)
      .send({ done: 'yes' })
      .expect(400);
    await http()
      .patch(`/api/v1/learning-plans/${plan.id}`)
      .set(p.mentor.bearer)
      .send({ owner: 'x' })
      .expect(400);
  });

  it('lets both people add, edit, tick and delete milestones within the 90 days, with progress', async () => {
    const p = await pair();
    const plan = (await create(p.mentee, p.bookingId).expect(201)).body;
    const items = `/api/v1/learning-plans/${plan.id}/items`;

    // Outside the plan: 400 naming dueOn.
    for (const dueOn of [addDays(plan.startsOn, -1), addDays(plan.endsOn, 1)]) {
      const res = await http()
        .post(items)
        .set(p.mentee.bearer)
        .send({ title: 'Too late', dueOn })
        .expect(400);
      expect(res.body.errors).toEqual([{ path: 'dueOn', message: expect.stringContaining(plan.endsOn) }]);
    }
    const first = await http()
      .post(items)
      .set(p.mentor.bearer)
      .send({ title: '  Read "Staff Engineer"  ', dueOn: plan.endsOn, notes: 'Chapters 1-4' })
      .expect(201);
    expect(first.body).toMatchObject({
      title: 'Read "Staff Engineer"',
      dueOn: plan.endsOn,
      notes: 'Chapters 1-4',
      done: false,
      doneAt: null,
    });
    const second = await http()
      .post(items)
      .set(p.mentee.bearer)
      .send({ title: 'Write a design doc', dueOn: addDays(plan.startsOn, 10) })
      .expect(201);
    expect(second.body.notes).toBe('');

    // The mentee ticks the mentor's milestone: doneAt stamped and kept on a second tick.
    const ticked = await http()
      .patch(`${items}/${first.body.id}`)
      .set(p.mentee.bearer)
      .send({ done: true })
      .expect(200);
    expect(ticked.body.done).toBe(true);
    expect(Date.parse(ticked.body.doneAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = await http().patch(`${items}/${first.body.id}`).set(p.mentor.bearer).send({ done: true });
    expect(again.body.doneAt).toBe(ticked.body.doneAt);

    // By due date, with progress, for both.
    for (const who of [p.mentee, p.mentor]) {
      const got = await http().get(`/api/v1/learning-plans/${plan.id}`).set(who.bearer).expect(200);
      expect(got.body.items.map((i: { title: string }) => i.title)).toEqual([
        'Write a design doc',
        'Read "Staff Engineer"',
      ]);
      expect(got.body.progress).toEqual({ done: 1, total: 2 });
    }
    const list = await http().get('/api/v1/learning-plans').set(p.mentor.bearer).expect(200);
    expect(list.body.items.find((i: { id: string }) => i.id === plan.id).progress).toEqual({
      done: 1,
      total: 2,
    });

    // Edit, untick, move within the plan (not outside it), change the goal.
    const edited = await http()
      .patch(`${items}/${first.body.id}`)
      .set(p.mentor.bearer)
      .send({ title: 'Read two chapters', dueOn: plan.startsOn, notes: '', done: false })
      .expect(200);
    expect(edited.body).toMatchObject({
      title: 'Read two chapters',
      dueOn: plan.startsOn,
      notes: '',
      done: false,
      doneAt: null,
    });
    await http()
      .patch(`${items}/${first.body.id}`)
      .set(p.mentor.bearer)
      .send({ dueOn: addDays(plan.endsOn, 1) })
      .expect(400);
    const goal = await http()
      .patch(`/api/v1/learning-plans/${plan.id}`)
      .set(p.mentee.bearer)
      .send({ goal: 'Ship the migration' })
      .expect(200);
    expect(goal.body.goal).toBe('Ship the migration');
    expect(goal.body.items).toHaveLength(2);

    // Delete; a second delete, and another plan's item through this plan, are 404.
    await http().delete(`${items}/${second.body.id}`).set(p.mentee.bearer).expect(204);
    await http().delete(`${items}/${second.body.id}`).set(p.mentee.bearer).expect(404);
    const other = await pair();
    const otherPlan = (await create(other.mentee, other.bookingId).expect(201)).body;
    const foreign = await http()
      .post(`/api/v1/learning-plans/${otherPlan.id}/items`)
      .set(other.mentee.bearer)
      .send({ title: 'Theirs', dueOn: otherPlan.startsOn })
      .expect(201);
    await http().patch(`${items}/${foreign.body.id}`).set(p.mentee.bearer).send({ done: true }).expect(404);
    await http().delete(`${items}/${foreign.body.id}`).set(p.mentee.bearer).expect(404);
    const after = await http().get(`/api/v1/learning-plans/${plan.id}`).set(p.mentee.bearer).expect(200);
    expect(after.body.progress).toEqual({ done: 0, total: 1 });
  });

  it(`holds at most ${PLAN_ITEMS_MAX} milestones, even when added concurrently`, async () => {
    const p = await pair();
    const plan = (await create(p.mentee, p.bookingId).expect(201)).body;
    await t.db.query(
      `INSERT INTO learning_plan_items (plan_id, title, due_on)
       SELECT $1, 'Milestone ' || n, $2::date FROM generate_series(1, $3::int) AS n`,
      [plan.id, plan.startsOn, PLAN_ITEMS_MAX - 3],
    );
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        http()
          .post(`/api/v1/learning-plans/${plan.id}/items`)
          .set(i % 2 ? p.mentor.bearer : p.mentee.bearer)
          .send({ title: `Late idea ${i}`, dueOn: plan.startsOn }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 422, 422, 422]);
    expect(results.find((r) => r.status === 422)!.body.code).toBe('too_many_items');
    const got = await http().get(`/api/v1/learning-plans/${plan.id}`).set(p.mentee.bearer).expect(200);
    expect(got.body.progress.total).toBe(PLAN_ITEMS_MAX);
  });
});
