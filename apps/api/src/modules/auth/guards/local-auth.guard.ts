import { ZLoginSchema } from '@ladder/domain';
import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../common/errors/app-error';
import { zodIssuesToFieldErrors } from '../../../common/pipes/zod-validation.pipe';

/** Validates the login body first (unknown fields are 400, as everywhere), then runs the local strategy. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<FastifyRequest>();
    const parsed = ZLoginSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw AppError.validation(zodIssuesToFieldErrors(parsed.error.issues));
    req.body = parsed.data;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(err: unknown, user: TUser): TUser {
    if (err) throw err;
    if (!user)
      throw AppError.unauthorized(
        'invalid_credentials',
        'Invalid credentials',
        'Email or password is incorrect.',
      );
    return user;
  }
}
