/**
 * A one-time message carried across a client-side navigation ("Check your inbox …" after sign-up).
 * It lives in sessionStorage, so it also survives a reload, and is shown by <FlashBanner> in the
 * root layout, which takes it (reads and removes it) as soon as it appears. It belongs to one page:
 * the one the navigation after `setFlash` lands on, or with `{ here: true }` the page that set it.
 * Leaving that page clears it (the layout, and so the banner, stays mounted across pages).
 */
export type TFlash = {
  tone: 'success' | 'info';
  message: string;
  /** The path it was set on. */
  from?: string;
  /** For the page that set it (a success on the same page), not for the next one. */
  here?: boolean;
};

const KEY = 'ladder:flash';
export const FLASH_EVENT = 'ladder:flash';

export function setFlash(flash: Omit<TFlash, 'from' | 'here'>, options: { here?: boolean } = {}): void {
  const stored: TFlash = {
    ...flash,
    from: window.location.pathname,
    ...(options.here ? { here: true } : {}),
  };
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(stored));
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
    const { tone, message, from, here } = value as Record<string, unknown>;
    if ((tone !== 'success' && tone !== 'info') || typeof message !== 'string' || message === '') return null;
    return {
      tone,
      message,
      ...(typeof from === 'string' ? { from } : {}),
      ...(here === true ? { here: true } : {}),
    };
  } catch {
    return null;
  }
}

/** A flash on screen, and the page it belongs to once known. */
export type TFlashView = { flash: TFlash; page: string | null };

/** The view for a flash just taken from storage, on `pathname`. */
export function showFlash(flash: TFlash, pathname: string): TFlashView {
  // Taken on the page that set it, it is for the page the coming navigation lands on (unless
  // `here`); taken anywhere else (a reload, a full page load), it is for this page.
  const pending = flash.from === pathname && !flash.here;
  return { flash, page: pending ? null : pathname };
}

/** What is left on screen once the path is `pathname`: kept on its page, gone once that is left. */
export function flashOnPath(view: TFlashView, pathname: string): TFlashView | null {
  if (view.page === null) return view.flash.from === pathname ? view : { ...view, page: pathname };
  return view.page === pathname ? view : null;
}
