import { Controller, Get, HttpStatus, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../../../common/auth/decorators';
import { ApiZodQuery } from '../../../common/decorators/zod.decorators';
import { AppError } from '../../../common/errors/app-error';
import { ZodValidationPipe } from '../../../common/pipes/zod-validation.pipe';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { setSessionCookies } from '../cookies';
import { GithubAuthService } from './github-auth.service';
import {
  decodeOAuthState,
  encodeOAuthState,
  newOAuthState,
  OAUTH_STATE_COOKIE,
  OAUTH_STATE_PATH,
  OAUTH_STATE_TTL_SECONDS,
  safeNextPath,
  sameState,
} from './oauth-state';

const ZStartQuery = z.strictObject({ next: z.string().optional() });

/** GitHub owns this URL's query: unknown parameters are ignored rather than refused. */
const ZCallbackQuery = z.object({
  code: z.string().min(1).max(512).optional(),
  state: z.string().max(128).optional(),
  error: z.string().max(256).optional(),
});

@ApiTags('auth')
@Controller('auth')
export class GithubAuthController {
  constructor(
    private readonly github: GithubAuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('providers')
  @ApiOperation({ summary: 'Sign-in providers besides email and password (e.g. ["github"] when configured)' })
  providers(): { providers: string[] } {
    return { providers: this.github.enabled ? ['github'] : [] };
  }

  @Public()
  @Get('github')
  @ApiOperation({
    summary: 'Start GitHub sign-in: sets a state cookie and redirects to GitHub. 404 unless configured',
  })
  @ApiZodQuery(ZStartQuery)
  start(@Query() query: unknown, @Res() reply: FastifyReply): void {
    this.github.assertEnabled();
    const { next } = new ZodValidationPipe(ZStartQuery).transform(query);
    const state = newOAuthState();
    reply.setCookie(OAUTH_STATE_COOKIE, encodeOAuthState(state, safeNextPath(next)), {
      ...this.stateCookie,
      maxAge: OAUTH_STATE_TTL_SECONDS,
    });
    reply.redirect(this.github.authorizeUrl(state), HttpStatus.FOUND);
  }

  @Public()
  @Get('github/callback')
  @ApiOperation({
    summary:
      'GitHub redirects here: signs in (session cookies) and redirects to the web app. 400 invalid_oauth_state',
  })
  async callback(
    @Query() query: unknown,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    this.github.assertEnabled();
    const ip = req.ip ?? null;
    await this.github.limitCallback(ip);
    const parsed = ZCallbackQuery.safeParse(query ?? {});
    const params = parsed.success ? parsed.data : {};
    const saved = decodeOAuthState(req.cookies?.[OAUTH_STATE_COOKIE]);
    // Single use, whatever happens next.
    reply.clearCookie(OAUTH_STATE_COOKIE, this.stateCookie);
    if (!saved || !sameState(saved.state, params.state)) {
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        'invalid_oauth_state',
        'Invalid sign-in state',
        'This GitHub sign-in expired or was started in another browser. Please try again.',
      );
    }
    if (params.error || !params.code) {
      this.github.noteProviderError(params.error);
      return this.toWeb(reply, '/sign-in?error=github_failed');
    }
    const outcome = await this.github.signIn(params.code, ip);
    if (!outcome.ok) return this.toWeb(reply, `/sign-in?error=${outcome.error}`);
    setSessionCookies(reply, this.secure, outcome.session.accessToken, outcome.session.refresh);
    return this.toWeb(reply, saved.next);
  }

  private get secure(): boolean {
    return this.config.env === 'production';
  }

  private get stateCookie() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.secure, path: OAUTH_STATE_PATH };
  }

  private toWeb(reply: FastifyReply, path: string): void {
    reply.redirect(`${this.config.http.webUrl.replace(/\/+$/, '')}${path}`, HttpStatus.FOUND);
  }
}
