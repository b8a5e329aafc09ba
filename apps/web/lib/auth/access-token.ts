/**
 * When the access JWT expires, in epoch milliseconds, read from its `exp` claim WITHOUT verifying
 * the signature. Only the API decides whether a token is valid; the web app uses this solely to
 * refresh a session shortly before the token runs out. Null for anything that is not a JWT with a
 * numeric `exp`.
 */
export function accessTokenExpiresAt(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload || token.split('.').length !== 3) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const claims: unknown = JSON.parse(atob(padded));
    if (typeof claims !== 'object' || claims === null || !('exp' in claims)) return null;
    return typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * True when the token expires within `seconds` of `now` (or already has). A token whose expiry
 * cannot be read counts as fresh: the API will answer 401 if it is not, and the visitor is then
 * simply shown as signed out until the next navigation refreshes the session.
 */
export function accessTokenExpiresWithin(token: string, seconds: number, now: number = Date.now()): boolean {
  const expiresAt = accessTokenExpiresAt(token);
  return expiresAt !== null && expiresAt - now <= seconds * 1000;
}
