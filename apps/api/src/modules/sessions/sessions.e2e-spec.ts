import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';

describe('after the session: notes and reviews', () => {
  let t: TestApp;
  let admin: Account;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '8' });
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());

  /** A free (confirmed) booking of a fresh mentor by a fresh mentee, `days` ahead. */
  async function session(days = 12, hour = 10) {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const mentee = await signUp(t.app.getHttpServer());
    const res = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(days, hour)).expect(201);
    return { mentor, mentee, bookingId: res.body.id as string };
  }

  /** Moves a booking so that it started `minutes` ago (the clock is real; the row is what counts). */
  async function startedAgo(bookingId: string, minutes = 90): Promise<void> {
    await t.db.query(
      `UPDATE bookings SET starts_at = now() - make_interval(mins => $2), ends_at = now() - make_interval(mins => $2 - 60),
              blocked_range = tstzrange(now() - make_interval(mins => $2), now() - make_interval(mins => $2 - 60))
        WHERE id = $1`,
      [bookingId, minutes],
    );
  }

  const review = (who: Account, bookingId: string, body: object) =>
    http().post(`/api/v1/bookings/${bookingId}/review`).set(who.bearer).send(body);

  describe('notes', () => {
    it("shows the mentor everything and the mentee never the mentor's private notes", async () => {
      const { mentor, mentee, bookingId } = await session();
      const path = `/api/v1/bookings/${bookingId}/notes`;
      const priv = await http()
        .post(path)
        .set(mentor.account.bearer)
        .send({ body: '  Mentee wants to move to staff; push on scope.  ', visibility: 'private' })
        .expect(201);
      expect(priv.body).toEqual({
        id: expect.any(String),
        bookingId,
        authorId: mentor.account.id,
        authorRole: 'mentor',
        visibility: 'private',
        body: 'Mentee wants to move to staff; push on scope.',
        createdAt: expect.any(String),
        updatedAt: priv.body.createdAt,
      });
      await http()
        .post(path)
        .set(mentor.account.bearer)
        .send({ body: 'Read "Staff Engineer" ch. 2', visibility: 'shared' })
        .expect(201);
      const mine = await http()
        .post(path)
        .set(mentee.bearer)
        .send({ body: '<b>Questions</b> about promotion', visibility: 'shared' })
        .expect(201);
      expect(mine.body).toMatchObject({ authorRole: 'mentee', visibility: 'shared', authorId: mentee.id });

      const forMentor = await http().get(path).set(mentor.account.bearer).expect(200);
      expect(forMentor.body.items.map((n: { visibility: string }) => n.visibility)).toEqual([
        'private',
        'shared',
        'shared',
      ]);
      const forMentee = await http().get(path).set(mentee.bearer).expect(200);
      expect(forMentee.body.items).toHaveLength(2);
      expect(forMentee.body.items.every((n: { visibility: string }) => n.visibility === 'shared')).toBe(true);
      expect(JSON.stringify(forMentee.body)).not.toContain('push on scope');
    });

    it('refuses a private note from the mentee (422 private_note_not_allowed)', async () => {
      const { mentee, bookingId } = await session();
      const res = await http()
        .post(`/api/v1/bookings/${bookingId}/notes`)
        .set(mentee.bearer)
        .send({ body: 'Just for me', visibility: 'private' })
        .expect(422);
      expect(res.body.code).toBe('private_note_not_allowed');
      const list = await http().get(`/api/v1/bookings/${bookingId}/notes`).set(mentee.bearer).expect(200);
      expect(list.body.items).toEqual([]);
    });

    it('refuses notes on a hold that expired (422 booking_expired), swept or not yet', async () => {
      const paid = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 5_000 }]);
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, paid.offeringIds[0]!, utcSlot(16, 9)).expect(201);
      expect(held.body.status).toBe('held');
      const path = `/api/v1/bookings/${held.body.id}/notes`;
      const note = { body: 'Questions for the session', visibility: 'shared' };
      // A live hold still takes notes.
      await http().post(path).set(mentee.bearer).send(note).expect(201);

      // Past its hold_expires_at but not yet swept to `expired`.
      await t.db.query(`UPDATE bookings SET hold_expires_at = now() - interval '1 minute' WHERE id = $1`, [
        held.body.id,
      ]);
      const lapsed = await http().post(path).set(mentee.bearer).send(note).expect(422);
      expect(lapsed.body.code).toBe('booking_expired');

      await t.db.query(`UPDATE bookings SET status = 'expired' WHERE id = $1`, [held.body.id]);
      for (const who of [mentee, paid.account]) {
        const res = await http().post(path).set(who.bearer).send(note).expect(422);
        expect(res.body.code).toBe('booking_expired');
      }
      const list = await http().get(path).set(mentee.bearer).expect(200);
      expect(list.body.items).toHaveLength(1);
      // Strangers still get 404, not a hint that the booking exists.
      const stranger = await signUp(t.app.getHttpServer());
      await http().post(path).set(stranger.bearer).send(note).expect(404);
    });

    it('answers 404 to strangers and admins, and to unknown bookings', async () => {
      const { mentor, bookingId } = await session();
      await http()
        .post(`/api/v1/bookings/${bookingId}/notes`)
        .set(mentor.account.bearer)
        .send({ body: 'Private thoughts', visibility: 'private' })
        .expect(201);
      const stranger = await signUp(t.app.getHttpServer());
      for (const who of [stranger, admin]) {
        await http().get(`/api/v1/bookings/${bookingId}/notes`).set(who.bearer).expect(404);
        await http()
          .post(`/api/v1/bookings/${bookingId}/notes`)
          .set(who.bearer)
          .send({ body: 'Hello', visibility: 'shared' })
          .expect(404);
      }
      await http()
        .get('/api/v1/bookings/00000000-0000-4000-8000-000000000000/notes')
        .set(stranger.bearer)
        .expect(404);
      await http().get('/api/v1/bookings/not-a-uuid/notes').set(stranger.bearer).expect(404);
      await http().get(`/api/v1/bookings/${bookingId}/notes`).expect(401);
    });

    it('validates the body: trimmed 1..5000 characters, known visibility, no unknown fields', async () => {
      const { mentor, bookingId } = await session();
      const post = (body: object) =>
        http().post(`/api/v1/bookings/${bookingId}/notes`).set(mentor.account.bearer).send(body);
      for (const body of [
        { body: '   ', visibility: 'shared' },
        { body: 'x'.repeat(5001), visibility: 'shared' },
        { body: 'Fine', visibility: 'public' },
        { body: 'Fine' },
        { body: 'Fine', visibility: 'shared', authorId: mentor.account.id },
      ]) {
        const res = await post(body).expect(400);
        expect(res.body.code).toBe('validation_failed');
      }
      await post({ body: 'x'.repeat(5000), visibility: 'shared' }).expect(201);
    });
  });

  describe('editing and deleting notes', () => {
    const note = (who: Account, bookingId: string, body: object) =>
      http().post(`/api/v1/bookings/${bookingId}/notes`).set(who.bearer).send(body).expect(201);
    const patch = (who: Account, bookingId: string, noteId: string, body: object) =>
      http().patch(`/api/v1/bookings/${bookingId}/notes/${noteId}`).set(who.bearer).send(body);
    const remove = (who: Account, bookingId: string, noteId: string) =>
      http().delete(`/api/v1/bookings/${bookingId}/notes/${noteId}`).set(who.bearer);
    const list = async (who: Account, bookingId: string) =>
      (await http().get(`/api/v1/bookings/${bookingId}/notes`).set(who.bearer).expect(200)).body.items;

    it('lets the author fix the text and the mentor change the visibility', async () => {
      const { mentor, mentee, bookingId } = await session();
      const created = (await note(mentor.account, bookingId, { body: 'Reda ch. 2', visibility: 'private' }))
        .body;
      const fixed = await patch(mentor.account, bookingId, created.id, { body: '  Read ch. 2  ' }).expect(
        200,
      );
      expect(fixed.body).toEqual({ ...created, body: 'Read ch. 2', updatedAt: expect.any(String) });
      expect(Date.parse(fixed.body.updatedAt)).toBeGreaterThan(Date.parse(created.createdAt));
      expect(await list(mentee, bookingId)).toEqual([]);

      const shared = await patch(mentor.account, bookingId, created.id, { visibility: 'shared' }).expect(200);
      expect(shared.body).toEqual({
        ...created,
        body: 'Read ch. 2',
        visibility: 'shared',
        updatedAt: expect.any(String),
      });
      expect(Date.parse(shared.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(fixed.body.updatedAt));
      expect(await list(mentee, bookingId)).toEqual([shared.body]);

      const own = (await note(mentee, bookingId, { body: 'Qestions', visibility: 'shared' })).body;
      const both = await patch(mentee, bookingId, own.id, { body: 'Questions', visibility: 'shared' }).expect(
        200,
      );
      expect(both.body).toEqual({ ...own, body: 'Questions', updatedAt: expect.any(String) });
      expect(await list(mentor.account, bookingId)).toEqual([shared.body, both.body]);
    });

    it('lets the author delete a note (204), after which it is gone for both', async () => {
      const { mentor, mentee, bookingId } = await session();
      const a = (await note(mentee, bookingId, { body: 'Mine', visibility: 'shared' })).body;
      const b = (await note(mentor.account, bookingId, { body: 'Theirs', visibility: 'shared' })).body;
      const res = await remove(mentee, bookingId, a.id).expect(204);
      expect(res.text).toBe('');
      expect(await list(mentor.account, bookingId)).toEqual([b]);
      expect(await list(mentee, bookingId)).toEqual([b]);
      await remove(mentee, bookingId, a.id).expect(404);
      await patch(mentee, bookingId, a.id, { body: 'Back?' }).expect(404);
    });

    it('refuses to make a mentee note private (422 private_note_not_allowed)', async () => {
      const { mentee, bookingId } = await session();
      const own = (await note(mentee, bookingId, { body: 'Shared', visibility: 'shared' })).body;
      const res = await patch(mentee, bookingId, own.id, { visibility: 'private' }).expect(422);
      expect(res.body.code).toBe('private_note_not_allowed');
      expect(await list(mentee, bookingId)).toEqual([own]);
    });

    it("answers the other party 403 not_the_author, or 404 for the mentor's private note; anyone else 404", async () => {
      const { mentor, mentee, bookingId } = await session();
      const menteeNote = (await note(mentee, bookingId, { body: 'By the mentee', visibility: 'shared' }))
        .body;
      const shared = (await note(mentor.account, bookingId, { body: 'Shared', visibility: 'shared' })).body;
      const priv = (await note(mentor.account, bookingId, { body: 'Private', visibility: 'private' })).body;

      for (const [who, id] of [
        [mentor.account, menteeNote.id],
        [mentee, shared.id],
      ] as const) {
        const p = await patch(who, bookingId, id, { body: 'Hijacked' }).expect(403);
        expect(p.body.code).toBe('not_the_author');
        const d = await remove(who, bookingId, id).expect(403);
        expect(d.body.code).toBe('not_the_author');
      }
      const hidden = await patch(mentee, bookingId, priv.id, { body: 'Seen?' }).expect(404);
      expect(hidden.body.code).not.toBe('not_the_author');
      await remove(mentee, bookingId, priv.id).expect(404);

      const stranger = await signUp(t.app.getHttpServer());
      for (const who of [stranger, admin]) {
        for (const id of [menteeNote.id, shared.id, priv.id]) {
          await patch(who, bookingId, id, { body: 'Hijacked' }).expect(404);
          await remove(who, bookingId, id).expect(404);
        }
      }
      // A note reached through another booking, unknown ids and signed-out callers.
      const other = await session(13, 11);
      await patch(other.mentee, other.bookingId, menteeNote.id, { body: 'Hijacked' }).expect(404);
      await remove(other.mentee, other.bookingId, menteeNote.id).expect(404);
      await patch(mentee, bookingId, '00000000-0000-4000-8000-000000000000', { body: 'x' }).expect(404);
      await remove(mentee, bookingId, 'not-a-uuid').expect(404);
      await http()
        .patch(`/api/v1/bookings/${bookingId}/notes/${menteeNote.id}`)
        .send({ body: 'x' })
        .expect(401);
      await http().delete(`/api/v1/bookings/${bookingId}/notes/${menteeNote.id}`).expect(401);

      expect(await list(mentor.account, bookingId)).toEqual([menteeNote, shared, priv]);
    });

    it('validates the edit: something to change, trimmed 1..5000 characters, no unknown fields', async () => {
      const { mentor, bookingId } = await session();
      const own = (await note(mentor.account, bookingId, { body: 'Draft', visibility: 'shared' })).body;
      for (const body of [
        {},
        { body: '   ' },
        { body: 'x'.repeat(5001) },
        { visibility: 'public' },
        { body: 'Fine', authorId: mentor.account.id },
        { body: 'Fine', createdAt: '2020-01-01T00:00:00Z' },
      ]) {
        const res = await patch(mentor.account, bookingId, own.id, body).expect(400);
        expect(res.body.code).toBe('validation_failed');
      }
      await patch(mentor.account, bookingId, own.id, { body: 'x'.repeat(5000) }).expect(200);
    });
  });

  describe('reviews', () => {
    it("reviews a started confirmed session once and updates the mentor's rating at once", async () => {
      const { mentor, mentee, bookingId } = await session();
      const before = await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200);
      expect(before.body.rating).toEqual({ average: null, count: 0 });
      await startedAgo(bookingId, 10);
      const unreviewed = await http().get(`/api/v1/bookings/${bookingId}`).set(mentee.bearer).expect(200);
      expect(unreviewed.body.reviewed).toBe(false);
      const res = await review(mentee, bookingId, {
        rating: 4,
        body: '  Clear, kind and practical.  ',
      }).expect(201);
      const reviewed = await http().get(`/api/v1/bookings/${bookingId}`).set(mentee.bearer).expect(200);
      expect(reviewed.body.reviewed).toBe(true);
      expect(res.body).toEqual({
        id: expect.any(String),
        bookingId,
        mentorId: mentor.profileId,
        rating: 4,
        body: 'Clear, kind and practical.',
        author: { name: mentee.name },
        createdAt: expect.any(String),
      });
      const after = await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200);
      expect(after.body.rating).toEqual({ average: 4, count: 1 });

      const again = await review(mentee, bookingId, { rating: 5, body: '' }).expect(409);
      expect(again.body.code).toBe('already_reviewed');
      const still = await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200);
      expect(still.body.rating).toEqual({ average: 4, count: 1 });

      const list = await http().get(`/api/v1/mentors/${mentor.slug}/reviews`).expect(200);
      expect(list.body).toEqual({ items: [res.body], nextCursor: null });
      // Its author, signed in, sees it marked as theirs; nobody else does.
      const own = await http().get(`/api/v1/mentors/${mentor.slug}/reviews`).set(mentee.bearer).expect(200);
      expect(own.body.items).toEqual([{ ...res.body, mine: true }]);
      const others = await http()
        .get(`/api/v1/mentors/${mentor.slug}/reviews`)
        .set(mentor.account.bearer)
        .expect(200);
      expect(others.body.items).toEqual([res.body]);
    });

    it('lets exactly one of two concurrent reviews through', async () => {
      const { mentor, mentee, bookingId } = await session();
      await startedAgo(bookingId);
      const results = await Promise.all(
        [5, 3, 1, 2].map((rating) => review(mentee, bookingId, { rating, body: 'Great' })),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409]);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'already_reviewed')).toBe(
        true,
      );
      const profile = await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200);
      expect(profile.body.rating.count).toBe(1);
      const rows: { n: number }[] = await t.db.query(
        'SELECT count(*)::int AS n FROM reviews WHERE booking_id = $1',
        [bookingId],
      );
      expect(rows[0]!.n).toBe(1);
    });

    it('answers 422 not_reviewable before the start, and for cancelled or held sessions', async () => {
      const future = await session();
      const early = await review(future.mentee, future.bookingId, { rating: 5, body: '' }).expect(422);
      expect(early.body.code).toBe('not_reviewable');

      const cancelled = await session(14, 9);
      await http()
        .post(`/api/v1/bookings/${cancelled.bookingId}/cancel`)
        .set(cancelled.mentee.bearer)
        .send({})
        .expect(200);
      await startedAgo(cancelled.bookingId);
      const c = await review(cancelled.mentee, cancelled.bookingId, { rating: 5, body: '' }).expect(422);
      expect(c.body.code).toBe('not_reviewable');

      const paid = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 5_000 }]);
      const mentee = await signUp(t.app.getHttpServer());
      const held = await book(t, mentee, paid.offeringIds[0]!, utcSlot(15, 9)).expect(201);
      expect(held.body.status).toBe('held');
      await startedAgo(held.body.id);
      const h = await review(mentee, held.body.id, { rating: 5, body: '' }).expect(422);
      expect(h.body.code).toBe('not_reviewable');
    });

    it('accepts a completed session', async () => {
      const { mentee, bookingId } = await session();
      await startedAgo(bookingId, 180);
      await t.db.query(`UPDATE bookings SET status = 'completed' WHERE id = $1`, [bookingId]);
      await review(mentee, bookingId, { rating: 5, body: '' }).expect(201);
    });

    it('is for the mentee only: the mentor 403, anyone else and admins 404', async () => {
      const { mentor, bookingId } = await session();
      await startedAgo(bookingId);
      const own = await review(mentor.account, bookingId, { rating: 5, body: '' }).expect(403);
      expect(own.body.code).toBe('not_the_mentee');
      await review(admin, bookingId, { rating: 5, body: '' }).expect(404);
      await review(await signUp(t.app.getHttpServer()), bookingId, { rating: 5, body: '' }).expect(404);
    });

    it('validates rating 1..5 (whole stars), body ≤ 2000 and no unknown fields', async () => {
      const { mentee, bookingId } = await session();
      await startedAgo(bookingId);
      for (const body of [
        { rating: 0, body: '' },
        { rating: 6, body: '' },
        { rating: 4.5, body: '' },
        { rating: '5', body: '' },
        { body: 'No rating' },
        { rating: 5, body: 'x'.repeat(2001) },
        { rating: 5, body: '', mentorId: bookingId },
      ]) {
        const res = await review(mentee, bookingId, body).expect(400);
        expect(res.body.code).toBe('validation_failed');
      }
      await review(mentee, bookingId, { rating: 1, body: 'x'.repeat(2000) }).expect(201);
    });

    it('keeps one review per booking and ratings 1..5 in the database itself', async () => {
      const { mentor, mentee, bookingId } = await session();
      const insert = (rating: number) =>
        t.db.query(
          'INSERT INTO reviews (booking_id, mentor_id, mentee_id, rating, body) VALUES ($1, $2, $3, $4, $5)',
          [bookingId, mentor.profileId, mentee.id, rating, ''],
        );
      await expect(insert(6)).rejects.toThrow(/CHK_reviews_rating/);
      await insert(5);
      await expect(insert(4)).rejects.toThrow(/UQ_reviews_booking/);
    });
  });

  describe('GET /mentors/{slug}/reviews', () => {
    it('lists reviews newest first with a keyset cursor', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      const ids: string[] = [];
      for (const [i, rating] of [5, 4, 3].entries()) {
        const mentee = await signUp(t.app.getHttpServer());
        const b = await book(t, mentee, mentor.offeringIds[0]!, utcSlot(12, 8 + i)).expect(201);
        await startedAgo(b.body.id, 600 - i * 120);
        ids.push((await review(mentee, b.body.id, { rating, body: `Review ${i}` }).expect(201)).body.id);
      }
      const first = await http().get(`/api/v1/mentors/${mentor.slug}/reviews?limit=2`).expect(200);
      expect(first.body.items.map((r: { id: string }) => r.id)).toEqual([ids[2], ids[1]]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await http()
        .get(`/api/v1/mentors/${mentor.slug}/reviews?limit=2&cursor=${first.body.nextCursor}`)
        .expect(200);
      expect(second.body).toEqual({ items: [expect.objectContaining({ id: ids[0] })], nextCursor: null });
      const profile = await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200);
      expect(profile.body.rating).toEqual({ average: 4, count: 3 });

      const other = await makeBookableMentor(t, ALL_WEEK('UTC'));
      await http().get(`/api/v1/mentors/${other.slug}/reviews?cursor=${first.body.nextCursor}`).expect(400);
      await http().get(`/api/v1/mentors/${other.slug}/reviews?limit=51`).expect(400);
      expect((await http().get(`/api/v1/mentors/${other.slug}/reviews`).expect(200)).body).toEqual({
        items: [],
        nextCursor: null,
      });
    });

    it('answers 404 for unknown, pending or hidden mentors', async () => {
      await http().get('/api/v1/mentors/nobody-here/reviews').expect(404);
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
      await t.db.query(`UPDATE mentor_profiles SET status = 'pending' WHERE id = $1`, [mentor.profileId]);
      await http().get(`/api/v1/mentors/${mentor.slug}/reviews`).expect(404);
      await t.db.query(`UPDATE mentor_profiles SET status = 'approved', hidden_at = now() WHERE id = $1`, [
        mentor.profileId,
      ]);
      await http().get(`/api/v1/mentors/${mentor.slug}/reviews`).expect(404);
    });
  });
});

