import 'server-only';
import type { TMentorProfile } from '@ladder/domain';
import { cache } from 'react';
import { isApiError, type TResult } from '@/lib/api/client';
import { getMyMentorProfile } from '@/lib/api/mentor-profile';
import { sessionHeaders } from '@/lib/api/server-session';

/**
 * The signed-in user's mentor profile (any status), null when they have none, or the ApiError
 * when the API could not say — once per request, however many layouts and pages ask.
 */
export const loadMyMentorProfile = cache(async (): Promise<TResult<TMentorProfile | null>> => {
  try {
    return { ok: true, data: await getMyMentorProfile({ headers: await sessionHeaders() }) };
  } catch (error) {
    if (!isApiError(error)) throw error;
    // 403: the user has not applied (no mentor role yet); 404: the role without a profile.
    if (error.status === 403 || error.status === 404) return { ok: true, data: null };
    return { ok: false, error };
  }
});
