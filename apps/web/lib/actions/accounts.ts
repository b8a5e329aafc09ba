'use server';

import { type TAdminUser, type TSuspensionResult, ZSuspendUserSchema, ZUuid } from '@ladder/domain';
import { suspendUser, unsuspendUser } from '@/lib/api/admin';
import { actionWithSession } from '@/lib/api/server-session';
import { issuesToFieldErrors, type TActionResult, validationProblem } from '@/lib/mentor/action-result';

/*
 * The admin's suspensions (the users list). The API decides who may; these re-validate input so a
 * bad id or an empty reason never leaves the server.
 */

const unknownUser = () => validationProblem([{ path: 'id', message: 'Unknown account' }]);

/** Suspends an account with a reason (the user is emailed it). */
export async function suspendUserAction(
  id: string,
  reason: string,
): Promise<TActionResult<TSuspensionResult>> {
  if (!ZUuid.safeParse(id).success) return { ok: false, problem: unknownUser() };
  const parsed = ZSuspendUserSchema.safeParse({ reason });
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => suspendUser(id, parsed.data.reason, { headers }));
}

/** Lifts a suspension: sign-in and the mentor profile come back. */
export async function unsuspendUserAction(id: string): Promise<TActionResult<TAdminUser>> {
  if (!ZUuid.safeParse(id).success) return { ok: false, problem: unknownUser() };
  return actionWithSession((headers) => unsuspendUser(id, { headers }));
}
