import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { runMigrations, schemaDrift } from './migrate';
import { dataSourceOptions } from './options';
import { seedDemo } from './seeds/seed';

const USAGE = `Usage: node dist/database/cli.js <command>
  migrate     apply pending migrations
  seed        load the demo data (idempotent)
  check       exit 1 when the entities and the migrations disagree`;

async function main(): Promise<number> {
  const [command] = process.argv.slice(2);
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
