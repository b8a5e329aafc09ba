import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __LADDER_EMBEDDED__?: { stop(): Promise<void> } }).__LADDER_EMBEDDED__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const adminUrl = process.env.LADDER_TEST_ADMIN_URL;
  const name = process.env.LADDER_TEST_DB_NAME;
  if (!adminUrl || !name || process.env.LADDER_KEEP_TEST_DB) return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
