import { setTimeout as sleep } from 'node:timers/promises';
import { QueryFailedError } from 'typeorm';

/** The SQLSTATE and constraint of a PostgreSQL error raised through TypeORM, if it is one. */
export function pgErrorOf(err: unknown): { code?: string; constraint?: string } | undefined {
  if (!(err instanceof QueryFailedError)) return undefined;
  return (err as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
}

/**
 * PostgreSQL aborted the work so that a concurrent transaction could go on, and running it again
 * is the documented answer: deadlock_detected (40P01) and serialization_failure (40001).
 * Two writers whose rows conflict under an exclusion constraint wait for each other when both
 * have written their index entries before either checked (PostgreSQL then aborts one of them):
 * booking inserts and moves into the same time do exactly that under load.
 */
export function isRetryableConflict(err: unknown): boolean {
  const code = pgErrorOf(err)?.code;
  return code === '40P01' || code === '40001';
}

/**
 * Runs `work` — one whole transaction, or one statement that is its own transaction — again when
 * PostgreSQL aborted it as a deadlock victim or a serialization failure (at most `attempts` times
 * in all, after a short jittered pause), so that a race between two requests ends in each one's
 * real outcome (e.g. 201 for one and 409 for the other) instead of a 500. `work` must start its
 * transaction afresh each time and must be safe to repeat (provider calls carry idempotency keys).
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= attempts || !isRetryableConflict(err)) throw err;
      await sleep(attempt * 10 + Math.floor(Math.random() * 20));
    }
  }
}
