import type { FieldError } from '../errors/app-error';

/** CONTRACT.md "Errors": `{ type, title, status, detail, code }`, plus `errors` for validation. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
  requestId?: string;
}

const CODES_BY_STATUS: Record<number, [code: string, title: string]> = {
  400: ['bad_request', 'Bad request'],
  401: ['unauthorized', 'Authentication required'],
  403: ['forbidden', 'Not allowed'],
  404: ['not_found', 'Not found'],
  405: ['method_not_allowed', 'Method not allowed'],
  409: ['conflict', 'Conflict'],
  413: ['payload_too_large', 'Payload too large'],
  415: ['unsupported_media_type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable request'],
  429: ['rate_limited', 'Too many requests'],
  503: ['unavailable', 'Service unavailable'],
};

/** A problem for `status`; every member the contract names is present (`detail` defaults to the title). */
export function problemFor(status: number, overrides: Partial<Problem> = {}): Problem {
  const [code, title] =
    CODES_BY_STATUS[status] ?? (status >= 500 ? ['internal_error', 'Internal error'] : ['error', 'Error']);
  const finalCode = overrides.code ?? code;
  return {
    type: `https://ladder.dev/problems/${finalCode.replace(/_/g, '-')}`,
    title,
    status,
    code: finalCode,
    ...overrides,
    detail: overrides.detail || `${overrides.title ?? title}.`,
  };
}
