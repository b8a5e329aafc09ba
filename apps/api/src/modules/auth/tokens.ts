import { createHash, randomBytes } from 'node:crypto';

/** A new opaque secret (256 bits) and the hash we store for it. */
export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
