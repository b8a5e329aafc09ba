import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthUser } from '../../../common/auth/auth-user';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { UsersService } from '../../users/users.service';
import { ACCESS_COOKIE } from '../auth.constants';

const fromCookie = (req: FastifyRequest): string | null => req.cookies?.[ACCESS_COOKIE] ?? null;

/** Access tokens from `Authorization: Bearer …` (API clients) or the httpOnly cookie (web app). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([
        ExtractJwt.fromAuthHeaderAsBearerToken(),
        fromCookie as never,
      ]),
      // A KeyObject: jsonwebtoken otherwise tries (and fails) to parse the secret as a public key
      // on every request, which was a tenth of the API's CPU under load.
      secretOrKey: createSecretKey(Buffer.from(config.auth.jwtSecret)) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /** The user is read on every request, so suspension and role changes apply at once. */
  async validate(payload: { sub?: string }): Promise<AuthUser | false> {
    if (!payload.sub) return false;
    return (await this.users.findAuthUser(payload.sub)) ?? false;
  }
}
