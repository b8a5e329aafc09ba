/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T> | T,
  timeoutMs = 15_000,
  everyMs = 100,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Until no email to `to` waits in the queue or is being sent, so "no (more) email was sent" is a
 * fact, not a race. Only `to`'s: the queue is shared with the suites running beside this one.
 */
export function mailSettled(db: { query: (sql: string, params: unknown[]) => Promise<unknown> }, to: string) {
  return waitFor(
    `the emails to ${to} to be sent`,
    async () => {
      const rows = (await db.query(
        `SELECT count(*)::int AS n FROM pgboss.job
          WHERE name = 'mail.send' AND state IN ('created', 'retry', 'active') AND data->>'to' = $1`,
        [to],
      )) as { n: number }[];
      return rows[0]?.n === 0;
    },
    20_000,
  );
}
