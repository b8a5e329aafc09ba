export const ACCESS_COOKIE = 'ladder_access';
export const REFRESH_COOKIE = 'ladder_refresh';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_DAYS = 30;
export const VERIFY_EMAIL_TTL_HOURS = 48;
export const PASSWORD_RESET_TTL_MINUTES = 60;

export const LIMITS = {
  loginPerIp: { name: 'login:ip', limit: 30, windowSeconds: 15 * 60 },
  loginPerAccount: { name: 'login:account', limit: 10, windowSeconds: 15 * 60 },
  registerPerIp: { name: 'register:ip', limit: 10, windowSeconds: 60 * 60 },
  resetPerIp: { name: 'reset:ip', limit: 10, windowSeconds: 60 * 60 },
  resetPerAccount: { name: 'reset:account', limit: 3, windowSeconds: 60 * 60 },
  refreshPerIp: { name: 'refresh:ip', limit: 120, windowSeconds: 15 * 60 },
} as const;