describe('notes: rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    // 0.05 × 120 writes an hour = 6.
    t = await createTestApp({ RATE_LIMIT_MULTIPLIER: '0.05' });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past the hourly note writes (adds, edits and deletes), per user', async () => {
    const http = () => request(t.app.getHttpServer());
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const mentee = await signUp(t.app.getHttpServer());
    const bookingId = (await book(t, mentee, mentor.offeringIds[0]!, utcSlot(12, 10)).expect(201)).body.id;
    const path = `/api/v1/bookings/${bookingId}/notes`;
    const add = (who: Account, i: number) =>
      http()
        .post(path)
        .set(who.bearer)
        .send({ body: `Note ${i}`, visibility: 'shared' });

    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await add(mentee, i).expect(201)).body.id);
    await http().patch(`${path}/${ids[0]}`).set(mentee.bearer).send({ body: 'Edited' }).expect(200);
    await http().delete(`${path}/${ids[1]}`).set(mentee.bearer).expect(204);

    const limited = await add(mentee, 5).expect(429);
    expect(limited.body).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await http().patch(`${path}/${ids[2]}`).set(mentee.bearer).send({ body: 'Again' }).expect(429);
    await http().delete(`${path}/${ids[3]}`).set(mentee.bearer).expect(429);
    // Reading is not a write, and the other party has their own budget.
    expect((await http().get(path).set(mentee.bearer).expect(200)).body.items).toHaveLength(3);
    await add(mentor.account, 6).expect(201);
  });
});
