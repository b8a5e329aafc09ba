import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { type Account, signInAdmin, signUp } from '../../../test/auth-helpers';
import { uniq } from '../../../test/factories';
import { applyAsMentor, letters, profileBody } from '../../../test/mentor-helpers';

describe('mentor profiles (CONTRACT.md "Mentors")', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAdmin(t);
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());
  const user = (name?: string) => signUp(t.app.getHttpServer(), name ? { name } : {});

  describe('POST /mentors/me', () => {
    it('creates a pending profile, gives the mentor role and normalises tags and languages', async () => {
      const ada = await user(`Ada ${letters()}`);
      const res = await http()
        .post('/api/v1/mentors/me')
        .set(ada.bearer)
        .send(
          profileBody({
            expertise: [' Distributed Systems ', 'go', 'GO', 'Go'],
            languages: ['english', ' ENGLISH ', 'brazilian  portuguese'],
            yearsExperience: 12,
            meetingUrl: 'https://meet.example.com/ada',
          }),
        )
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        slug: expect.stringMatching(/^ada-[a-z]+$/),
        userId: ada.id,
        name: ada.name,
        headline: 'Staff engineer helping seniors grow',
        bio: expect.any(String),
        bioHtml: expect.stringContaining('<p>'),
        expertise: ['distributed-systems', 'go'],
        languages: ['English', 'Brazilian Portuguese'],
        timezone: 'Europe/Berlin',
        yearsExperience: 12,
        photoUrl: null,
        meetingUrl: 'https://meet.example.com/ada',
        calcomLink: null,
        status: 'pending',
        rejectionReason: null,
        rating: { average: null, count: 0 },
      });
      const me = await http().get('/api/v1/me').set(ada.bearer).expect(200);
      expect(me.body.roles).toEqual(expect.arrayContaining(['mentee', 'mentor']));
      const audit = await t.db.query(
        `SELECT actor_id FROM audit_log WHERE action = 'mentor.applied' AND target_id = $1`,
        [res.body.id],
      );
      expect(audit).toEqual([{ actor_id: ada.id }]);
    });

    it('answers 409 mentor_profile_exists for a second application', async () => {
      const a = await user();
      await applyAsMentor(t, a);
      const res = await http().post('/api/v1/mentors/me').set(a.bearer).send(profileBody()).expect(409);
      expect(res.body).toMatchObject({ status: 409, code: 'mentor_profile_exists' });
    });

    it('gives readable unique slugs from the name: ada-lovelace, ada-lovelace-2, … even when racing', async () => {
      const name = `Zoë ${letters()} O'Brien`;
      const base = name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/'/g, '')
        .replace(/ /g, '-');
      const people = await Promise.all(Array.from({ length: 4 }, () => user(name)));
      const profiles = await Promise.all(people.map((p) => applyAsMentor(t, p)));
      expect(profiles.map((p) => p.slug).sort()).toEqual([base, `${base}-2`, `${base}-3`, `${base}-4`]);
    });

    it('never makes a slug that shadows /mentors/me, and copes with non-Latin names', async () => {
      const me = await applyAsMentor(t, await user('Me'));
      expect(me.slug).toMatch(/^mentor-me(-\d+)?$/);
      const li = await applyAsMentor(t, await user('李明'));
      expect(li.slug).toMatch(/^mentor(-\d+)?$/);
      await http().get(`/api/v1/mentors/${me.slug}`).set(admin.bearer).expect(200);
    });

    it('refuses mass assignment of status, userId and slug (400) and creates nothing', async () => {
      const a = await user();
      const other = await user();
      for (const extra of [
        { status: 'approved' },
        { userId: other.id },
        { slug: 'chosen-slug' },
        { rating: 5 },
      ]) {
        const res = await http()
          .post('/api/v1/mentors/me')
          .set(a.bearer)
          .send({ ...profileBody(), ...extra })
          .expect(400);
        expect(res.body.code).toBe('validation_failed');
        expect(res.body.errors).toEqual([{ path: Object.keys(extra)[0], message: 'Unknown field' }]);
      }
      await http().get('/api/v1/mentors/me').set(a.bearer).expect(403);
      const me = await http().get('/api/v1/me').set(a.bearer).expect(200);
      expect(me.body.roles).not.toContain('mentor');
    });

    it('validates the body: required fields, zones, URLs', async () => {
      const a = await user();
      const res = await http()
        .post('/api/v1/mentors/me')
        .set(a.bearer)
        .send({
          ...profileBody({ timezone: 'Mars/Olympus' }),
          photoUrl: 'javascript:alert(1)',
          expertise: [],
        })
        .expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'expertise',
        'photoUrl',
        'timezone',
      ]);
      // The form asks for an https photo; a plain http one is refused with that reason.
      const insecure = await http()
        .post('/api/v1/mentors/me')
        .set(a.bearer)
        .send({ ...profileBody(), photoUrl: 'http://img.example.com/a.png' })
        .expect(400);
      expect(insecure.body.errors).toEqual([
        expect.objectContaining({ path: 'photoUrl', message: expect.stringMatching(/https:\/\//) }),
      ]);
    });

    it('answers 401 without a token', async () => {
      await http().post('/api/v1/mentors/me').send(profileBody()).expect(401);
    });
  });

  describe('GET and PATCH /mentors/me', () => {
    it('answers 403 to a user who has not applied (no mentor role: CONTRACT.md "who: the mentor")', async () => {
      const a = await user();
      await http().get('/api/v1/mentors/me').set(a.bearer).expect(403);
      await http()
        .patch('/api/v1/mentors/me')
        .set(a.bearer)
        .send({ headline: 'A new headline here' })
        .expect(403);
    });

    it('edits any subset, clears optional fields with null, and shows the profile in any status', async () => {
      const a = await user();
      await applyAsMentor(t, a, { photoUrl: 'https://img.example.com/a.png', yearsExperience: 3 });
      const res = await http()
        .patch('/api/v1/mentors/me')
        .set(a.bearer)
        .send({
          headline: 'Engineering manager, hiring and growth',
          photoUrl: null,
          expertise: ['Hiring', 'hiring'],
        })
        .expect(200);
      expect(res.body).toMatchObject({
        headline: 'Engineering manager, hiring and growth',
        photoUrl: null,
        yearsExperience: 3,
        expertise: ['hiring'],
        status: 'pending',
      });
      const mine = await http().get('/api/v1/mentors/me').set(a.bearer).expect(200);
      expect(mine.body).toEqual(res.body);
    });

    it('takes calcomLink as a cal.com URL or a username path, stored as https://cal.com/…; refuses others', async () => {
      const a = await user();
      await applyAsMentor(t, a, { calcomLink: 'priya/intro' });
      const mine = await http().get('/api/v1/mentors/me').set(a.bearer).expect(200);
      expect(mine.body.calcomLink).toBe('https://cal.com/priya/intro');
      const edited = await http()
        .patch('/api/v1/mentors/me')
        .set(a.bearer)
        .send({ calcomLink: 'https://app.cal.com/priya?month=2027-01' })
        .expect(200);
      expect(edited.body.calcomLink).toBe('https://app.cal.com/priya');
      for (const bad of [
        'https://calendly.com/priya',
        'http://cal.com/priya',
        'https://cal.com/',
        'not a link',
      ]) {
        const res = await http()
          .patch('/api/v1/mentors/me')
          .set(a.bearer)
          .send({ calcomLink: bad })
          .expect(400);
        expect(res.body.errors).toEqual([
          { path: 'calcomLink', message: expect.stringContaining('Cal.com') },
        ]);
      }
      await http().patch('/api/v1/mentors/me').set(a.bearer).send({ calcomLink: null }).expect(200);
      expect((await http().get('/api/v1/mentors/me').set(a.bearer).expect(200)).body.calcomLink).toBeNull();
    });

    it('refuses status, slug and userId in a PATCH', async () => {
      const a = await user();
      const p = await applyAsMentor(t, a);
      for (const extra of [{ status: 'approved' }, { slug: 'x-y' }, { userId: admin.id }]) {
        await http().patch('/api/v1/mentors/me').set(a.bearer).send(extra).expect(400);
      }
      const mine = await http().get('/api/v1/mentors/me').set(a.bearer).expect(200);
      expect(mine.body).toMatchObject({ status: 'pending', slug: p.slug, userId: a.id });
    });

    it('sends an edited rejected profile back to pending, clearing the reason', async () => {
      const a = await user();
      const p = await applyAsMentor(t, a);
      await http()
        .post(`/api/v1/admin/mentors/${p.id}/reject`)
        .set(admin.bearer)
        .send({ reason: 'Please say more about your experience.' })
        .expect(200);
      const rejected = await http().get('/api/v1/mentors/me').set(a.bearer).expect(200);
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        rejectionReason: 'Please say more about your experience.',
      });
      // An empty PATCH is not an edit.
      await http().patch('/api/v1/mentors/me').set(a.bearer).send({}).expect(200);
      expect((await http().get('/api/v1/mentors/me').set(a.bearer)).body.status).toBe('rejected');
      const edited = await http()
        .patch('/api/v1/mentors/me')
        .set(a.bearer)
        .send({
          bio: 'Fifteen years of backend work, ten of them leading teams of five to twenty engineers.',
        })
        .expect(200);
      expect(edited.body).toMatchObject({ status: 'pending', rejectionReason: null });
    });
  });

  describe('GET /mentors/{slug}: who sees what', () => {
    it('hides pending and rejected profiles from the public and other users; owner and admin see them', async () => {
      const owner = await user();
      const stranger = await user();
      const p = await applyAsMentor(t, owner, { expertise: [`vis-${uniq()}`] });
      const path = `/api/v1/mentors/${p.slug}`;
      await http().get(path).expect(404);
      await http().get(path).set(stranger.bearer).expect(404);
      expect((await http().get(path).set(owner.bearer).expect(200)).body.status).toBe('pending');
      expect((await http().get(path).set(admin.bearer).expect(200)).body.status).toBe('pending');
      const listed = await http().get('/api/v1/mentors').query({ expertise: p.expertise[0] }).expect(200);
      expect(listed.body.items).toEqual([]);

      await http()
        .post(`/api/v1/admin/mentors/${p.id}/reject`)
        .set(admin.bearer)
        .send({ reason: 'Not yet.' })
        .expect(200);
      await http().get(path).expect(404);
      await http().get(path).set(stranger.bearer).expect(404);
      expect((await http().get(path).set(owner.bearer).expect(200)).body.status).toBe('rejected');

      await http()
        .patch('/api/v1/mentors/me')
        .set(owner.bearer)
        .send({ headline: 'Better headline, more detail' });
      await http().post(`/api/v1/admin/mentors/${p.id}/approve`).set(admin.bearer).expect(200);
      const pub = await http().get(path).expect(200);
      expect(pub.body).toMatchObject({ status: 'approved', offerings: [] });
      expect(pub.body.rejectionReason).toBeUndefined();
      const found = await http().get('/api/v1/mentors').query({ expertise: p.expertise[0] }).expect(200);
      expect(found.body.items.map((m: { slug: string }) => m.slug)).toEqual([p.slug]);
    });

    it('hides profiles hidden by moderation or of suspended users, except from owner and admin', async () => {
      const owner = await user();
      const tag = `mod-${uniq()}`;
      const p = await applyAsMentor(t, owner, { expertise: [tag] });
      await http().post(`/api/v1/admin/mentors/${p.id}/approve`).set(admin.bearer).expect(200);
      await http().get(`/api/v1/mentors/${p.slug}`).expect(200);
      await t.db.query('UPDATE mentor_profiles SET hidden_at = now() WHERE id = $1', [p.id]);
      await http().get(`/api/v1/mentors/${p.slug}`).expect(404);
      await http().get(`/api/v1/mentors/${p.slug}`).set(owner.bearer).expect(200);
      await http().get(`/api/v1/mentors/${p.slug}`).set(admin.bearer).expect(200);
      expect((await http().get('/api/v1/mentors').query({ expertise: tag })).body.items).toEqual([]);
      await t.db.query('UPDATE mentor_profiles SET hidden_at = NULL WHERE id = $1', [p.id]);
      await t.db.query('UPDATE users SET suspended_at = now() WHERE id = $1', [owner.id]);
      await http().get(`/api/v1/mentors/${p.slug}`).expect(404);
      expect((await http().get('/api/v1/mentors').query({ expertise: tag })).body.items).toEqual([]);
      await http().get(`/api/v1/mentors/${p.slug}`).set(admin.bearer).expect(200);
    });

    it('renders XSS payloads in bios inert in bioHtml', async () => {
      const owner = await user();
      const payloads = [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '[click](javascript:alert(1))',
        '<a href="javascript:alert(1)">x</a>',
        '<svg onload=alert(1)>',
        '<iframe src="https://evil.example"></iframe>',
        '![x](data:image/svg+xml;base64,PHN2Zz4=)',
        '<p style="background:url(javascript:alert(1))" onclick="alert(1)">styled</p>',
        '**bold** and [a link](https://example.com)',
      ];
      const p = await applyAsMentor(t, owner, { bio: payloads.join('\n\n') });
      const res = await http().get(`/api/v1/mentors/${p.slug}`).set(owner.bearer).expect(200);
      const html: string = res.body.bioHtml;
      expect(html).not.toMatch(/<script|<iframe|<svg|javascript:|data:|onerror|onload|onclick|style=/i);
      expect(html).toContain('<strong>bold</strong>');
      expect(html).toContain('href="https://example.com"');
      expect(html).toContain('rel="nofollow noopener noreferrer"');
      // The raw Markdown is kept as written for the editor.
      expect(res.body.bio).toContain('<script>alert(1)</script>');
    });

    it('keeps the denormalised name in sync when the user is renamed', async () => {
      const owner = await user(`Oldname ${letters()}`);
      const p = await applyAsMentor(t, owner);
      await http().post(`/api/v1/admin/mentors/${p.id}/approve`).set(admin.bearer).expect(200);
      const renamed = `Newname ${letters()}`;
      await t.db.query('UPDATE users SET name = $2 WHERE id = $1', [owner.id, renamed]);
      expect((await http().get(`/api/v1/mentors/${p.slug}`).expect(200)).body.name).toBe(renamed);
      const found = await http().get('/api/v1/mentors').query({ q: renamed }).expect(200);
      expect(found.body.items[0]).toMatchObject({ slug: p.slug, name: renamed });
    });

    it('answers 404 for an unknown slug', async () => {
      const res = await http().get(`/api/v1/mentors/nobody-${uniq()}`).expect(404);
      expect(res.body.code).toBe('not_found');
    });
  });
});
