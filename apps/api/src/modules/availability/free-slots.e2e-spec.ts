import { createTestApp, type TestApp } from '../../../test/app';
import { signUp } from '../../../test/auth-helpers';
import { book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { waitFor } from '../../../test/wait';
import { FreeSlotsService } from './free-slots.service';

describe('precomputed free slots for discovery', () => {
  let t: TestApp;
  let freeSlots: FreeSlotsService;
  beforeAll(async () => {
    t = await createTestApp();
    freeSlots = t.app.get(FreeSlotsService);
  });
  afterAll(() => t.close());

  const nextFree = async (mentorId: string): Promise<string | null> => {
    const rows = await t.db.query('SELECT next_free_slot_at FROM mentor_profiles WHERE id = $1', [mentorId]);
    return rows[0].next_free_slot_at ? new Date(rows[0].next_free_slot_at).toISOString() : null;
  };

  it('is refreshed by a queued job after availability changes, and follows bookings', async () => {
    const day = new Date(utcSlot(2, 0));
    const mentor = await makeBookableMentor(t, {
      timezone: 'UTC',
      weekly: [],
      overrides: [{ date: day.toISOString().slice(0, 10), intervals: [{ start: '10:00', end: '12:00' }] }],
    });
    // The PUT queued a refresh in its transaction; the worker in this app runs it.
    await waitFor('the first refresh', async () => (await nextFree(mentor.profileId)) === utcSlot(2, 10));
    const rows = await t.db.query(
      'SELECT starts_at FROM mentor_free_slots WHERE mentor_id = $1 ORDER BY starts_at',
      [mentor.profileId],
    );
    expect(rows.map((r: { starts_at: Date }) => r.starts_at.toISOString())).toEqual([
      utcSlot(2, 10),
      utcSlot(2, 11),
    ]);

    await book(t, await signUp(t.app.getHttpServer()), mentor.offeringIds[0]!, utcSlot(2, 10)).expect(201);
    await waitFor(
      'the refresh after a booking',
      async () => (await nextFree(mentor.profileId)) === utcSlot(2, 11),
    );
  });

  it('clears everything for a mentor without availability or offerings', async () => {
    const mentor = await makeBookableMentor(t, { timezone: 'UTC', weekly: [], overrides: [] });
    await expect(freeSlots.refresh(mentor.profileId)).resolves.toBe(0);
    expect(await nextFree(mentor.profileId)).toBeNull();
  });

  it('sweeps every mentor with availability through per-mentor jobs', async () => {
    const day = new Date(utcSlot(3, 0)).toISOString().slice(0, 10);
    const mentor = await makeBookableMentor(t, {
      timezone: 'UTC',
      weekly: [],
      overrides: [{ date: day, intervals: [{ start: '08:00', end: '09:00' }] }],
    });
    await waitFor(
      'the refresh queued by the PUT',
      async () => (await nextFree(mentor.profileId)) === utcSlot(3, 8),
    );
    // Pretend time moved on and the stored value is stale: the sweep puts it right.
    await t.db.query('UPDATE mentor_profiles SET next_free_slot_at = NULL WHERE id = $1', [mentor.profileId]);
    await t.db.query('DELETE FROM mentor_free_slots WHERE mentor_id = $1', [mentor.profileId]);
    await expect(freeSlots.refreshAll()).resolves.toBeGreaterThan(0);
    // The sweep queued this mentor's refresh (deterministic)…
    const queued = await t.db.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'discovery.refresh-mentor' AND singleton_key = $1
          AND state IN ('created', 'active', 'completed') AND created_on >= now() - interval '5 minutes'`,
      [mentor.profileId],
    );
    expect(queued[0].n).toBeGreaterThan(0);
    // …and a worker runs it. The sweep covers every mentor the earlier suites left in this shared
    // database (hundreds of refreshes of 60-day, all-week availability), so allow it time.
    await waitFor(
      'the swept refresh',
      async () => (await nextFree(mentor.profileId)) === utcSlot(3, 8),
      120_000,
      250,
    );
  }, 150_000);
});
