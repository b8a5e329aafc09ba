'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Runs a server action once the page is running in the browser — once, even under Strict Mode's
 * double effects — for links that act (confirm an email, confirm a subscription): mail scanners
 * that only fetch the link do not run it. Returns the state (`{ status: 'pending' }` until the
 * action answers; `onError` maps a thrown error) and `retry`.
 */
export function useActionOnLoad<T>(
  action: () => Promise<T>,
  onError: () => T,
): [{ status: 'pending' } | T, () => Promise<T>] {
  const [state, setState] = useState<{ status: 'pending' } | T>({ status: 'pending' });
  const started = useRef(false);

  const run = useCallback(async () => {
    setState({ status: 'pending' });
    let result: T;
    try {
      result = await action();
    } catch {
      result = onError();
    }
    setState(result);
    return result;
  }, [action, onError]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run();
  }, [run]);

  return [state, run];
}
