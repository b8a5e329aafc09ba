import type { TRole } from '@ladder/domain';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'ladder:isPublic';
export const ROLES = 'ladder:roles';

/** The route needs no sign-in. A valid token, when sent, still identifies the caller. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** The caller must have one of these roles (403 otherwise). */
export const Roles = (...roles: TRole[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

/** The signed-in user (routes that require sign-in). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});

/** The caller if signed in, else null (public routes). */
export const OptionalUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | null => {
  return ctx.switchToHttp().getRequest<{ user?: AuthUser | null }>().user ?? null;
});
