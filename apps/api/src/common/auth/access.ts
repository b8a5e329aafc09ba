import { AppError } from '../errors/app-error';
import { type AuthUser, isAdmin } from './auth-user';

/**
 * The one rule for resources that belong to people: the caller sees the resource when they are
 * one of its owners (or an admin, if allowed); everyone else is told it does not exist (404),
 * so ids reveal nothing.
 *
 *   const booking = await repo.findOneBy({ id });
 *   assertCanAccess(user, booking, (b) => [b.menteeId, b.mentorUserId], 'Booking');
 */
export function assertCanAccess<T>(
  user: AuthUser | null | undefined,
  resource: T | null | undefined,
  owners: (resource: T) => (string | null | undefined)[],
  what = 'Resource',
  options: { admin?: boolean } = { admin: true },
): asserts resource is T {
  if (!resource || !user) throw AppError.notFound(what);
  if (options.admin !== false && isAdmin(user)) return;
  if (!owners(resource).includes(user.id)) throw AppError.notFound(what);
}
