import { z } from 'zod';
import { ROLES } from '../enums';
import { ZEmail, ZTimeZone } from './common';

export const PASSWORD_MIN_LENGTH = 10;

export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256);

export const ZRegisterSchema = z.strictObject({
  email: ZEmail,
  password: ZPassword,
  name: z.string().trim().min(1, 'Name is required').max(120),
  timezone: ZTimeZone.optional(),
});
export type TRegister = z.infer<typeof ZRegisterSchema>;

export const ZLoginSchema = z.strictObject({
  email: ZEmail,
  password: z.string().min(1).max(256),
});
export type TLogin = z.infer<typeof ZLoginSchema>;

export const ZUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  timezone: z.string(),
});
export type TUser = z.infer<typeof ZUserSchema>;

export const ZAuthResultSchema = z.object({ user: ZUserSchema, accessToken: z.string() });
export type TAuthResult = z.infer<typeof ZAuthResultSchema>;

export const ZOpaqueToken = z.string().min(20).max(200);

export const ZVerifyEmailSchema = z.strictObject({ token: ZOpaqueToken });
export type TVerifyEmail = z.infer<typeof ZVerifyEmailSchema>;

export const ZForgotPasswordSchema = z.strictObject({ email: ZEmail });
export type TForgotPassword = z.infer<typeof ZForgotPasswordSchema>;

export const ZResetPasswordSchema = z.strictObject({ token: ZOpaqueToken, password: ZPassword });
export type TResetPassword = z.infer<typeof ZResetPasswordSchema>;
