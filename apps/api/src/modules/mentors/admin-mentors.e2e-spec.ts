import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { applyAsMentor } from '../../../test/mentor-helpers';
import { waitFor } from '../../../test/wait';

describe('admin: mentor applications', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const user = () => signUp(t.app.getHttpServer());

  /** The mails sent to `to`, newest first, once at least one with `subject` has arrived. */
  async function mailTo(to: string, subject: RegExp): Promise<{ subject: string; text: string }> {
    return waitFor(`a "${subject}" email to ${to}`, async () => {
      const res = await http().get('/api/v1/dev/mailbox').query({ to });
      return res.body.items.find((m: { subject: string }) => subject.test(m.subject));
    });
  }

  it('approves: status approved, approved_at set, audit entry, decision email, public at once', async () => {
    const a = await user();
    const p = await applyAsMentor(t, a);
    const res = await http().post(`/api/v1/admin/mentors/${p.id}/approve`).set(admin.bearer).expect(200);
    expect(res.body).toMatchObject({ id: p.id, slug: p.slug, status: 'approved', userId: a.id });
    const [row] = await t.db.query('SELECT approved_at FROM mentor_profiles WHERE id = $1', [p.id]);
    expect(row.approved_at).toBeInstanceOf(Date);
    const audit = await t.db.query(
      `SELECT actor_id, metadata FROM audit_log WHERE action = 'mentor.approved' AND target_id = $1`,
      [p.id],
    );
    expect(audit).toEqual([{ actor_id: admin.id, metadata: { previousStatus: 'pending' } }]);
    const mail = await mailTo(a.email, /profile is live/);
    expect(mail.text).toContain(a.name);
    await http().get(`/api/v1/mentors/${p.slug}`).expect(200);
  });

  it('approving twice changes nothing and sends one email', async () => {
    const a = await user();
    const p = await applyAsMentor(t, a);
    await http().post(`/api/v1/admin/mentors/${p.id}/approve`).set(admin.bearer).expect(200);
    const again = await http().post(`/api/v1/admin/mentors/${p.id}/approve`).set(admin.bearer).expect(200);
    expect(again.body.status).toBe('approved');
    await mailTo(a.email, /profile is live/);
    await new Promise((r) => setTimeout(r, 500));
    const box = await http().get('/api/v1/dev/mailbox').query({ to: a.email });
    expect(box.body.items.filter((m: { subject: string }) => /profile is live/.test(m.subject))).toHaveLength(
      1,
    );
  });

  it('rejects with a stored reason and emails it; the reason is validated', async () => {
    const a = await user();
    const p = await applyAsMentor(t, a);
    for (const body of [
      {},
      { reason: 'no' },
      { reason: 'x'.repeat(1001) },
      { reason: 'Fine reason', extra: 1 },
    ]) {
      const bad = await http()
        .post(`/api/v1/admin/mentors/${p.id}/reject`)
        .set(admin.bearer)
        .send(body)
        .expect(400);
      expect(bad.body.code).toBe('validation_failed');
    }
    const reason = 'Your bio needs concrete examples of mentoring.';
    const res = await http()
      .post(`/api/v1/admin/mentors/${p.id}/reject`)
      .set(admin.bearer)
      .send({ reason: `  ${reason} ` })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'rejected', rejectionReason: reason });
    const [row] = await t.db.query(
      'SELECT rejection_reason, approved_at FROM mentor_profiles WHERE id = $1',
      [p.id],
    );
    expect(row).toEqual({ rejection_reason: reason, approved_at: null });
    const mail = await mailTo(a.email, /mentor application/);
    expect(mail.text).toContain(reason);
    const audit = await t.db.query(
      `SELECT metadata FROM audit_log WHERE action = 'mentor.rejected' AND target_id = $1`,
      [p.id],
    );
    expect(audit[0].metadata).toEqual({ previousStatus: 'pending', reason });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      await http().post(`/api/v1/admin/mentors/${id}/approve`).set(admin.bearer).expect(404);
      await http()
        .post(`/api/v1/admin/mentors/${id}/reject`)
        .set(admin.bearer)
        .send({ reason: 'Because.' })
        .expect(404);
    }
  });

  it('is for admins only: 401 anonymous, 403 for the applicant and other users', async () => {
    const a = await user();
    const other = await user();
    const p = await applyAsMentor(t, a);
    for (const [path, body] of [
      [`/api/v1/admin/mentors/${p.id}/approve`, undefined],
      [`/api/v1/admin/mentors/${p.id}/reject`, { reason: 'Because.' }],
    ] as const) {
      await http().post(path).send(body).expect(401);
      await http().post(path).set(a.bearer).send(body).expect(403);
      await http().post(path).set(other.bearer).send(body).expect(403);
    }
    await http().get('/api/v1/admin/mentors').expect(401);
    await http().get('/api/v1/admin/mentors').set(a.bearer).expect(403);
    expect((await http().get('/api/v1/mentors/me').set(a.bearer)).body.status).toBe('pending');
  });

  it('lists applications oldest first with the applicant email, by status, keyset-paginated', async () => {
    const made: { id: string; email: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await user();
      made.push({ id: (await applyAsMentor(t, a)).id, email: a.email });
    }
    await http().post(`/api/v1/admin/mentors/${made[1]!.id}/approve`).set(admin.bearer).expect(200);
    const seen: { id: string; email: string; status: string; createdAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await http()
        .get('/api/v1/admin/mentors')
        .set(admin.bearer)
        .query({ status: 'pending', limit: 2, ...(cursor ? { cursor } : {}) })
        .expect(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    expect(seen.every((s) => s.status === 'pending')).toBe(true);
    const createdAt = seen.map((s) => s.createdAt);
    expect([...createdAt].sort()).toEqual(createdAt);
    const mine = seen.filter((s) => made.some((m) => m.id === s.id));
    expect(mine.map((s) => s.id)).toEqual([0, 2, 3, 4].map((i) => made[i]!.id));
    expect(mine.map((s) => s.email)).toEqual([0, 2, 3, 4].map((i) => made[i]!.email));

    // Newest last: the approved one is on the last page of approved applications.
    const approved: string[] = [];
    cursor = null;
    do {
      const res: request.Response = await http()
        .get('/api/v1/admin/mentors')
        .set(admin.bearer)
        .query({ status: 'approved', limit: 100, ...(cursor ? { cursor } : {}) })
        .expect(200);
      approved.push(...res.body.items.map((s: { id: string }) => s.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(approved).toContain(made[1]!.id);
    await http().get('/api/v1/admin/mentors').set(admin.bearer).query({ status: 'nope' }).expect(400);
    await http()
      .get('/api/v1/admin/mentors')
      .set(admin.bearer)
      .query({ status: 'approved', cursor: 'garbage' })
      .expect(400);
  });
});
