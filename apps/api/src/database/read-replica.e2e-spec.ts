import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../test/app';
import { makeMentor } from '../../test/factories';
import { letters } from '../../test/mentor-helpers';
import { createScratchDatabase } from '../../test/scratch-db';
import { READ_DB } from './read-replica.module';

/**
 * DATABASE_READ_URL: discovery search reads the replica; everything else stays on the primary.
 * The "replica" here is a second database with the same schema and different rows, which shows
 * exactly which server each read went to (streaming replication itself is PostgreSQL's).
 */
describe('discovery search on a read replica (DATABASE_READ_URL)', () => {
  let t: TestApp;
  let replica: DataSource;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    scratch = await createScratchDatabase('replica');
    replica = await new DataSource({ type: 'postgres', url: scratch.url }).initialize();
    t = await createTestApp({ DATABASE_READ_URL: scratch.url });
  });
  afterAll(async () => {
    await t.close();
    await replica.destroy();
    await scratch.drop();
  });

  const http = () => request(t.app.getHttpServer());
  const search = async (q: string): Promise<{ slug: string }[]> =>
    (await http().get('/api/v1/mentors').query({ q }).expect(200)).body.items;

  it('finds what the replica has, not what only the primary has', async () => {
    const onPrimary = letters(10);
    const onReplica = letters(10);
    const primaryMentor = await makeMentor(t.db, {
      status: 'approved',
      headline: `Mentor for ${onPrimary} teams`,
    });
    const replicaMentor = await makeMentor(replica, {
      status: 'approved',
      headline: `Mentor for ${onReplica} teams`,
    });

    expect(await search(onPrimary)).toEqual([]);
    expect((await search(onReplica)).map((m) => m.slug)).toEqual([replicaMentor.slug]);
    // Sorted and filtered lists too (another statement shape).
    const byRating = (await http().get('/api/v1/mentors').query({ q: onReplica, sort: 'rating' }).expect(200))
      .body.items;
    expect(byRating.map((m: { slug: string }) => m.slug)).toEqual([replicaMentor.slug]);

    // A profile is read from the primary: its owner sees their own edit at once.
    await http().get(`/api/v1/mentors/${primaryMentor.slug}`).expect(200);
    await http().get(`/api/v1/mentors/${replicaMentor.slug}`).expect(404);
  });

  it('opens the replica read-only, so a write sent there fails instead of diverging', async () => {
    const read = t.app.get<DataSource>(READ_DB);
    expect(read).not.toBe(t.db);
    await expect(read.query(`UPDATE mentor_profiles SET headline = headline`)).rejects.toThrow(
      /read-only transaction/,
    );
  });
});
