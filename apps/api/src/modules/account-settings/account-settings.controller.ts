import {
  type TAccountExport,
  type TChangeEmail,
  type TChangePassword,
  type TConfirmEmailChange,
  type TDeleteAccount,
  type TUpdateMe,
  ZChangeEmailSchema,
  ZChangePasswordSchema,
  ZConfirmEmailChangeSchema,
  ZDeleteAccountSchema,
  ZUpdateMeSchema,
} from '@ladder/domain';
import { Controller, Delete, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/decorators';
import { ApiZodBody, ZodBody } from '../../common/decorators/zod.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import { REFRESH_COOKIE } from '../auth/auth.constants';
import { clearSessionCookies } from '../auth/cookies';
import type { TMe } from '../users/users.service';
import { AccountDeletionService } from './account-deletion.service';
import { AccountExportService } from './account-export.service';
import { AccountSettingsService } from './account-settings.service';
import { EmailChangeService } from './email-change.service';

/** The signed-in user's own account: settings, password, data export and deletion. */
@ApiTags('account')
@ApiBearerAuth()
@Controller('me')
export class AccountSettingsController {
  constructor(
    private readonly settings: AccountSettingsService,
    private readonly deletion: AccountDeletionService,
    private readonly exports: AccountExportService,
    private readonly emailChange: EmailChangeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Patch()
  @ApiOperation({
    summary:
      'Change your name and/or time zone (IANA). Answers the user; a new zone also applies to your upcoming bookings’ emails',
  })
  @ApiZodBody(ZUpdateMeSchema)
  update(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZUpdateMeSchema) body: TUpdateMe,
    @Req() req: FastifyRequest,
  ): Promise<TMe> {
    return this.settings.update(user, body, req.ip ?? null);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Change your password: 422 `wrong_password` when the current one is wrong, 422 `no_password` for accounts ' +
      'without one (use forgot-password). Every other session is signed out; this one stays',
  })
  @ApiZodBody(ZChangePasswordSchema)
  async changePassword(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZChangePasswordSchema) body: TChangePassword,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    await this.settings.changePassword(user, body, req.cookies?.[REFRESH_COOKIE], req.ip ?? null);
  }

  @Post('email')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Ask to change your email: `{newEmail, password}`. 202 whether or not the address has an account (its owner ' +
      'is told; otherwise a 24-hour confirmation link goes to it), and your current address is notified. ' +
      '422 `wrong_password` / `no_password` / `same_email`',
  })
  @ApiZodBody(ZChangeEmailSchema)
  async requestEmailChange(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZChangeEmailSchema) body: TChangeEmail,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    await this.emailChange.request(user, body, req.ip ?? null);
  }

  @Post('email/confirm')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Confirm an email change with the token from the link (signed in as the account that asked). Answers the ' +
      'user with the new, verified address. Every other session is signed out; this one stays. ' +
      '400 `invalid_token` / `token_expired`; 409 `email_taken`',
  })
  @ApiZodBody(ZConfirmEmailChangeSchema)
  confirmEmailChange(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZConfirmEmailChangeSchema) body: TConfirmEmailChange,
    @Req() req: FastifyRequest,
  ): Promise<TMe> {
    return this.emailChange.confirm(user, body.token, req.cookies?.[REFRESH_COOKIE], req.ip ?? null);
  }

  @Get('export')
  @ApiOperation({ summary: 'Download everything Ladder holds about you, as one JSON document' })
  async export(
    @CurrentUser() user: AuthUser,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TAccountExport> {
    const doc = await this.exports.export(user, req.ip ?? null);
    reply.header(
      'Content-Disposition',
      `attachment; filename="ladder-export-${doc.exportedAt.slice(0, 10)}.json"`,
    );
    reply.header('Cache-Control', 'no-store');
    return doc;
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Delete your account for good: `{password}`, or `{confirmation: "delete my account"}` for accounts without one. ' +
      '422 `wrong_password` / `password_required` / `confirmation_required` / `cannot_delete_admin`',
  })
  @ApiZodBody(ZDeleteAccountSchema)
  async delete(
    @CurrentUser() user: AuthUser,
    @ZodBody(ZDeleteAccountSchema) body: TDeleteAccount,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.deletion.delete(user, body, req.ip ?? null);
    clearSessionCookies(reply, this.config.env === 'production');
  }
}
