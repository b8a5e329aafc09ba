'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False during the server render and hydration, true once React runs in the browser. Forms that
 * submit with JavaScript keep their submit button disabled until then, so an early click can never
 * fall back to a native submission that would put a password in the URL.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
