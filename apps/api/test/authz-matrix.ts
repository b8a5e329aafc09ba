import request from 'supertest';
import { newOpaqueToken } from '../src/modules/auth/tokens';
import type { TestApp } from './app';
import { type Account, PASSWORD } from './auth-helpers';
import { ALL_WEEK, book, makeBookableMentor, utcSlot } from './booking-helpers';
import { addOffering, applyAsMentor, offeringBody, profileBody } from './mentor-helpers';

/** A booking whose mentee is `owner` (paid when `price` > 0, so it is held). */
async function bookingOf(t: TestApp, owner: Account, price = 0): Promise<string> {
  const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'), [{ priceAmount: price }]);
  const res = await book(t, owner, mentor.offeringIds[0]!, utcSlot(12, 10)).expect(201);
  return res.body.id;
}

/** A shared note written by `owner`, the mentee of a fresh booking; answers its path. */
async function noteOf(t: TestApp, owner: Account): Promise<string> {
  const id = await bookingOf(t, owner);
  const res = await request(t.app.getHttpServer())
    .post(`/api/v1/bookings/${id}/notes`)
    .set(owner.bearer)
    .send({ body: 'Questions for next time', visibility: 'shared' })
    .expect(201);
  return `/api/v1/bookings/${id}/notes/${res.body.id}`;
}

/** `owner` applies as a mentor (pending); answers the profile id and slug. */
async function mentorProfileOf(t: TestApp, owner: Account): Promise<{ id: string; slug: string }> {
  const p = await applyAsMentor(t, owner);
  return { id: p.id, slug: p.slug };
}

/** `owner` applies as a mentor and adds an offering; answers its id. */
async function offeringOf(t: TestApp, owner: Account): Promise<string> {
  await applyAsMentor(t, owner);
  return (await addOffering(t, owner)).id;
}

/**
 * Who may call what. Every protected route gets a row; each caller kind gets the status the
 * contract promises. Removing a guard (or an ownership check) makes a row fail.
 * Later modules add rows here: `owner` owns the resource the row creates, `other` is any other
 * signed-in user, `admin` an administrator.
 */
export type Caller = 'anonymous' | 'owner' | 'other' | 'admin';

export interface Row {
  name: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Builds the path (and body) for a fresh resource owned by `owner`. */
  setup: (ctx: { t: TestApp; owner: Account }) => Promise<{ path: string; body?: object }>;
  expect: Record<Caller, number>;
}

