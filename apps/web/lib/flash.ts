/**
 * A one-time message carried across a client-side navigation ("Check your inbox …" after sign-up).
 * It lives in sessionStorage, so it also survives a reload, and is shown by <FlashBanner> in the
 * root layout, which takes it (reads and removes it) as soon as it appears.
 */
export type TFlash = { tone: 'success' | 'info'; message: string };

const KEY = 'ladder:flash';
export const FLASH_EVENT = 'ladder:flash';

export function setFlash(flash: TFlash): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(flash));
  } catch {
    // Storage can be unavailable (private mode, quotas); the message is a nicety, not a requirement.
  }
  window.dispatchEvent(new Event(FLASH_EVENT));
}

export function takeFlash(): TFlash | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (raw === null) return null;
    window.sessionStorage.removeItem(KEY);
    return parseFlash(raw);
  } catch {
    return null;
  }
}

export function parseFlash(raw: string): TFlash | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { tone, message } = value as Record<string, unknown>;
    if ((tone !== 'success' && tone !== 'info') || typeof message !== 'string' || message === '') return null;
    return { tone, message };
  } catch {
    return null;
  }
}
