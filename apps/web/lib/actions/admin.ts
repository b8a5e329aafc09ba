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
import { isApiError } from '@/lib/api/client';
import { sessionHeaders } from '@/lib/api/server-session';
import {
  issuesToFieldErrors,
  problemOf,
  type TActionResult,
  validationProblem,
} from '@/lib/mentor/action-result';

/*
 * The admin queue's writes and "Load more". Like the mentor actions they forward the session
 * (the API answers 403 to anyone who is not an admin) and re-validate their input.
 */

async function call<T>(fn: (headers: Record<string, string>) => Promise<T>): Promise<TActionResult<T>> {
  try {
    return { ok: true, data: await fn(await sessionHeaders()) };
  } catch (error) {
    if (isApiError(error)) return { ok: false, problem: problemOf(error) };
    throw error;
  }
}

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
  return call((headers) => listMentorApplications({ status, cursor }, { headers }));
}

export async function approveApplication(id: string): Promise<TActionResult<TMentorProfile>> {
  if (!ZUuid.safeParse(id).success) {
    return { ok: false, problem: validationProblem([{ path: 'id', message: 'Unknown application' }]) };
  }
  return call((headers) => postApprove(id, { headers }));
}

export async function rejectApplication(id: string, input: unknown): Promise<TActionResult<TMentorProfile>> {
  if (!ZUuid.safeParse(id).success) {
    return { ok: false, problem: validationProblem([{ path: 'id', message: 'Unknown application' }]) };
  }
  const parsed = ZRejectMentorSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, problem: validationProblem(issuesToFieldErrors(parsed.error.issues)) };
  return call((headers) => postReject(id, parsed.data, { headers }));
}