export const MATRIX: Row[] = [
  {
    name: 'GET /me',
    method: 'get',
    setup: async () => ({ path: '/api/v1/me' }),
    expect: { anonymous: 401, owner: 200, other: 200, admin: 200 },
  },
  {
    name: 'PATCH /me',
    method: 'patch',
    setup: async () => ({ path: '/api/v1/me', body: { timezone: 'Europe/Berlin' } }),
    expect: { anonymous: 401, owner: 200, other: 200, admin: 200 },
  },
  {
    // The same password again: the shared admin of this file keeps signing in.
    name: 'POST /me/password',
    method: 'post',
    setup: async () => ({
      path: '/api/v1/me/password',
      body: { currentPassword: PASSWORD, newPassword: PASSWORD },
    }),
    expect: { anonymous: 401, owner: 204, other: 204, admin: 204 },
  },
  {
    // Asking is allowed to everyone signed in (202 even for an address that has an account).
    name: 'POST /me/email',
    method: 'post',
    setup: async () => ({
      path: '/api/v1/me/email',
      body: { newEmail: `matrix-${Math.random().toString(36).slice(2)}@example.com`, password: PASSWORD },
    }),
    expect: { anonymous: 401, owner: 202, other: 202, admin: 202 },
  },
  {
    // A confirmation link only works for the account that asked: anyone else gets invalid_token.
    name: 'POST /me/email/confirm',
    method: 'post',
    setup: async ({ t, owner }) => {
      const { token, hash } = newOpaqueToken();
      await t.db.query(
        `INSERT INTO user_tokens (user_id, kind, token_hash, new_email, expires_at)
         VALUES ($1, 'email_change', $2, $3, now() + interval '1 hour')`,
        [owner.id, hash, `matrix-${Math.random().toString(36).slice(2)}@example.com`],
      );
      return { path: '/api/v1/me/email/confirm', body: { token } };
    },
    expect: { anonymous: 401, owner: 200, other: 400, admin: 400 },
  },
  {
    name: 'GET /me/export',
    method: 'get',
    setup: async () => ({ path: '/api/v1/me/export' }),
    expect: { anonymous: 401, owner: 200, other: 200, admin: 200 },
  },
  {
    // Everyone deletes only themselves; administrators cannot (422 cannot_delete_admin).
    name: 'DELETE /me',
    method: 'delete',
    setup: async () => ({ path: '/api/v1/me', body: { password: PASSWORD } }),
    expect: { anonymous: 401, owner: 204, other: 204, admin: 422 },
  },
  {
    name: 'POST /auth/verify-email/resend',
    method: 'post',
    setup: async () => ({ path: '/api/v1/auth/verify-email/resend' }),
    expect: { anonymous: 401, owner: 202, other: 202, admin: 202 },
  },
  {
    name: 'GET /admin/funnel',
    method: 'get',
    setup: async () => ({ path: '/api/v1/admin/funnel?days=7' }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  {
    name: 'GET /admin/audit-log',
    method: 'get',
    setup: async () => ({ path: '/api/v1/admin/audit-log' }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  {
    name: 'GET /bookings/{id}',
    method: 'get',
    setup: async ({ t, owner }) => ({ path: `/api/v1/bookings/${await bookingOf(t, owner)}` }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 200 },
  },
  {
    name: 'GET /bookings/{id}/calendar.ics',
    method: 'get',
    setup: async ({ t, owner }) => ({ path: `/api/v1/bookings/${await bookingOf(t, owner)}/calendar.ics` }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'POST /bookings/{id}/cancel',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/bookings/${await bookingOf(t, owner)}/cancel`,
      body: {},
    }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'POST /bookings/{id}/reschedule',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/bookings/${await bookingOf(t, owner)}/reschedule`,
      body: { start: utcSlot(12, 14) },
    }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'POST /payments/offline/{bookingId}/pay',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/payments/offline/${await bookingOf(t, owner, 5_000)}/pay`,
    }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'GET /bookings',
    method: 'get',
    setup: async () => ({ path: '/api/v1/bookings' }),
    expect: { anonymous: 401, owner: 200, other: 200, admin: 200 },
  },
  // Mentors. The shared admin has no mentor profile until the POST /mentors/me row, kept last
  // of these, applies as one: the rows above answer the admin as a user without the mentor role
  // (403, as CONTRACT.md answers a missing role), and rows added below it meet an admin who has a
  // pending one. Another mentor's offering is 404 (contract.e2e-spec.ts).
  {
    name: 'GET /mentors/me',
    method: 'get',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me' };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'PATCH /mentors/me',
    method: 'patch',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me', body: { headline: 'A sharper headline for mentees' } };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'GET /mentors/me/earnings',
    method: 'get',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me/earnings' };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'GET /mentors/{slug} (pending)',
    method: 'get',
    setup: async ({ t, owner }) => ({ path: `/api/v1/mentors/${(await mentorProfileOf(t, owner)).slug}` }),
    expect: { anonymous: 404, owner: 200, other: 404, admin: 200 },
  },
  {
    name: 'POST /mentors/me/offerings',
    method: 'post',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me/offerings', body: offeringBody() };
    },
    expect: { anonymous: 401, owner: 201, other: 403, admin: 403 },
  },
  {
    name: 'GET /mentors/me/offerings',
    method: 'get',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me/offerings' };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'PATCH /mentors/me/offerings/{id}',
    method: 'patch',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/mentors/me/offerings/${await offeringOf(t, owner)}`,
      body: { priceAmount: 12_000 },
    }),
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'DELETE /mentors/me/offerings/{id}',
    method: 'delete',
    setup: async ({ t, owner }) => ({ path: `/api/v1/mentors/me/offerings/${await offeringOf(t, owner)}` }),
    expect: { anonymous: 401, owner: 204, other: 403, admin: 403 },
  },
  {
    name: 'GET /admin/mentors',
    method: 'get',
    setup: async () => ({ path: '/api/v1/admin/mentors?status=pending' }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  {
    name: 'POST /admin/mentors/{id}/approve',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/admin/mentors/${(await mentorProfileOf(t, owner)).id}/approve`,
    }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  {
    name: 'POST /admin/mentors/{id}/reject',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/admin/mentors/${(await mentorProfileOf(t, owner)).id}/reject`,
      body: { reason: 'Please add concrete mentoring examples.' },
    }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  {
    name: 'GET /mentors/me/payouts',
    method: 'get',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me/payouts' };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    // The matrix runs the offline (demo) provider: the owner is told payouts are unavailable.
    name: 'POST /mentors/me/payouts/onboarding (offline)',
    method: 'post',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me/payouts/onboarding' };
    },
    expect: { anonymous: 401, owner: 409, other: 403, admin: 403 },
  },
  {
    name: 'GET /mentors/me/availability',
    method: 'get',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me/availability' };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'PUT /mentors/me/availability',
    method: 'put',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me/availability', body: ALL_WEEK('UTC') };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'GET /mentors/me/calcom-webhook',
    method: 'get',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me/calcom-webhook' };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'POST /mentors/me/calcom-webhook',
    method: 'post',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me/calcom-webhook' };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    // `owner` already applied (409); anyone else signed in may apply once (201).
    name: 'POST /mentors/me',
    method: 'post',
    setup: async ({ t, owner }) => {
      await mentorProfileOf(t, owner);
      return { path: '/api/v1/mentors/me', body: profileBody() };
    },
    expect: { anonymous: 401, owner: 409, other: 201, admin: 201 },
  },
  // After the session: notes and reviews belong to the booking's two parties; admins get 404.
  {
    name: 'GET /bookings/{id}/notes',
    method: 'get',
    setup: async ({ t, owner }) => ({ path: `/api/v1/bookings/${await bookingOf(t, owner)}/notes` }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'POST /bookings/{id}/notes',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/bookings/${await bookingOf(t, owner)}/notes`,
      body: { body: 'Questions for next time', visibility: 'shared' },
    }),
    expect: { anonymous: 401, owner: 201, other: 404, admin: 404 },
  },
  {
    name: 'PATCH /bookings/{id}/notes/{noteId}',
    method: 'patch',
    setup: async ({ t, owner }) => ({ path: await noteOf(t, owner), body: { body: 'Questions, fixed' } }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'DELETE /bookings/{id}/notes/{noteId}',
    method: 'delete',
    setup: async ({ t, owner }) => ({ path: await noteOf(t, owner) }),
    expect: { anonymous: 401, owner: 204, other: 404, admin: 404 },
  },
  {
    name: 'POST /bookings/{id}/review',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/bookings/${await startedBookingOf(t, owner)}/review`,
      body: { rating: 5, body: 'Very helpful' },
    }),
    expect: { anonymous: 401, owner: 201, other: 404, admin: 404 },
  },
  {
    name: 'GET /mentors/{slug}/reviews (approved)',
    method: 'get',
    setup: async ({ t }) => ({
      path: `/api/v1/mentors/${(await makeBookableMentor(t, ALL_WEEK('UTC'))).slug}/reviews`,
    }),
    expect: { anonymous: 200, owner: 200, other: 200, admin: 200 },
  },
  {
    name: 'POST /reports',
    method: 'post',
    setup: async ({ t }) => ({
      path: '/api/v1/reports',
      body: {
        targetType: 'mentor',
        targetId: (await makeBookableMentor(t, ALL_WEEK('UTC'))).profileId,
        reason: 'Spam',
      },
    }),
    expect: { anonymous: 401, owner: 201, other: 201, admin: 201 },
  },
  {
    name: 'GET /admin/reports',
    method: 'get',
    setup: async () => ({ path: '/api/v1/admin/reports' }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  {
    name: 'POST /admin/reports/{id}/resolve',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/admin/reports/${await reportOf(t, owner)}/resolve`,
      body: { action: 'dismiss' },
    }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  {
    name: 'POST /admin/reports/{id}/restore',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/admin/reports/${await reportOf(t, owner, 'hide')}/restore`,
    }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  // Learning plans belong to the mentee-mentor pair; admins get 404 like strangers.
  {
    name: 'POST /learning-plans',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: '/api/v1/learning-plans',
      body: { bookingId: await bookingOf(t, owner), goal: 'Lead a cross-team project' },
    }),
    expect: { anonymous: 401, owner: 201, other: 404, admin: 404 },
  },
  {
    name: 'GET /learning-plans',
    method: 'get',
    setup: async () => ({ path: '/api/v1/learning-plans' }),
    expect: { anonymous: 401, owner: 200, other: 200, admin: 200 },
  },
  {
    name: 'GET /learning-plans/{id}',
    method: 'get',
    setup: async ({ t, owner }) => ({ path: `/api/v1/learning-plans/${(await planOf(t, owner)).planId}` }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'PATCH /learning-plans/{id}',
    method: 'patch',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/learning-plans/${(await planOf(t, owner)).planId}`,
      body: { goal: 'Become a staff engineer' },
    }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'POST /learning-plans/{id}/items',
    method: 'post',
    setup: async ({ t, owner }) => {
      const plan = await planOf(t, owner);
      return {
        path: `/api/v1/learning-plans/${plan.planId}/items`,
        body: { title: 'Write a design doc', dueOn: plan.startsOn },
      };
    },
    expect: { anonymous: 401, owner: 201, other: 404, admin: 404 },
  },
  {
    name: 'PATCH /learning-plans/{id}/items/{itemId}',
    method: 'patch',
    setup: async ({ t, owner }) => {
      const plan = await planOf(t, owner);
      return { path: `/api/v1/learning-plans/${plan.planId}/items/${plan.itemId}`, body: { done: true } };
    },
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'DELETE /learning-plans/{id}/items/{itemId}',
    method: 'delete',
    setup: async ({ t, owner }) => {
      const plan = await planOf(t, owner);
      return { path: `/api/v1/learning-plans/${plan.planId}/items/${plan.itemId}` };
    },
    expect: { anonymous: 401, owner: 204, other: 404, admin: 404 },
  },
  {
    name: 'POST /conversations',
    method: 'post',
    setup: async ({ t }) => ({
      path: '/api/v1/conversations',
      body: { mentorId: (await makeBookableMentor(t, ALL_WEEK('UTC'))).profileId, body: 'Hello!' },
    }),
    expect: { anonymous: 401, owner: 201, other: 201, admin: 201 },
  },
  {
    name: 'GET /conversations',
    method: 'get',
    setup: async () => ({ path: '/api/v1/conversations' }),
    expect: { anonymous: 401, owner: 200, other: 200, admin: 200 },
  },
  {
    name: 'GET /conversations/{id}',
    method: 'get',
    setup: async ({ t, owner }) => ({ path: `/api/v1/conversations/${await conversationOf(t, owner)}` }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'GET /conversations/{id}/messages',
    method: 'get',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/conversations/${await conversationOf(t, owner)}/messages`,
    }),
    expect: { anonymous: 401, owner: 200, other: 404, admin: 404 },
  },
  {
    name: 'POST /conversations/{id}/messages',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/conversations/${await conversationOf(t, owner)}/messages`,
      body: { body: 'Following up' },
    }),
    expect: { anonymous: 401, owner: 201, other: 404, admin: 404 },
  },
  {
    name: 'POST /conversations/{id}/read',
    method: 'post',
    setup: async ({ t, owner }) => ({ path: `/api/v1/conversations/${await conversationOf(t, owner)}/read` }),
    expect: { anonymous: 401, owner: 204, other: 404, admin: 404 },
  },
  // Accounts and revenue: admins only.
  {
    name: 'GET /admin/users',
    method: 'get',
    setup: async () => ({ path: '/api/v1/admin/users?q=person' }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  {
    name: 'POST /admin/users/{id}/suspend',
    method: 'post',
    setup: async ({ owner }) => ({
      path: `/api/v1/admin/users/${owner.id}/suspend`,
      body: { reason: 'Spam' },
    }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  {
    // The owner is the suspended account: their own token no longer signs them in (401).
    name: 'POST /admin/users/{id}/unsuspend',
    method: 'post',
    setup: async ({ t, owner }) => {
      await t.db.query('UPDATE users SET suspended_at = now() WHERE id = $1', [owner.id]);
      return { path: `/api/v1/admin/users/${owner.id}/unsuspend` };
    },
    expect: { anonymous: 401, owner: 401, other: 403, admin: 200 },
  },
  {
    name: 'GET /admin/revenue',
    method: 'get',
    setup: async () => ({ path: '/api/v1/admin/revenue?days=7' }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
  // Articles: the author is an approved mentor; anyone else lacks the role (403) — including the
  // shared admin, who by now has a pending mentor profile (mentor_not_approved).
  {
    name: 'GET /mentors/me/articles',
    method: 'get',
    setup: async ({ t, owner }) => {
      await articleOf(t, owner);
      return { path: '/api/v1/mentors/me/articles' };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'POST /mentors/me/articles',
    method: 'post',
    setup: async ({ t, owner }) => {
      await articleOf(t, owner);
      return { path: '/api/v1/mentors/me/articles', body: { title: 'Another article', body: 'Words.' } };
    },
    expect: { anonymous: 401, owner: 201, other: 403, admin: 403 },
  },
  {
    name: 'POST /mentors/me/articles/preview',
    method: 'post',
    setup: async ({ t, owner }) => {
      await articleOf(t, owner);
      return { path: '/api/v1/mentors/me/articles/preview', body: { body: '# Hello' } };
    },
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'GET /mentors/me/articles/{id}',
    method: 'get',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/mentors/me/articles/${(await articleOf(t, owner)).id}`,
    }),
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'PATCH /mentors/me/articles/{id}',
    method: 'patch',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/mentors/me/articles/${(await articleOf(t, owner)).id}`,
      body: { title: 'A better title' },
    }),
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'DELETE /mentors/me/articles/{id}',
    method: 'delete',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/mentors/me/articles/${(await articleOf(t, owner)).id}`,
    }),
    expect: { anonymous: 401, owner: 204, other: 403, admin: 403 },
  },
  {
    name: 'POST /mentors/me/articles/{id}/publish',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/mentors/me/articles/${(await articleOf(t, owner)).id}/publish`,
    }),
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    name: 'POST /mentors/me/articles/{id}/unpublish',
    method: 'post',
    setup: async ({ t, owner }) => ({
      path: `/api/v1/mentors/me/articles/${(await articleOf(t, owner)).id}/unpublish`,
    }),
    expect: { anonymous: 401, owner: 200, other: 403, admin: 403 },
  },
  {
    // A draft is nobody's public article, its author's included.
    name: 'GET /articles/{slug} (draft)',
    method: 'get',
    setup: async ({ t, owner }) => ({ path: `/api/v1/articles/${(await articleOf(t, owner)).slug}` }),
    expect: { anonymous: 404, owner: 404, other: 404, admin: 404 },
  },
];

/** A conversation `owner` started with a fresh mentor; answers its id. */
async function conversationOf(t: TestApp, owner: Account): Promise<string> {
  const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
  const res = await request(t.app.getHttpServer())
    .post('/api/v1/conversations')
    .set(owner.bearer)
    .send({ mentorId: mentor.profileId, body: 'Hi, a question before I book' })
    .expect(201);
  return res.body.conversation.id;
}

/** A learning plan of `owner` (as mentee) with one milestone, written straight to the database. */
async function planOf(
  t: TestApp,
  owner: Account,
): Promise<{ planId: string; itemId: string; startsOn: string }> {
  const bookingId = await bookingOf(t, owner);
  const rows: { id: string; starts_on: string }[] = await t.db.query(
    `INSERT INTO learning_plans (mentee_id, mentor_id, goal, starts_on, ends_on, timezone, created_by)
     SELECT mentee_id, mentor_id, 'Grow', current_date, current_date + 89, 'UTC', mentee_id FROM bookings WHERE id = $1
     RETURNING id, starts_on::text AS starts_on`,
    [bookingId],
  );
  const plan = rows[0]!;
  const items: { id: string }[] = await t.db.query(
    `INSERT INTO learning_plan_items (plan_id, title, due_on) VALUES ($1, 'Read the codebase', $2) RETURNING id`,
    [plan.id, plan.starts_on],
  );
  return { planId: plan.id, itemId: items[0]!.id, startsOn: plan.starts_on };
}

/** `owner` becomes an approved mentor (straight in the database) and writes a draft; answers its id and slug. */
async function articleOf(t: TestApp, owner: Account): Promise<{ id: string; slug: string }> {
  await t.db.query(
    `INSERT INTO mentor_profiles (user_id, slug, headline, bio, expertise, languages, timezone, status, approved_at)
     VALUES ($1, $2, 'Staff engineer and mentor', 'I help engineers grow into senior roles.', '{backend}', '{English}',
             'UTC', 'approved', now())
     ON CONFLICT (user_id) DO NOTHING`,
    [owner.id, `author-${owner.id}`],
  );
  await t.db.query(
    `UPDATE users SET roles = array_append(roles, 'mentor') WHERE id = $1 AND NOT 'mentor' = ANY(roles)`,
    [owner.id],
  );
  const res = await request(t.app.getHttpServer())
    .post('/api/v1/mentors/me/articles')
    .set(owner.bearer)
    .send({ title: 'Notes on growing into staff', body: 'Some **useful** words.' })
    .expect(201);
  return { id: res.body.id, slug: res.body.slug };
}

/** A confirmed booking whose mentee is `owner`, moved to have started an hour ago. */
async function startedBookingOf(t: TestApp, owner: Account): Promise<string> {
  const id = await bookingOf(t, owner);
  await t.db.query(
    `UPDATE bookings SET starts_at = now() - interval '1 hour', ends_at = now(),
            blocked_range = tstzrange(now() - interval '1 hour', now()) WHERE id = $1`,
    [id],
  );
  return id;
}

/** A report by `owner` of a fresh mentor; resolved with `hide` (the mentor hidden) when asked. */
async function reportOf(t: TestApp, owner: Account, hide?: 'hide'): Promise<string> {
  const mentor = await makeBookableMentor(t, ALL_WEEK('UTC'));
  const rows: { id: string }[] = await t.db.query(
    `INSERT INTO reports (reporter_id, target_type, target_id, reason, status, action, resolved_at)
     VALUES ($1, 'mentor', $2, 'Spam', $3, $4, $5) RETURNING id`,
    [owner.id, mentor.profileId, hide ? 'resolved' : 'open', hide ?? null, hide ? new Date() : null],
  );
  if (hide)
    await t.db.query('UPDATE mentor_profiles SET hidden_at = now() WHERE id = $1', [mentor.profileId]);
  return rows[0]!.id;
}
