'use client';

import { isValidTimeZone } from '@ladder/domain';
import { useSyncExternalStore } from 'react';
import { detectTimeZone } from '@/lib/time/zones';

/** Where a visitor's own choice of zone is remembered on this device. */
const STORAGE_KEY = 'ladder.timezone';
const listeners = new Set<() => void>();
/** The choice made on this page; it applies even when storage is blocked. */
let chosen: string | null = null;

function read(): string {
  if (chosen) return chosen;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored && isValidTimeZone(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, policies); the detected zone is the answer then.
  }
  return detectTimeZone();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function setViewerZone(next: string): void {
  if (!isValidTimeZone(next)) return;
  chosen = next;
  try {
    if (next === detectTimeZone()) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered for next time, but applied to this page all the same.
  }
  for (const listener of listeners) listener();
}

/**
 * The zone times are shown in: the visitor's own choice if they made one on this device, else the
 * browser's zone. `null` during the server render and hydration (the server cannot know it), so
 * callers render a placeholder of the same size instead of times in a wrong zone.
 */
export function useViewerZone(): {
  zone: string | null;
  detected: string | null;
  setZone: (zone: string) => void;
} {
  const zone = useSyncExternalStore(subscribe, read, () => null);
  const detected = useSyncExternalStore(subscribe, detectTimeZone, () => null);
  return { zone, detected, setZone: setViewerZone };
}
