import type { FastifyReply } from 'fastify';
import { ACCESS_COOKIE, ACCESS_TOKEN_TTL_SECONDS, REFRESH_COOKIE } from './auth.constants';

/** httpOnly cookies for the web app: never readable by scripts, Secure in production. */
export function setSessionCookies(
  reply: FastifyReply,
  secure: boolean,
  accessToken: string,
  refresh?: { token: string; expiresAt: Date },
): void {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  reply.setCookie(ACCESS_COOKIE, accessToken, { ...base, maxAge: ACCESS_TOKEN_TTL_SECONDS });
  if (refresh) reply.setCookie(REFRESH_COOKIE, refresh.token, { ...base, expires: refresh.expiresAt });
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  reply.clearCookie(ACCESS_COOKIE, base);
  reply.clearCookie(REFRESH_COOKIE, base);
}
