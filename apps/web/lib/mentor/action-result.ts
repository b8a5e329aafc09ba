import { ApiError, type TFieldError } from '@/lib/api/client';

/**
 * What a server action answers. An ApiError is a class and cannot cross from the server to the
 * browser, so a failure travels as this plain object and becomes an ApiError again on arrival,
 * where the forms' usual error mapping (`apiFormErrors`) takes over.
 */
export type TActionProblem = {
  status: number;
  code: string;
  title: string;
  detail?: string | undefined;
  errors: TFieldError[];
  requestId?: string | undefined;
  retryAfterSeconds?: number | undefined;
};

export type TActionResult<T> = { ok: true; data: T } | { ok: false; problem: TActionProblem };

export function problemOf(error: ApiError): TActionProblem {
  return {
    status: error.status,
    code: error.code,
    title: error.title,
    detail: error.detail,
    errors: error.errors,
    requestId: error.requestId,
    retryAfterSeconds: error.retryAfterSeconds,
  };
}

export function apiErrorOf(problem: TActionProblem): ApiError {
  return new ApiError(problem);
}

/** A validation failure found before calling the API, in the API's own shape. */
export function validationProblem(errors: TFieldError[]): TActionProblem {
  return { status: 400, code: 'validation_failed', title: 'Validation failed', errors };
}

/** zod issues → `[{path: 'weekly.3.end', message}]`, the shape of the API's `errors`. */
export function issuesToFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): TFieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
