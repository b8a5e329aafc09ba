'use server';

import {
  MENTOR_STATUSES,
  type TMentorApplication,
  type TMentorProfile,
  type TMentorStatus,
  type TPage,
  ZRejectMentorSchema,
  ZUuid,
} from '@ladder/domain';
import {
  listMentorApplications,
  approveMentor as postApprove,
  rejectMentor as postReject,
} from '@/lib/api/admin';
import { actionWithSession } from '@/lib/api/server-session';
import { issuesToFieldErrors, type TActionResult, validationProblem } from '@/lib/mentor/action-result';

/*
 * The admin queue's writes and "Load more". Like the mentor actions they forward the session
 * (the API answers 403 to anyone who is not an admin) and re-validate their input.
 */

function isStatus(value: string): value is TMentorStatus {
  return (MENTOR_STATUSES as readonly string[]).includes(value);
}

export async function loadMoreApplications(
  status: string,
  cursor: string,
): Promise<TActionResult<TPage<TMentorApplication>>> {
  if (!isStatus(status) || typeof cursor !== 'string' || cursor.length > 500) {
    return { ok: false, problem: validationProblem([{ path: 'cursor', message: 'Invalid page' }]) };
  }
  return actionWithSession((headers) => listMentorApplications({ status, cursor }, { headers }));
}

export async function approveApplication(id: string): Promise<TActionResult<TMentorProfile>> {
  if (!ZUuid.safeParse(id).success) {
    return { ok: false, problem: validationProblem([{ path: 'id', message: 'Unknown application' }]) };
  }
  return actionWithSession((headers) => postApprove(id, { headers }));
}

export async function rejectApplication(id: string, input: unknown): Promise<TActionResult<TMentorProfile>> {
  if (!ZUuid.safeParse(id).success) {
    return { ok: false, problem: validationProblem([{ path: 'id', message: 'Unknown application' }]) };
  }
  const parsed = ZRejectMentorSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return actionWithSession((headers) => postReject(id, parsed.data, { headers }));
}
