import { AppError } from '../errors/app-error';
import { assertCanAccess } from './access';
import type { AuthUser } from './auth-user';

const user = (id: string, roles: AuthUser['roles'] = ['mentee']): AuthUser => ({
  id,
  email: `${id}@x.dev`,
  name: id,
  roles,
  timezone: 'UTC',
  emailVerified: true,
});
const booking = { id: 'b1', menteeId: 'mentee', mentorUserId: 'mentor' };
const owners = (b: typeof booking) => [b.menteeId, b.mentorUserId];

describe('assertCanAccess', () => {
  it('lets owners and admins through', () => {
    expect(() => assertCanAccess(user('mentee'), booking, owners)).not.toThrow();
    expect(() => assertCanAccess(user('mentor'), booking, owners)).not.toThrow();
    expect(() => assertCanAccess(user('root', ['mentee', 'admin']), booking, owners)).not.toThrow();
  });

  it('answers 404 — never 403 — to anyone else, to anonymous callers and for missing resources', () => {
    const cases: [AuthUser | null, typeof booking | null][] = [
      [user('stranger'), booking],
      [null, booking],
      [user('mentee'), null],
    ];
    for (const [caller, resource] of cases) {
      let caught: unknown;
      try {
        assertCanAccess(caller, resource, owners, 'Booking');
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).status).toBe(404);
    }
  });

  it('can exclude admins for strictly personal resources', () => {
    expect(() => assertCanAccess(user('root', ['admin']), booking, owners, 'Note', { admin: false })).toThrow(
      AppError,
    );
  });
});
