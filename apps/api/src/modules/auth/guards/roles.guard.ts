import type { TRole } from '@ladder/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthUser } from '../../../common/auth/auth-user';
import { ROLES } from '../../../common/auth/decorators';
import { AppError } from '../../../common/errors/app-error';

/** @Roles('admin'): a signed-in caller without the role gets 403 (CONTRACT.md "Conventions"). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<TRole[]>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles?.length) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser | null }>().user;
    if (!user) throw AppError.unauthorized();
    if (!roles.some((r) => user.roles.includes(r)))
      throw AppError.forbidden('forbidden', 'Not allowed', 'Your account lacks the role for this.');
    return true;
  }
}
