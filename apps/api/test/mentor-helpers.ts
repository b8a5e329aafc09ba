import type { TCreateMentorProfile, TCreateOffering, TMentorProfile, TOffering } from '@ladder/domain';
import request from 'supertest';
import type { TestApp } from './app';
import { type Account, signUp } from './auth-helpers';
import { uniq } from './factories';

/** A valid application body; override any field. */
export function profileBody(over: Partial<TCreateMentorProfile> = {}): TCreateMentorProfile {
  return {
    headline: 'Staff engineer helping seniors grow',
    bio: 'I have mentored engineers for years and I enjoy it a lot.',
    expertise: ['backend'],
    languages: ['English'],
    timezone: 'Europe/Berlin',
    ...over,
  };
}

export function offeringBody(over: Partial<TCreateOffering> = {}): TCreateOffering {
  return { title: 'Growth session', durationMinutes: 60, priceAmount: 10_000, currency: 'USD', ...over };
}

/** Applies through the API (POST /mentors/me) and answers the pending profile. */
export async function applyAsMentor(
  t: TestApp,
  account: Account,
  over: Partial<TCreateMentorProfile> = {},
): Promise<TMentorProfile> {
  const res = await request(t.app.getHttpServer())
    .post('/api/v1/mentors/me')
    .set(account.bearer)
    .send(profileBody(over))
    .expect(201);
  return res.body;
}

export async function addOffering(
  t: TestApp,
  account: Account,
  over: Partial<TCreateOffering> = {},
): Promise<TOffering> {
  const res = await request(t.app.getHttpServer())
    .post('/api/v1/mentors/me/offerings')
    .set(account.bearer)
    .send(offeringBody(over))
    .expect(201);
  return res.body;
}

export interface ApprovedMentor {
  account: Account;
  profile: TMentorProfile;
  offerings: TOffering[];
}

/** Signs up, applies, adds offerings and is approved by `admin`: the whole real path. */
export async function makeApprovedMentor(
  t: TestApp,
  admin: Account,
  over: Partial<TCreateMentorProfile> & { name?: string; offerings?: Partial<TCreateOffering>[] } = {},
): Promise<ApprovedMentor> {
  const { name, offerings = [{}], ...profile } = over;
  const account = await signUp(t.app.getHttpServer(), { name: name ?? `Mentor ${uniq()}` });
  const applied = await applyAsMentor(t, account, profile);
  const made: TOffering[] = [];
  for (const o of offerings) made.push(await addOffering(t, account, o));
  const res = await request(t.app.getHttpServer())
    .post(`/api/v1/admin/mentors/${applied.id}/approve`)
    .set(admin.bearer)
    .expect(200);
  return { account, profile: res.body, offerings: made };
}

/** Lower-case letters only, so names and words tokenise as one word. */
export function letters(n = 8): string {
  return Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}
