'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Container } from '@/components/ui/container';
import { FLASH_EVENT, flashOnPath, showFlash, type TFlashView, takeFlash } from '@/lib/flash';

/**
 * Shows a one-time message set with `setFlash()` on the page it is for, until it is dismissed or
 * the person moves on to another page.
 */
export function FlashBanner() {
  const pathname = usePathname();
  const [view, setView] = useState<TFlashView | null>(null);
  const path = useRef(pathname);
  path.current = pathname;

  useEffect(() => {
    const show = () => {
      const next = takeFlash();
      if (next) setView(showFlash(next, path.current));
    };
    show();
    window.addEventListener(FLASH_EVENT, show);
    return () => window.removeEventListener(FLASH_EVENT, show);
  }, []);

  useEffect(() => {
    setView((current) => (current ? flashOnPath(current, pathname) : current));
  }, [pathname]);

  if (!view) return null;
  const { flash } = view;
  return (
    <Container className="pt-4">
      <Alert tone={flash.tone} role="status" className="items-center">
        <div className="flex items-center justify-between gap-3">
          <p>{flash.message}</p>
          <button
            type="button"
            onClick={() => setView(null)}
            className="inline-flex size-8 shrink-0 items-center justify-center rounded-md hover:bg-ink-0/60"
            aria-label="Dismiss message"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
          </button>
        </div>
      </Alert>
    </Container>
  );
}
