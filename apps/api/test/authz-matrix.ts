import type { TestApp } from './app';
import type { Account } from './auth-helpers';

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
    name: 'POST /auth/verify-email/resend',
    method: 'post',
    setup: async () => ({ path: '/api/v1/auth/verify-email/resend' }),
    expect: { anonymous: 401, owner: 202, other: 202, admin: 202 },
  },
  {
    name: 'GET /admin/audit-log',
    method: 'get',
    setup: async () => ({ path: '/api/v1/admin/audit-log' }),
    expect: { anonymous: 401, owner: 403, other: 403, admin: 200 },
  },
];
