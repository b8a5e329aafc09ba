import request from 'supertest';
import { createTestApp, type TestApp } from '../../../test/app';
import { signUp } from '../../../test/auth-helpers';
import { ALL_WEEK, type BookableMentor, makeBookableMentor, utcSlot } from '../../../test/booking-helpers';
import { type CalcomBody, calcomCreated, deliverCalcom } from '../../../test/calcom-helpers';
import { applyAsMentor } from '../../../test/mentor-helpers';

const PLATFORM_SECRET = 'calcom-platform-secret-for-tests';
const ME = '/api/v1/mentors/me/calcom-webhook';

/** What GET/POST /mentors/me/calcom-webhook answer once it is set up. */
interface Hook {
  url: string;
  secret: string;
  createdAt: string;
  secretRotatedAt: string;
  lastDeliveryAt: string | null;
  lastOutcome: string | null;
}

describe("A mentor's own Cal.com webhook", () => {
  let t: TestApp;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '6', CALCOM_WEBHOOK_SECRET: PLATFORM_SECRET });
  });
  afterAll(() => t.close());

  /** The mentor sets their webhook up (or rotates its secret). */
  const setUp = async (mentor: BookableMentor): Promise<Hook> =>
    (await http().post(ME).set(mentor.account.bearer).expect(200)).body.webhook;

  /** The path part of the webhook's URL, as Cal.com would post to it. */
  const pathOf = (hook: Hook) => new URL(hook.url).pathname;

  const deliverTo = (hook: Hook, body: CalcomBody, secret = hook.secret) =>
    deliverCalcom(t.app.getHttpServer(), pathOf(hook), secret, body);

  const bookingOf = async (uid: string) =>
    (
      (await t.db.query('SELECT mentor_id, status FROM bookings WHERE external_uid = $1', [uid])) as {
        mentor_id: string;
        status: string;
      }[]
    )[0];

  const cancelled = (body: CalcomBody): CalcomBody => ({
    ...body,
    triggerEvent: 'BOOKING_CANCELLED',
    payload: { ...body.payload, status: 'CANCELLED' },
  });

  it('is set up by the mentor: a URL of its own and a secret; null before', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const before = await http().get(ME).set(mentor.account.bearer).expect(200);
    expect(before.body).toEqual({ webhook: null });

    const hook = await setUp(mentor);
    expect(hook.url).toMatch(/\/api\/v1\/webhooks\/calcom\/[0-9a-f-]{36}$/);
    expect(hook.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hook).toMatchObject({ lastDeliveryAt: null, lastOutcome: null });
    const again = await http().get(ME).set(mentor.account.bearer).expect(200);
    expect(again.body.webhook).toEqual(hook);
  });

  it('books the mentor from a delivery signed with their secret, and shows what the last delivery did', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const mentee = await signUp(t.app.getHttpServer());
    const hook = await setUp(mentor);
    // Their Cal.com account uses another email and username than Ladder: the URL says whose it is.
    const body = calcomCreated(mentor, mentee, utcSlot(21, 9), {
      organizer: { name: mentor.account.name, email: null, username: null, timeZone: 'UTC' },
    });
    const res = await deliverTo(hook, body).expect(200);
    expect(res.body).toEqual({ received: true, outcome: 'created' });
    expect(await bookingOf(body.payload.uid as string)).toEqual({
      mentor_id: mentor.profileId,
      status: 'confirmed',
    });

    const seen = (await http().get(ME).set(mentor.account.bearer).expect(200)).body.webhook as Hook;
    expect(seen.lastOutcome).toBe('created');
    expect(Date.parse(seen.lastDeliveryAt as string)).toBeGreaterThan(Date.now() - 60_000);
    // A replay is a duplicate, and says so.
    expect((await deliverTo(hook, body).expect(200)).body.outcome).toBe('duplicate');
  });

  it('refuses the platform secret, another mentor secret, an unknown id and a malformed id (401)', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const other = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const mentee = await signUp(t.app.getHttpServer());
    const hook = await setUp(mentor);
    const otherHook = await setUp(other);
    const body = calcomCreated(mentor, mentee, utcSlot(22, 9));
    for (const secret of [PLATFORM_SECRET, otherHook.secret, 'x']) {
      const res = await deliverTo(hook, body, secret).expect(401);
      expect(res.body).toMatchObject({ status: 401, code: 'invalid_signature' });
    }
    const unknown = {
      ...hook,
      url: hook.url.replace(/[0-9a-f-]{36}$/, '00000000-0000-4000-8000-000000000000'),
    };
    await deliverTo(unknown, body).expect(401);
    await deliverTo({ ...hook, url: hook.url.replace(/[0-9a-f-]{36}$/, 'not-a-uuid') }, body).expect(401);
    expect(await bookingOf(body.payload.uid as string)).toBeUndefined();
  });

  it("never touches another mentor's bookings: their organizer is ignored, their uid unknown", async () => {
    const mallory = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const victim = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const mentee = await signUp(t.app.getHttpServer());
    const hook = await setUp(mallory);

    // A booking naming the victim as organizer (and their slug), sent to Mallory's webhook.
    const forged = calcomCreated(victim, mentee, utcSlot(23, 9), { metadata: { mentorSlug: victim.slug } });
    expect((await deliverTo(hook, forged).expect(200)).body.outcome).toBe('ignored:other_organizer');
    expect(await bookingOf(forged.payload.uid as string)).toBeUndefined();

    // The victim's real booking, through the platform webhook; Mallory then tries to cancel it.
    const real = calcomCreated(victim, mentee, utcSlot(24, 9));
    await deliverCalcom(t.app.getHttpServer(), '/api/v1/webhooks/calcom', PLATFORM_SECRET, real).expect(200);
    expect((await deliverTo(hook, cancelled(real)).expect(200)).body.outcome).toBe('ignored:unknown_booking');
    expect(await bookingOf(real.payload.uid as string)).toMatchObject({ status: 'confirmed' });
    // Nor did her attempt spoil the real cancellation when it comes.
    const platform = await deliverCalcom(
      t.app.getHttpServer(),
      '/api/v1/webhooks/calcom',
      PLATFORM_SECRET,
      cancelled(real),
    ).expect(200);
    expect(platform.body.outcome).toBe('cancelled');
  });

  it('rotates the secret (the URL stays, the old secret stops) and disconnects (401 after)', async () => {
    const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
    const mentee = await signUp(t.app.getHttpServer());
    const first = await setUp(mentor);
    const second = await setUp(mentor);
    expect(second.url).toBe(first.url);
    expect(second.secret).not.toBe(first.secret);
    expect(second.createdAt).toBe(first.createdAt);
    expect(Date.parse(second.secretRotatedAt)).toBeGreaterThan(Date.parse(first.secretRotatedAt));

    const body = calcomCreated(mentor, mentee, utcSlot(25, 9));
    await deliverTo(second, body, first.secret).expect(401);
    expect((await deliverTo(second, body).expect(200)).body.outcome).toBe('created');

    await http().delete(ME).set(mentor.account.bearer).expect(204);
    await http().delete(ME).set(mentor.account.bearer).expect(404);
    expect((await http().get(ME).set(mentor.account.bearer).expect(200)).body).toEqual({ webhook: null });
    await deliverTo(second, calcomCreated(mentor, mentee, utcSlot(26, 9))).expect(401);
  });

  it('books nobody while the mentor is not approved, and is 403 to a user without the mentor role', async () => {
    const applicant = await signUp(t.app.getHttpServer());
    await applyAsMentor(t, applicant);
    const hook = (await http().post(ME).set(applicant.bearer).expect(200)).body.webhook as Hook;
    const mentee = await signUp(t.app.getHttpServer());
    const body = calcomCreated({ account: applicant }, mentee, utcSlot(27, 9));
    expect((await deliverTo(hook, body).expect(200)).body.outcome).toBe('ignored:mentor_not_bookable');
    expect(await bookingOf(body.payload.uid as string)).toBeUndefined();

    const nobody = await signUp(t.app.getHttpServer());
    const res = await http().get(ME).set(nobody.bearer).expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    await http().post(ME).set(nobody.bearer).expect(403);
  });
});
