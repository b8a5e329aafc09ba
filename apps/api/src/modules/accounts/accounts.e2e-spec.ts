import { DateTime } from 'luxon';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, fakeIp, PASSWORD, signInAdmin, signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { uniq } from '../../../test/factories';
import { letters } from '../../../test/mentor-helpers';
import { waitFor } from '../../../test/wait';
import { REFRESH_COOKIE } from '../auth/auth.constants';
import { adminUsersStatement } from './accounts.service';

const WEB = 'http://localhost:3000';

describe('admin users and account suspension', () => {
  let t: TestApp;
  let admin: Account;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '8' });
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());

  const suspend = (id: string, reason = 'Spamming mentees with off-platform offers') =>
    http().post(`/api/v1/admin/users/${id}/suspend`).set(admin.bearer).send({ reason });
  const unsuspend = (id: string) => http().post(`/api/v1/admin/users/${id}/unsuspend`).set(admin.bearer);
  const login = (email: string, password = PASSWORD) =>
    http().post('/api/v1/auth/login').set('X-Forwarded-For', fakeIp()).send({ email, password });
  const mails = async (to: string): Promise<{ subject: string; text: string }[]> =>
    (await http().get('/api/v1/dev/mailbox').query({ to }).expect(200)).body.items;
  const mailTo = (to: string, subject: RegExp) =>
    waitFor(`a "${subject}" email to ${to}`, async () =>
      (await mails(to)).find((m) => subject.test(m.subject)),
    );
  const pay = (who: Account, bookingId: string) =>
    http().post(`/api/v1/payments/offline/${bookingId}/pay`).set(who.bearer).expect(200);
  /** A paid, confirmed booking of `mentee` with `mentor`'s first offering at `start`. */
  async function paidBooking(mentee: Account, offeringId: string, start: string): Promise<string> {
    const held = await book(t, mentee, offeringId, start).expect(201);
    await pay(mentee, held.body.id);
    return held.body.id;
  }
  const bookingRow = async (id: string) =>
    (
      await t.db.query(
        `SELECT b.status, b.cancelled_by, b.refund_amount, p.status AS payment_status, p.refunded_amount
           FROM bookings b LEFT JOIN payments p ON p.booking_id = b.id WHERE b.id = $1`,
        [id],
      )
    )[0];

  describe('GET /admin/users', () => {
    it('finds accounts by part of the email or name, newest first, with roles, status and creation time', async () => {
      const tag = letters(10);
      const a = await signUp(t.app.getHttpServer(), { name: `Ada ${tag}` });
      const b = await signUp(t.app.getHttpServer(), { email: `${tag}-b@test.ladder.dev` });
      const byName = await http()
        .get('/api/v1/admin/users')
        .query({ q: tag.toUpperCase() })
        .set(admin.bearer)
        .expect(200);
      expect(byName.body.items.map((u: { id: string }) => u.id)).toEqual([b.id, a.id]);
      expect(byName.body.items[1]).toEqual({
        id: a.id,
        email: a.email,
        name: a.name,
        roles: ['mentee'],
        status: 'active',
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      });
      expect(byName.body.nextCursor).toBeNull();
      // LIKE wildcards match themselves only.
      const wild = await http()
        .get('/api/v1/admin/users')
        .query({ q: `${tag}%_` })
        .set(admin.bearer)
        .expect(200);
      expect(wild.body.items).toEqual([]);
    });

    it('pages with a keyset cursor, without overlap, and refuses a cursor of another search', async () => {
      const tag = letters(10);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++)
        ids.push((await signUp(t.app.getHttpServer(), { name: `P ${tag} ${i}` })).id);
      const first = await http()
        .get('/api/v1/admin/users')
        .query({ q: tag, limit: 2 })
        .set(admin.bearer)
        .expect(200);
      expect(first.body.items.map((u: { id: string }) => u.id)).toEqual([ids[2], ids[1]]);
      const second = await http()
        .get('/api/v1/admin/users')
        .query({ q: tag, limit: 2, cursor: first.body.nextCursor })
        .set(admin.bearer)
        .expect(200);
      expect(second.body.items.map((u: { id: string }) => u.id)).toEqual([ids[0]]);
      expect(second.body.nextCursor).toBeNull();
      const foreign = await http()
        .get('/api/v1/admin/users')
        .query({ q: 'other', limit: 2, cursor: first.body.nextCursor })
        .set(admin.bearer)
        .expect(400);
      expect(foreign.body.code).toBe('validation_failed');
      await http().get('/api/v1/admin/users').query({ bogus: 1 }).set(admin.bearer).expect(400);
    });
  });

  it('searches through the trigram indexes (IDX_users_email_trgm, IDX_users_name_trgm), not a scan of users', async () => {
    // With sequential and plain index scans priced out, only a bitmap scan of an index that serves
    // the ILIKEs avoids a disabled scan: the plan names the indexes exactly when they can be used.
    const { sql, values } = adminUsersStatement('ada lovelace', null, 26);
    const plan = await t.db.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      await m.query('SET LOCAL enable_indexscan = off');
      await m.query('SET LOCAL enable_indexonlyscan = off');
      const rows: { 'QUERY PLAN': unknown }[] = await m.query(`EXPLAIN (FORMAT JSON) ${sql}`, values);
      return rows[0]!['QUERY PLAN'];
    });
    const nodes: { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string }[] = [];
    const walk = (node: { Plans?: unknown[] } & (typeof nodes)[number]) => {
      nodes.push(node);
      for (const child of node.Plans ?? []) walk(child as typeof node);
    };
    walk((plan as { Plan: Parameters<typeof walk>[0] }[])[0]!.Plan);
    const indexes = nodes.filter((n) => n['Node Type'] === 'Bitmap Index Scan').map((n) => n['Index Name']);
    expect(indexes).toEqual(expect.arrayContaining(['IDX_users_email_trgm', 'IDX_users_name_trgm']));
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'users')).toEqual([]);
  });

  describe('POST /admin/users/{id}/suspend — refusals', () => {
    it('422 for yourself and for another admin, 404 for an unknown or malformed id, 400 without a reason', async () => {
      const self = await suspend(admin.id).expect(422);
      expect(self.body).toMatchObject({ code: 'cannot_suspend_self', status: 422 });
      const other = await signInAdmin(t);
      const peer = await suspend(other.id).expect(422);
      expect(peer.body.code).toBe('cannot_suspend_admin');
      await http().get('/api/v1/me').set(other.bearer).expect(200);
      await suspend('00000000-0000-4000-8000-000000000000').expect(404);
      await suspend('not-a-uuid').expect(404);
      await unsuspend('00000000-0000-4000-8000-000000000000').expect(404);
      const victim = await signUp(t.app.getHttpServer());
      const empty = await http()
        .post(`/api/v1/admin/users/${victim.id}/suspend`)
        .set(admin.bearer)
        .send({ reason: '  ' })
        .expect(400);
      expect(empty.body.code).toBe('validation_failed');
      await http()
        .post(`/api/v1/admin/users/${victim.id}/suspend`)
        .set(admin.bearer)
        .send({ reason: 'x', notify: false })
        .expect(400);
      await http().get('/api/v1/me').set(victim.bearer).expect(200);
    });
  });

  describe('suspending a mentor', () => {
    it('ends sign-in and sessions, hides the profile exactly, cancels future bookings with full refunds, emails, audits; unsuspend restores', async () => {
      const word = letters(12);
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 12_000 }]);
      await t.db.query(`UPDATE mentor_profiles SET headline = $2 WHERE id = $1`, [
        mentor.profileId,
        `Coach for ${word} teams`,
      ]);
      const offeringId = mentor.offeringIds[0]!;
      const menteeA = await signUp(t.app.getHttpServer());
      const menteeB = await signUp(t.app.getHttpServer());
      const paid = await paidBooking(menteeA, offeringId, utcSlot(10, 9));
      const held = (await book(t, menteeB, offeringId, utcSlot(11, 9)).expect(201)).body.id;
      // A past session stays as it was.
      const past = await paidBooking(menteeB, offeringId, utcSlot(12, 9));
      await t.db.query(
        `UPDATE bookings SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours',
                blocked_range = tstzrange(now() - interval '3 hours', now() - interval '2 hours') WHERE id = $1`,
        [past],
      );
      const signedIn = await login(mentor.account.email).expect(200);
      const refresh = (signedIn.headers['set-cookie'] as unknown as string[])
        .map((c) => c.split(';')[0]!)
        .find((c) => c.startsWith(`${REFRESH_COOKIE}=`))!;
      const search = async () =>
        (await http().get('/api/v1/mentors').query({ q: word }).expect(200)).body.items.map(
          (m: { slug: string }) => m.slug,
        );
      const counted = async (): Promise<number> =>
        (
          await t.db.query(
            `SELECT coalesce(sum(mentors), 0)::int AS n FROM mentor_search_terms
              WHERE lexeme = ANY (tsvector_to_array(to_tsvector('english', $1)))`,
            [word],
          )
        )[0].n;
      expect(await search()).toEqual([mentor.slug]);
      expect(await counted()).toBe(1);

      const res = await suspend(mentor.account.id, 'Abusive messages').expect(200);
      expect(res.body).toEqual({
        user: expect.objectContaining({
          id: mentor.account.id,
          status: 'suspended',
          roles: ['mentee', 'mentor'],
          suspension: { reason: 'Abusive messages', suspendedAt: expect.any(String) },
          mentorProfile: { id: mentor.profileId, slug: mentor.slug, status: 'suspended' },
        }),
        cancelledBookings: 2,
      });

      // Access tokens stop at once; the refresh token is revoked; sign-in says why (403).
      await http().get('/api/v1/me').set(mentor.account.bearer).expect(401);
      await http().get('/api/v1/me').set('Authorization', `Bearer ${signedIn.body.accessToken}`).expect(401);
      await http().post('/api/v1/auth/refresh').set('Cookie', refresh).set('Origin', WEB).expect(401);
      const live: { n: number }[] = await t.db.query(
        'SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL',
        [mentor.account.id],
      );
      expect(live[0]!.n).toBe(0);
      const denied = await login(mentor.account.email).expect(403);
      expect(denied.body.code).toBe('account_suspended');
      const wrong = await login(mentor.account.email, 'not the password at all').expect(401);
      expect(wrong.body.code).toBe('invalid_credentials');

      // Hidden from search and profile, with exact search counts.
      expect(await search()).toEqual([]);
      expect(await counted()).toBe(0);
      await http().get(`/api/v1/mentors/${mentor.slug}`).expect(404);
      await http().get(`/api/v1/mentors/${mentor.slug}`).set(admin.bearer).expect(200);

      // Future bookings cancelled by Ladder through the usual path: refund in full, payment updated.
      expect(await bookingRow(paid)).toEqual({
        status: 'cancelled',
        cancelled_by: 'admin',
        refund_amount: 12_000,
        payment_status: 'refunded',
        refunded_amount: 12_000,
      });
      expect(await bookingRow(held)).toMatchObject({
        status: 'cancelled',
        cancelled_by: 'admin',
        refund_amount: 0,
      });
      expect(await bookingRow(past)).toMatchObject({
        status: 'confirmed',
        refund_amount: null,
        refunded_amount: 0,
      });
      const seen = await http().get(`/api/v1/bookings/${paid}`).set(menteeA.bearer).expect(200);
      expect(seen.body).toMatchObject({ status: 'cancelled', refundAmount: 12_000, cancelledBy: 'admin' });

      const toMentee = await mailTo(menteeA.email, /^Cancelled:/);
      expect(toMentee.text).toContain('cancelled by Ladder');
      expect(toMentee.text).toContain('Refund: $120.00');
      const notice = await mailTo(mentor.account.email, /suspended/);
      expect(notice.text).toContain('Reason: Abusive messages');
      expect(notice.text).toContain('2 upcoming sessions were cancelled');

      const audit: { actor_id: string; metadata: { reason: string; mentorStatusBefore: string } }[] =
        await t.db.query(
          `SELECT actor_id, metadata FROM audit_log WHERE action = 'user.suspended' AND target_id = $1`,
          [mentor.account.id],
        );
      expect(audit).toEqual([
        {
          actor_id: admin.id,
          metadata: expect.objectContaining({ reason: 'Abusive messages', mentorStatusBefore: 'approved' }),
        },
      ]);

      // Suspending again changes nothing and sends nothing more.
      const again = await suspend(mentor.account.id, 'Another reason').expect(200);
      expect(again.body.cancelledBookings).toBe(0);
      expect(again.body.user.suspension.reason).toBe('Abusive messages');
      const approveWhileSuspended = await http()
        .post(`/api/v1/admin/mentors/${mentor.profileId}/approve`)
        .set(admin.bearer)
        .expect(409);
      expect(approveWhileSuspended.body.code).toBe('mentor_suspended');

      // Unsuspend: sign-in and the approved profile come back; cancelled bookings stay cancelled.
      const lifted = await unsuspend(mentor.account.id).expect(200);
      expect(lifted.body).toMatchObject({ status: 'active', mentorProfile: { status: 'approved' } });
      expect(lifted.body.suspension).toBeUndefined();
      const back = await login(mentor.account.email).expect(200);
      await http().get('/api/v1/me').set('Authorization', `Bearer ${back.body.accessToken}`).expect(200);
      expect(await search()).toEqual([mentor.slug]);
      expect(await counted()).toBe(1);
      await http().get(`/api/v1/mentors/${mentor.slug}`).expect(200);
      expect((await bookingRow(paid)).status).toBe('cancelled');
      await mailTo(mentor.account.email, /active again/);
      expect((await mails(mentor.account.email)).filter((m) => /suspended/.test(m.subject))).toHaveLength(1);
      const unaudit: { n: number }[] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.unsuspended' AND target_id = $1 AND actor_id = $2`,
        [mentor.account.id, admin.id],
      );
      expect(unaudit[0]!.n).toBe(1);
      await unsuspend(mentor.account.id).expect(200);

      // Nothing drifted in the search counts.
      const drift = await t.db.query(
        `
        WITH actual AS (
          SELECT d.lexeme, count(*)::int AS mentors
            FROM (SELECT unnest(array_append(tsvector_to_array(search_vector), '')) AS lexeme
                    FROM mentor_profiles
                   WHERE status = 'approved' AND hidden_at IS NULL AND owner_suspended_at IS NULL) d
           GROUP BY d.lexeme)
        SELECT a.lexeme FROM actual a FULL JOIN mentor_search_terms c ON c.lexeme = a.lexeme
         WHERE coalesce(a.mentors, 0) <> coalesce(c.mentors, 0) AND coalesce(a.lexeme, c.lexeme) = ANY (
           tsvector_to_array(to_tsvector('english', $1)))`,
        [word],
      );
      expect(drift).toEqual([]);
    });

    it('a pending profile goes back to pending, not approved', async () => {
      const who = await signUp(t.app.getHttpServer());
      const applied = await http()
        .post('/api/v1/mentors/me')
        .set(who.bearer)
        .send({
          headline: 'Staff engineer helping seniors grow',
          bio: 'I have mentored engineers for years and I enjoy it a lot.',
          expertise: ['backend'],
          languages: ['English'],
          timezone: 'Europe/Berlin',
        })
        .expect(201);
      await suspend(who.id).expect(200);
      const s = await t.db.query('SELECT status FROM mentor_profiles WHERE id = $1', [applied.body.id]);
      expect(s[0].status).toBe('suspended');
      const lifted = await unsuspend(who.id).expect(200);
      expect(lifted.body.mentorProfile.status).toBe('pending');
    });
  });

  describe('suspending a mentee', () => {
    it('cancels their future bookings as if they had cancelled now: full refund ≥ 24 h ahead, half later; the mentor is emailed', async () => {
      const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: 10_001 }]);
      const mentee = await signUp(t.app.getHttpServer(), { name: `Mentee ${uniq()}` });
      const far = await paidBooking(mentee, mentor.offeringIds[0]!, utcSlot(9, 9));
      const soonStart = DateTime.utc().plus({ hours: 3 }).startOf('hour').toJSDate().toISOString();
      const soon = await paidBooking(mentee, mentor.offeringIds[0]!, soonStart);

      const res = await suspend(mentee.id, 'Harassment').expect(200);
      expect(res.body).toMatchObject({ cancelledBookings: 2, user: { status: 'suspended' } });
      expect(res.body.user.mentorProfile).toBeUndefined();
      expect(await bookingRow(far)).toEqual({
        status: 'cancelled',
        cancelled_by: 'admin',
        refund_amount: 10_001,
        payment_status: 'refunded',
        refunded_amount: 10_001,
      });
      expect(await bookingRow(soon)).toEqual({
        status: 'cancelled',
        cancelled_by: 'admin',
        refund_amount: 5_000,
        payment_status: 'partially_refunded',
        refunded_amount: 5_000,
      });
      const toMentor = await mailTo(mentor.account.email, /^Cancelled:/);
      expect(toMentor.text).toContain('cancelled by Ladder');
      // The other side never reads the suspension's reason.
      expect(toMentor.text).not.toContain('Harassment');
      await http().get('/api/v1/me').set(mentee.bearer).expect(401);
      // The freed slot is bookable again by someone else.
      const other = await signUp(t.app.getHttpServer());
      await book(t, other, mentor.offeringIds[0]!, utcSlot(9, 9)).expect(201);
    });
  });
});
