import type { TRole } from '@ladder/domain';

/** The signed-in caller, as guards put it on the request. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  roles: TRole[];
  timezone: string;
  emailVerified: boolean;
  /** Read with the access token (GET /me): whether the account has a password (GitHub-only ones do not). */
  hasPassword?: boolean;
}

export const isAdmin = (user: AuthUser | null | undefined): boolean => !!user?.roles.includes('admin');
