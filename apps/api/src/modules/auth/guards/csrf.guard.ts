import { type CanActivate, type ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../common/errors/app-error';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '../auth.constants';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const COOKIE_CLIENTS = 'ladder:csrfCookieClients';

/**
 * The route is called with a cookie by design (CONTRACT.md: `POST /auth/refresh` takes the refresh
 * cookie), from browsers and from other clients: a request naming no origin at all (neither
 * Origin nor Referer, which browsers always send on a POST) is such a client and is let through.
 * A foreign origin is still refused.
 */
export const CookieClients = (): MethodDecorator => SetMetadata(COOKIE_CLIENTS, true);

/**
 * CSRF defence for cookie sessions: a state-changing request that carries our cookies and no
 * Authorization header must come from one of our origins (Origin, else Referer). SameSite=Lax
 * cookies already stop most cross-site posts; this closes the rest. Bearer clients are exempt:
 * a browser never attaches their token by itself.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly allowed: Set<string>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly reflector: Reflector,
  ) {
    this.allowed = new Set([...config.http.corsOrigins, config.http.webUrl].map((o) => new URL(o).origin));
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE.has(req.method) || req.headers.authorization) return true;
    const cookies = req.cookies ?? {};
    if (!cookies[ACCESS_COOKIE] && !cookies[REFRESH_COOKIE]) return true;
    const source = req.headers.origin ?? originOf(req.headers.referer);
    if (source && this.allowed.has(source)) return true;
    if (
      !req.headers.origin &&
      !req.headers.referer &&
      this.reflector.get(COOKIE_CLIENTS, context.getHandler())
    )
      return true;
    throw AppError.forbidden(
      'csrf_rejected',
      'Cross-site request refused',
      'This request did not come from the Ladder web app.',
    );
  }
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
