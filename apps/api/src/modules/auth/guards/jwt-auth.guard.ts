import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../../common/auth/auth-user';
import { IS_PUBLIC } from '../../../common/auth/decorators';
import { AppError } from '../../../common/errors/app-error';
import { ACCESS_COOKIE } from '../auth.constants';

/**
 * Global: every route needs a valid access token unless marked @Public(). On public routes a
 * valid token still identifies the caller (owners and admins may see more); a bad one is ignored.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // An anonymous visitor on a public route (most of discovery's traffic) has nothing for
    // passport to verify: skip its machinery (a promise chain and an Error per request).
    const req = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser | null }>();
    if (!req.headers.authorization && !req.cookies?.[ACCESS_COOKIE] && this.isPublic(context)) {
      req.user = null;
      return true;
    }
    try {
      return (await super.canActivate(context)) as boolean;
    } catch (err) {
      if (this.isPublic(context)) return true;
      throw err;
    }
  }

  override handleRequest<TUser>(err: unknown, user: TUser, _info: unknown, context: ExecutionContext): TUser {
    if (user) return user;
    if (this.isPublic(context)) return null as TUser;
    if (err instanceof AppError) throw err;
    throw AppError.unauthorized('unauthorized', 'Authentication required', 'Sign in to continue.');
  }

  private isPublic(context: ExecutionContext): boolean {
    return (
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) ??
      false
    );
  }
}
