import {
  type TAuthResult,
  type TForgotPassword,
  type TRegister,
  type TResetPassword,
  type TVerifyEmail,
  ZForgotPasswordSchema,
  ZLoginSchema,
  ZRegisterSchema,
  ZResetPasswordSchema,
  ZVerifyEmailSchema,
} from '@ladder/domain';
import { Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser, Public } from '../../common/auth/decorators';
import { ApiZodBody, ZodBody } from '../../common/decorators/zod.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import type { TMe } from '../users/users.service';
import { REFRESH_COOKIE } from './auth.constants';
import { AuthService, type Session } from './auth.service';
import { clearSessionCookies, setSessionCookies } from './cookies';
import { CookieClients } from './guards/csrf.guard';
import { LocalAuthGuard } from './guards/local-auth.guard';

type Reply = FastifyReply;

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/register')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an account; sends a verification email' })
  @ApiZodBody(ZRegisterSchema)
  async register(
    @ZodBody(ZRegisterSchema) body: TRegister,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<TAuthResult> {
    return this.answer(reply, await this.auth.register(body, req.ip ?? null));
  }

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in; sets the refresh cookie. 401 invalid_credentials for any wrong email or password',
  })
  @ApiZodBody(ZLoginSchema)
  async login(
    @CurrentUser() user: AuthUser,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<TAuthResult> {
    return this.answer(reply, await this.auth.login(user, req.ip ?? null));
  }

  @Public()
  @Post('auth/refresh')
  @CookieClients()
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOperation({
    summary:
      'Rotate the refresh cookie for a new access token; reusing an old refresh token revokes its family',
  })
  async refresh(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<{ accessToken: string }> {
    const { accessToken, refresh } = await this.auth.refresh(req.cookies?.[REFRESH_COOKIE], req.ip ?? null);
    setSessionCookies(reply, this.secure, accessToken, refresh);
    return { accessToken };
  }

  @Public()
  @Post('auth/logout')
  @CookieClients()
  @HttpCode(204)
  async logout(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: Reply): Promise<void> {
    await this.auth.logout(req.cookies?.[REFRESH_COOKIE]);
    clearSessionCookies(reply, this.secure);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  me(@CurrentUser() user: AuthUser): TMe {
    // The JWT strategy has just read this user from the database; no second query.
    return user;
  }

  @Public()
  @Post('auth/verify-email')
  @HttpCode(200)
  @ApiZodBody(ZVerifyEmailSchema)
  async verifyEmail(@ZodBody(ZVerifyEmailSchema) body: TVerifyEmail): Promise<{ user: TMe }> {
    return { user: await this.auth.verifyEmail(body.token) };
  }

  @Post('auth/verify-email/resend')
  @HttpCode(202)
  async resendVerification(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.resendVerification(user.id);
  }

  @Public()
  @Post('auth/forgot-password')
  @HttpCode(202)
  @ApiOperation({ summary: 'Email a reset link; the answer is the same whether or not the account exists' })
  @ApiZodBody(ZForgotPasswordSchema)
  async forgotPassword(
    @ZodBody(ZForgotPasswordSchema) body: TForgotPassword,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    await this.auth.forgotPassword(body.email, req.ip ?? null);
  }

  @Public()
  @Post('auth/reset-password')
  @HttpCode(204)
  @ApiZodBody(ZResetPasswordSchema)
  async resetPassword(
    @ZodBody(ZResetPasswordSchema) body: TResetPassword,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    await this.auth.resetPassword(body.token, body.password, req.ip ?? null);
  }

  private get secure(): boolean {
    return this.config.env === 'production';
  }

  private answer(reply: Reply, session: Session): TAuthResult {
    setSessionCookies(reply, this.secure, session.accessToken, session.refresh);
    return { user: session.user, accessToken: session.accessToken };
  }
}
