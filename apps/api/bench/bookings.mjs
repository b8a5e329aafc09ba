// Benchmarks for POST /bookings (issue [5/10]):
//  contended: 50 clients race for 20 slots of one mentor for 10 s → exactly 20 confirmed, the rest 409, no 5xx;
//  spread:    bookings for distinct free slots across many mentors → throughput and latency.
// Run: pnpm --filter @ladder/api build && node bench/bookings.mjs
import {
  cpuSplit,
  fixedRate,
  hourSlot,
  httpClient,
  makeMentees,
  makeMentors,
  percentile,
  scratchDatabase,
  startApi,
} from './booking-harness.mjs';

const s = await scratchDatabase('ladder_bench_bookings');
const api = await startApi(s.url, 3913);
const http = httpClient(api.base);
const post = (mentee, body) => http.post('/api/v1/bookings', mentee.token, body, mentee.ip);

// --- contended -------------------------------------------------------------------------------
if (!process.env.SPREAD_ONLY) {
  const [mentor] = await makeMentors(s.db, 1);
  const mentees = await makeMentees(s.db, 50);
  const slots = Array.from({ length: 20 }, (_, i) => hourSlot(24, i));
  const statuses = {};
  const latencies = [];
  const deadline = Date.now() + 10_000;
  await Promise.all(
    mentees.map(async (m, c) => {
      let i = c;
      while (Date.now() < deadline) {
        const t0 = performance.now();
        const res = await post(m, { offeringId: mentor.offeringId, start: slots[i++ % slots.length] });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const confirmed = await s.db.query(
    `SELECT count(*)::int AS n FROM bookings WHERE mentor_id = $1 AND status = 'confirmed'`,
    [mentor.id],
  );
  const overlaps = await s.db.query(
    `SELECT count(*)::int AS n FROM bookings a JOIN bookings b ON a.mentor_id = b.mentor_id AND a.id < b.id
      WHERE a.status IN ('held','confirmed') AND b.status IN ('held','confirmed') AND a.blocked_range && b.blocked_range`,
  );
  console.log(
    JSON.stringify(
      {
        bench: 'contended: 50 clients, 20 slots, 10 s',
        requests: latencies.length,
        statuses,
        confirmedInDb: confirmed.rows[0].n,
        overlapsInDb: overlaps.rows[0].n,
        p50: Math.round(percentile(latencies, 50) * 10) / 10,
        p95: Math.round(percentile(latencies, 95) * 10) / 10,
      },
      null,
      2,
    ),
  );
}

// --- spread ------------------------------------------------------------------------------------
{
  const rate = Number(process.env.SPREAD_RPS ?? 1000);
  const seconds = Number(process.env.SPREAD_SECONDS ?? 10);
  const total = rate * seconds;
  const mentors = await makeMentors(s.db, 200);
  const mentees = await makeMentees(s.db, 2000);
  // Request i books mentor (i mod 200) at hour (i div 200): every request is a distinct free slot,
  // and no mentee is asked to be in two places at once.
  // Warm-up on other mentors and mentees (a fresh process compiles and its connections prepare
  // their statements during the first few thousand requests), so the figures are steady state.
  const warmMentors = await makeMentors(s.db, 50);
  const warmMentees = await makeMentees(s.db, 500);
  await fixedRate(200, 5, (i) =>
    post(warmMentees[i % warmMentees.length], {
      offeringId: warmMentors[i % warmMentors.length].offeringId,
      start: hourSlot(24, Math.floor(i / warmMentors.length)),
    }),
  );
  const cpu = await cpuSplit(s.db, api.pid);
  const result = await fixedRate(rate, seconds, (i) => {
    const mentor = mentors[i % mentors.length];
    const hour = Math.floor(i / mentors.length);
    const mentee = mentees[(i + hour) % mentees.length];
    return post(mentee, { offeringId: mentor.offeringId, start: hourSlot(24, hour) });
  });
  const created = await s.db.query(`SELECT count(*)::int AS n FROM bookings WHERE mentor_id = ANY($1)`, [
    mentors.map((m) => m.id),
  ]);
  console.log(
    JSON.stringify(
      {
        bench: `spread: ${rate}/s for ${seconds} s over 200 mentors`,
        total,
        createdInDb: created.rows[0].n,
        ...result,
        cpuMsPerRequest: await cpu.stop(total),
      },
      null,
      2,
    ),
  );
}

await http.close();
await api.stop();
await s.drop();
