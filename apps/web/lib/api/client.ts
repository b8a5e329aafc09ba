import { type TProblem, ZProblemSchema } from '@ladder/domain';
import { unstable_rethrow } from 'next/navigation';
import { parseRetryAfter } from './retry-after';

export const API_PREFIX = '/api/v1';
const DEFAULT_API_URL = 'http://localhost:3001';
/** A server render must not hang on a slow API: after this the call fails like a network error. */
const DEFAULT_TIMEOUT_MS = 8_000;

export type TFieldError = NonNullable<TProblem['errors']>[number];

/**
 * Every failed API call becomes an ApiError. `status` is the HTTP status, or 0 when no answer came
 * back at all (`code` is then `network_error` or `timeout`). `code` is the API's stable error code
 * (`slot_unavailable`, `validation_failed`, …), so callers branch on it, never on messages.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: TFieldError[];
  readonly requestId: string | undefined;
  /** From the `Retry-After` header of a 429 (or 503): whole seconds to wait, when the API said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string | undefined;
    errors?: TFieldError[] | undefined;
    requestId?: string | undefined;
    retryAfterSeconds?: number | undefined;
    cause?: unknown;
  }) {
    super(init.detail ?? init.title, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** True when the API could not be reached at all (down, DNS, timeout). */
  get isUnreachable(): boolean {
    return this.status === 0;
  }

  /** Field errors keyed by path, for forms: `{ email: 'Must be a valid email address' }`. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) out[e.path] ??= e.message;
    return out;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/**
 * The API origin. On the server: the private `API_URL`. In the browser: '' by default, so calls go
 * to `/api/v1/…` on the web origin, which next.config.ts rewrites to the API — the session cookies
 * are then first-party. `NEXT_PUBLIC_API_URL` overrides that for a deliberately cross-origin setup.
 */
export function apiBaseUrl(): string {
  const url =
    typeof window === 'undefined'
      ? (process.env.API_URL ?? DEFAULT_API_URL)
      : (process.env.NEXT_PUBLIC_API_URL ?? '');
  return url.replace(/\/+$/, '');
}

export type TQueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/**
 * `?a=1&tag=x&tag=y` from a record, leaving out undefined, null and empty strings (and empty
 * entries of arrays). Returns '' when nothing is left.
 */
export function toQueryString(params: Record<string, TQueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      const s = String(v).trim();
      if (s !== '') search.append(key, s);
    }
  }
  const qs = search.toString();
  return qs ? `?${qs}` : '';
}

export type TApiRequestInit = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, TQueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Forwarded to fetch: server components default to `no-store`. */
  cache?: RequestCache;
  next?: { revalidate?: number | false; tags?: string[] };
  signal?: AbortSignal;
  timeoutMs?: number;
};

/** `/mentors` → `http://localhost:3001/api/v1/mentors?limit=6`. */
export function apiUrl(path: string, query?: Record<string, TQueryValue>): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${apiBaseUrl()}${API_PREFIX}${clean}${query ? toQueryString(query) : ''}`;
}

function isJson(contentType: string | null): boolean {
  return !!contentType && /[/+]json\b/i.test(contentType);
}

async function readProblem(response: Response): Promise<ApiError> {
  const requestId = response.headers.get('x-request-id') ?? undefined;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  let payload: unknown;
  if (isJson(response.headers.get('content-type'))) {
    try {
      payload = await response.json();
    } catch {
      payload = undefined;
    }
  }
  const problem = ZProblemSchema.safeParse(payload);
  if (problem.success) {
    return new ApiError({
      status: response.status,
      code: problem.data.code,
      title: problem.data.title,
      detail: problem.data.detail,
      errors: problem.data.errors,
      requestId: problem.data.requestId ?? requestId,
      retryAfterSeconds,
    });
  }
  // Not a problem document (a proxy's HTML page, an empty body …): keep the status, invent a code.
  return new ApiError({
    status: response.status,
    code: response.status >= 500 ? 'server_error' : 'http_error',
    title: response.statusText || `Request failed with status ${response.status}`,
    requestId,
    retryAfterSeconds,
  });
}

/**
 * Calls the Ladder API and resolves with the parsed JSON body (undefined when empty). Rejects only
 * with ApiError — HTTP failures, unreachable API, timeouts and malformed bodies alike — except
 * for Next.js' own control-flow signals, which are re-thrown untouched.
 */
export async function apiFetch<T>(path: string, init: TApiRequestInit = {}): Promise<T> {
  const { method = 'GET', query, body, headers, cache, next, signal, timeoutMs = DEFAULT_TIMEOUT_MS } = init;
  const timeout = AbortSignal.timeout(timeoutMs);
  const requestInit: RequestInit & { next?: TApiRequestInit['next'] } = {
    method,
    headers: {
      accept: 'application/json, application/problem+json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  };
  if (cache) requestInit.cache = cache;
  if (next) requestInit.next = next;
  // In the browser the session cookies must travel (and be stored) even when NEXT_PUBLIC_API_URL
  // points at another origin; fetch's default ('same-origin') would drop them there.
  if (typeof window !== 'undefined') requestInit.credentials = 'include';

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), requestInit);
  } catch (error) {
    unstable_rethrow(error);
    const timedOut = timeout.aborted && !signal?.aborted;
    throw new ApiError({
      status: 0,
      code: timedOut ? 'timeout' : 'network_error',
      title: timedOut ? 'The server took too long to answer' : 'Could not reach the server',
      cause: error,
    });
  }

  if (!response.ok) throw await readProblem(response);

  try {
    // 204, and 202 answers such as the newsletter's, may carry no body at all.
    const text = await response.text();
    return (text.trim() === '' ? undefined : JSON.parse(text)) as T;
  } catch (error) {
    throw new ApiError({
      status: response.status,
      code: 'invalid_response',
      title: 'The server sent a response that could not be read',
      requestId: response.headers.get('x-request-id') ?? undefined,
      cause: error,
    });
  }
}

export type TResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/**
 * Runs a call and returns a result instead of throwing, so a page can render an ErrorState
 * rather than crash. Only ApiErrors are captured; programming errors still reach error.tsx.
 */
export async function settle<T>(promise: Promise<T>): Promise<TResult<T>> {
  try {
    return { ok: true, data: await promise };
  } catch (error) {
    if (isApiError(error)) return { ok: false, error };
    throw error;
  }
}
