'use server';

import {
  type TMentorProfile,
  type TOffering,
  ZCreateMentorProfileSchema,
  ZCreateOfferingSchema,
  ZPutAvailabilitySchema,
  ZUpdateMentorProfileSchema,
  ZUpdateOfferingSchema,
  ZUuid,
} from '@ladder/domain';
import {
  archiveMyOffering,
  createMyMentorProfile,
  createMyOffering,
  putMyAvailability,
  type TStoredAvailability,
  updateMyMentorProfile,
  updateMyOffering,
} from '@/lib/api/mentor-profile';
import { actionWithSession } from '@/lib/api/server-session';
import { issuesToFieldErrors, type TActionResult, validationProblem } from '@/lib/mentor/action-result';

/*
 * The mentor's own writes. They run on the web server, which forwards the visitor's session
 * cookies and Origin to the API; going through a page POST also lets proxy.ts refresh an expired
 * access token first, so a long editing session does not end in a 401. Server actions are public
 * endpoints: every input is parsed with the shared schema again here, and the API checks the
 * session and validates on every call.
 */

function badId(): TActionResult<never> {
  return { ok: false, problem: validationProblem([{ path: 'id', message: 'Unknown offering' }]) };
}

/** `POST /mentors/me`: apply as a mentor. */
export async function applyAsMentor(input: unknown): Promise<TActionResult<TMentorProfile>> {
  const parsed = ZCreateMentorProfileSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => createMyMentorProfile(parsed.data, { headers }));
}

/** `PATCH /mentors/me`. */
export async function saveMyMentorProfile(input: unknown): Promise<TActionResult<TMentorProfile>> {
  const parsed = ZUpdateMentorProfileSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => updateMyMentorProfile(parsed.data, { headers }));
}

/** `POST /mentors/me/offerings`. */
export async function addOffering(input: unknown): Promise<TActionResult<TOffering>> {
  const parsed = ZCreateOfferingSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => createMyOffering(parsed.data, { headers }));
}

/** `PATCH /mentors/me/offerings/{id}`. */
export async function editOffering(id: string, input: unknown): Promise<TActionResult<TOffering>> {
  if (!ZUuid.safeParse(id).success) return badId();
  const parsed = ZUpdateOfferingSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => updateMyOffering(id, parsed.data, { headers }));
}

/** `DELETE /mentors/me/offerings/{id}`: archive. */
export async function archiveOffering(id: string): Promise<TActionResult<null>> {
  if (!ZUuid.safeParse(id).success) return badId();
  return actionWithSession(async (headers) => {
    await archiveMyOffering(id, { headers });
    return null;
  });
}

/** `PUT /mentors/me/availability`. */
export async function saveAvailability(input: unknown): Promise<TActionResult<TStoredAvailability>> {
  const parsed = ZPutAvailabilitySchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => putMyAvailability(parsed.data, { headers }));
}
