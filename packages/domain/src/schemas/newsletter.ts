import { z } from 'zod';
import { ZEmail } from './common';

/** `POST /newsletter/subscriptions`: double opt-in; `source` says where the reader signed up. */
export const ZSubscribeNewsletterSchema = z.strictObject({
  email: ZEmail,
  source: z.string().trim().max(200).optional(),
});
export type TSubscribeNewsletter = z.infer<typeof ZSubscribeNewsletterSchema>;

/** A token from a newsletter email link (confirm or unsubscribe). */
export const ZNewsletterTokenSchema = z.strictObject({
  token: z.string().trim().min(20).max(200),
});
export type TNewsletterToken = z.infer<typeof ZNewsletterTokenSchema>;
