'use client';

import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs`; `null` during the server render and hydration,
 * so anything that depends on "now" (a countdown, today's column) renders a placeholder first
 * instead of a mismatch.
 */
export function useNow(intervalMs = 1000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}
