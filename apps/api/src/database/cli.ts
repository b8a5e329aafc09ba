import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { runMigrations, schemaDrift } from './migrate';
import { dataSourceOptions } from './options';
import { seedDemo } from './seeds/seed';

const USAGE = `Usage: node dist/database/cli.js <command>
  migrate     apply pending migrations
  seed        load the demo data (idempotent)
  check       exit 1 when the entities and the migrations disagree
  promote <email> [admin|mentor]
              give an existing account a role (default admin); recorded in the audit log`;

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('DATABASE_URL is required (postgres://user@host:port/db)\n');
    return 1;
  }
  switch (command) {
    case 'migrate': {
      const applied = await runMigrations(url);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Schema is up to date\n');
      return 0;
    }
    case 'seed': {
      const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
      try {
        const s = await seedDemo(ds);
        process.stdout.write(
          `Seeded ${s.users} users, ${s.mentors} mentors, ${s.offerings} new offerings, ${s.articles} articles\n`,
        );
      } finally {
        await ds.destroy();
      }
      return 0;
    }
    case 'check': {
      const drift = await schemaDrift(url);
      if (drift.length) {
        process.stderr.write(
          `Entities and migrations disagree; generate a migration:\n${drift.join(';\n')}\n`,
        );
        return 1;
      }
      process.stdout.write('Entities and migrations agree\n');
      return 0;
    }
    case 'promote': {
      const [email, role = 'admin'] = args;
      if (!email || (role !== 'admin' && role !== 'mentor')) {
        process.stderr.write(`${USAGE}\n`);
        return 1;
      }
      const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
      try {
        const rows: { id: string; roles: string[] }[] = await ds.transaction(async (m) => {
          // useStructuredResult: an UPDATE … RETURNING otherwise answers [rows, count].
          const result: { records: { id: string; roles: string[] }[] } = await m.queryRunner!.query(
            `UPDATE users SET roles = CASE WHEN $2 = ANY(roles) THEN roles ELSE roles || ARRAY[$2]::text[] END
              WHERE email = $1 RETURNING id, roles`,
            [email, role],
            true,
          );
          const updated = result.records;
          if (updated[0]) {
            await m.query(
              `INSERT INTO audit_log (action, target_type, target_id, metadata) VALUES ($1, 'user', $2, $3)`,
              [`user.promote.${role}`, updated[0].id, { via: 'cli' }],
            );
          }
          return updated;
        });
        if (!rows[0]) {
          process.stderr.write(`No account with email ${email}\n`);
          return 1;
        }
        process.stdout.write(`${email} now has roles: ${rows[0].roles.join(', ')}\n`);
      } finally {
        await ds.destroy();
      }
      return 0;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return command ? 1 : 0;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
