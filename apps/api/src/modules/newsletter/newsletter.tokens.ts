import { createHmac, timingSafeEqual } from 'node:crypto';

export type NewsletterTokenPurpose = 'confirm' | 'unsubscribe';

/**
 * Signed, stateless tokens for newsletter links: `<subscriber id>.<expiry, epoch seconds; 0 = never>.<HMAC>`.
 * Every link sent stays valid until it expires (a reader who asked twice can click either email),
 * nothing is stored, and a token for one purpose is useless for the other.
 */
export class NewsletterTokens {
  constructor(private readonly secret: string) {}

  issue(purpose: NewsletterTokenPurpose, subscriberId: string, expiresAt: Date | null): string {
    const exp = expiresAt ? Math.floor(expiresAt.getTime() / 1000) : 0;
    return `${subscriberId}.${exp}.${this.sign(purpose, subscriberId, exp)}`;
  }

  /** The subscriber id, or null for a forged, malformed, other-purpose or expired token. */
  verify(purpose: NewsletterTokenPurpose, token: string, now: Date = new Date()): string | null {
    const [id, expText, signature, ...rest] = token.split('.');
    if (!id || !expText || !signature || rest.length > 0) return null;
    if (!/^[0-9a-f-]{36}$/.test(id) || !/^\d{1,12}$/.test(expText)) return null;
    const exp = Number(expText);
    const expected = Buffer.from(this.sign(purpose, id, exp));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    if (exp !== 0 && exp * 1000 <= now.getTime()) return null;
    return id;
  }

  private sign(purpose: NewsletterTokenPurpose, id: string, exp: number): string {
    return createHmac('sha256', this.secret).update(`newsletter:${purpose}:${id}:${exp}`).digest('base64url');
  }
}
