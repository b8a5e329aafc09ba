import { z } from 'zod';
import { ZOpaqueToken, ZPassword } from './auth';
import { ZEmail, ZTimeZone } from './common';

export const USER_NAME_MAX = 120;

/** `PATCH /me`: the signed-in user's own name and time zone (at least one). */
export const ZUpdateMeSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'Name is required').max(USER_NAME_MAX).optional(),
    timezone: ZTimeZone.optional(),
  })
  .refine((v) => v.name !== undefined || v.timezone !== undefined, {
    message: 'Send a name, a time zone, or both',
  });
export type TUpdateMe = z.infer<typeof ZUpdateMeSchema>;

/** `POST /me/password`: the new password follows the same rules as registration. */
export const ZChangePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, 'Enter your current password').max(256),
  newPassword: ZPassword,
});
export type TChangePassword = z.infer<typeof ZChangePasswordSchema>;

/** How long an email-change confirmation link (sent to the new address) stays valid. */
export const EMAIL_CHANGE_TTL_HOURS = 24;

/** `POST /me/email`: the new address, confirmed with the current password. */
export const ZChangeEmailSchema = z.strictObject({
  newEmail: ZEmail,
  password: z.string().min(1, 'Enter your password').max(256),
});
export type TChangeEmail = z.infer<typeof ZChangeEmailSchema>;

/** `POST /me/email/confirm`: the token from the link sent to the new address. */
export const ZConfirmEmailChangeSchema = z.strictObject({ token: ZOpaqueToken });
export type TConfirmEmailChange = z.infer<typeof ZConfirmEmailChangeSchema>;

/**
 * What an account without a password (GitHub sign-in) types to confirm its deletion. Accounts with
 * a password confirm with the password instead.
 */
export const ACCOUNT_DELETE_PHRASE = 'delete my account';

/** `DELETE /me`: `password` for accounts that have one, else `confirmation` = ACCOUNT_DELETE_PHRASE. */
export const ZDeleteAccountSchema = z.strictObject({
  password: z.string().min(1).max(256).optional(),
  confirmation: z.string().trim().max(100).optional(),
});
export type TDeleteAccount = z.infer<typeof ZDeleteAccountSchema>;

/** The name an account goes by once it is deleted (reviews, messages and bookings others keep). */
export const FORMER_MEMBER_NAME = 'Former member';

/** `GET /me/export`: everything Ladder holds about the caller, as one JSON document (GDPR Art. 20). */
export interface TAccountExport {
  format: 'ladder-account-export';
  version: 1;
  exportedAt: string;
  account: {
    id: string;
    email: string;
    name: string;
    roles: string[];
    timezone: string;
    emailVerified: boolean;
    createdAt: string;
    signInMethods: string[];
  };
  newsletter: { status: string; confirmedAt: string | null; unsubscribedAt: string | null } | null;
  mentorProfile: Record<string, unknown> | null;
  bookings: Record<string, unknown>[];
  notes: Record<string, unknown>[];
  reviewsWritten: Record<string, unknown>[];
  reviewsReceived: Record<string, unknown>[];
  conversations: Record<string, unknown>[];
  learningPlans: Record<string, unknown>[];
  articles: Record<string, unknown>[];
  reports: Record<string, unknown>[];
}
